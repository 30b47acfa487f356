"use client";

import { useId, useState } from "react";
import { sendJson } from "../../_components/send-json";

/** "Add to set": puts the question at the end of one of the teacher's own sets. */
export function AddToSet({
  questionId,
  sets,
}: {
  questionId: string;
  sets: { id: string; title: string }[];
}) {
  const [setId, setSetId] = useState(sets[0]?.id ?? "");
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const selectId = useId();

  async function add() {
    if (!setId || pending) return;
    setPending(true);
    const result = await sendJson<{ added: boolean; questionCount: number }>(
      `/api/teach/sets/${encodeURIComponent(setId)}/items`,
      "POST",
      { questionId },
    );
    setPending(false);
    const title = sets.find((set) => set.id === setId)?.title ?? "the set";
    if (!result.ok) setStatus({ ok: false, message: result.message });
    else
      setStatus({
        ok: true,
        message: result.data.added
          ? `Added to ${title} (${result.data.questionCount} questions).`
          : `Already in ${title}.`,
      });
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={selectId} className="block text-sm font-medium">
          Set
        </label>
        <select
          id={selectId}
          value={setId}
          onChange={(event) => setSetId(event.target.value)}
          className="min-h-10 w-full max-w-xs rounded-lg border-2 border-slate-300 bg-white px-2"
        >
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.title}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        onClick={() => void add()}
        disabled={pending}
        className="min-h-10 rounded-lg border-2 border-brand-600 px-4 font-semibold text-brand-700 disabled:opacity-50"
      >
        {pending ? "Adding…" : "Add to set"}
      </button>
      <p
        role="status"
        aria-live="polite"
        className={`w-full text-sm ${status?.ok === false ? "text-red-700" : "text-green-800"}`}
      >
        {status?.message ?? ""}
      </p>
    </div>
  );
}
