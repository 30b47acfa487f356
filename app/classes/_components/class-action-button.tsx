"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { failureMessage, requestJson } from "@/app/_components/post-json";

/** One POST that changes a class (leave, archive, remove a student), asked for confirmation first. */
export function ClassActionButton(props: {
  url: string;
  label: string;
  confirm: string;
  /** Where to go afterwards; the current page is refreshed when left out. */
  then?: string;
  tone?: "danger" | "plain";
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function run() {
    if (!window.confirm(props.confirm)) return;
    setPending(true);
    setError("");
    try {
      await requestJson(props.url, "POST");
      if (props.then) router.push(props.then);
      else router.refresh();
    } catch (caught) {
      setError(failureMessage(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={run}
        disabled={pending}
        className={`min-h-10 rounded-md border px-3 text-sm font-medium disabled:opacity-50 ${
          props.tone === "danger"
            ? "border-red-300 text-red-800 hover:bg-red-50"
            : "border-slate-300 text-slate-700 hover:bg-slate-100"
        }`}
      >
        {props.label}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
