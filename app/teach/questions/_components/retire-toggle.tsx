"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "../../_components/send-json";

/** Retires a question (students no longer get it; its history stays) or brings it back. */
export function RetireToggle({ questionId, retired }: { questionId: string; retired: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState("");

  async function toggle() {
    if (pending) return;
    setPending(true);
    const result = await sendJson<{ retiredAt: string | null }>(
      `/api/teach/questions/${encodeURIComponent(questionId)}/retirement`,
      "POST",
      { retired: !retired },
    );
    setPending(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setMessage(result.data.retiredAt ? "Retired: students no longer get this question." : "Restored.");
    router.refresh();
  }

  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={() => void toggle()}
        disabled={pending}
        className={`min-h-12 rounded-xl border-2 px-5 font-semibold disabled:opacity-50 ${
          retired ? "border-brand-600 text-brand-700" : "border-red-700 text-red-800"
        }`}
      >
        {retired ? "Restore question" : "Retire question"}
      </button>
      <p role="status" aria-live="polite" className="text-sm">
        {message}
      </p>
    </div>
  );
}
