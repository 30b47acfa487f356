"use client";

import { useId, useRef, useState } from "react";

const REASONS = [
  { value: "wrong", label: "Wrong", hint: "The answer or a fact in it is not right." },
  {
    value: "ambiguous",
    label: "Ambiguous",
    hint: "More than one option could be right, or the question is unclear.",
  },
  { value: "outdated", label: "Outdated", hint: "It was true but has changed since." },
] as const;

const MAX_NOTE = 1000;

type Sent = { id: string; updated: boolean };

/**
 * "Report" after answering: tells the question's teachers it is wrong, ambiguous or outdated, with a note. A
 * second report on the same question replaces the first while it is open. Keys typed in the dialog stay in it
 * (the study screens' shortcuts listen on the window).
 */
export function ReportQuestion({ questionId, version }: { questionId: string; version: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState<(typeof REASONS)[number]["value"] | null>(null);
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [sent, setSent] = useState<Sent | null>(null);
  const id = useId();

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!reason) {
      setError("Choose what is wrong with the question.");
      return;
    }
    setPending(true);
    setError("");
    let response: Response | null = null;
    try {
      response = await fetch("/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId, version, reason, note }),
      });
    } catch {
      response = null;
    }
    setPending(false);
    const data: unknown = await response?.json().catch(() => null);
    if (!response?.ok) {
      const message =
        typeof data === "object" && data !== null && "error" in data
          ? (data as { error: { message?: string } }).error.message
          : undefined;
      setError(message ?? "Your report was not sent. Check that you are online, then try again.");
      return;
    }
    setSent(data as Sent);
    dialog.current?.close();
  }

  return (
    <div className="mt-3">
      <button
        type="button"
        onClick={() => {
          setError("");
          dialog.current?.showModal();
        }}
        className="min-h-10 text-sm font-semibold text-slate-700 underline"
      >
        Report
        <span className="sr-only"> a problem with this question</span>
      </button>
      {/* A live region but not a second "status": the quiz's feedback panel around it is the status. */}
      <p aria-live="polite" className="text-sm text-slate-700">
        {sent
          ? sent.updated
            ? "Your report was updated."
            : "Thanks: your report was sent to the teachers."
          : ""}
      </p>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        onKeyDown={(event) => event.stopPropagation()}
        className="m-auto w-[min(100%-2rem,28rem)] rounded-xl border border-slate-200 p-0 backdrop:bg-slate-900/40"
      >
        <form onSubmit={send} noValidate className="space-y-4 p-4">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            Report this question
          </h2>
          <fieldset className="space-y-2">
            <legend className="font-medium">What is wrong with it?</legend>
            {REASONS.map((option) => (
              <label
                key={option.value}
                className="flex cursor-pointer items-start gap-3 rounded-lg border-2 border-slate-200 px-3 py-2"
              >
                <input
                  type="radio"
                  name="reason"
                  value={option.value}
                  checked={reason === option.value}
                  onChange={() => setReason(option.value)}
                  className="mt-1 size-5 accent-brand-600"
                />
                <span>
                  <span className="block font-medium">{option.label}</span>
                  <span className="block text-sm text-slate-600">{option.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="space-y-1">
            <label htmlFor={`${id}-note`} className="block font-medium">
              Note (optional)
            </label>
            <textarea
              id={`${id}-note`}
              value={note}
              maxLength={MAX_NOTE}
              onChange={(event) => setNote(event.target.value)}
              rows={3}
              aria-describedby={`${id}-count`}
              className="w-full rounded-lg border-2 border-slate-300 px-3 py-2"
            />
            <p id={`${id}-count`} className="text-sm text-slate-600">
              {note.length} of {MAX_NOTE} characters
            </p>
          </div>
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              disabled={pending}
              className="min-h-12 rounded-xl bg-brand-600 px-5 font-semibold text-white disabled:opacity-50"
            >
              {pending ? "Sending…" : "Send report"}
            </button>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="min-h-12 rounded-xl border-2 border-slate-300 px-5"
            >
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
