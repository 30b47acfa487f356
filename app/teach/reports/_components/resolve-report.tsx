"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "../../_components/send-json";

/** Marks a report as dealt with; it moves to the resolved list. */
export function ResolveReport({ reportId, label }: { reportId: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState("");

  async function resolve() {
    if (pending) return;
    setPending(true);
    const result = await sendJson<{ resolvedAt: string }>(
      `/api/teach/reports/${encodeURIComponent(reportId)}`,
      "POST",
      {},
    );
    setPending(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setMessage("Resolved.");
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void resolve()}
        disabled={pending}
        className="min-h-10 rounded-lg border-2 border-brand-600 px-4 font-semibold text-brand-700 disabled:opacity-50"
      >
        Mark resolved<span className="sr-only">: {label}</span>
      </button>
      <p role="status" aria-live="polite" className="text-sm">
        {message}
      </p>
    </div>
  );
}
