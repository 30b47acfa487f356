"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { sendJson } from "../../_components/send-json";

/** A new set: a title and a description; its questions are added from the Questions page. */
export function CreateSetForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const id = useId();

  async function create(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const result = await sendJson<{ id: string }>("/api/teach/sets", "POST", { title, description });
    setPending(false);
    if (!result.ok) {
      setError({ message: result.message, fields: result.fields });
      return;
    }
    router.push(`/teach/sets/${result.data.id}`);
  }

  return (
    <form onSubmit={create} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">New set</h2>
      <div className="space-y-1">
        <label htmlFor={`${id}-title`} className="block font-semibold">
          Title
        </label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-describedby={`${id}-title-error`}
          aria-invalid={error?.fields.title ? true : undefined}
          className="min-h-12 w-full rounded-lg border-2 border-slate-300 px-3"
        />
        <p id={`${id}-title-error`} className="text-sm text-red-700">
          {error?.fields.title?.join(" ") ?? ""}
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-description`} className="block font-semibold">
          Description
        </label>
        <textarea
          id={`${id}-description`}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          rows={2}
          aria-describedby={`${id}-description-error`}
          aria-invalid={error?.fields.description ? true : undefined}
          className="w-full rounded-lg border-2 border-slate-300 px-3 py-2"
        />
        <p id={`${id}-description-error`} className="text-sm text-red-700">
          {error?.fields.description?.join(" ") ?? ""}
        </p>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 rounded-xl bg-brand-600 px-5 font-semibold text-white disabled:opacity-50"
      >
        {pending ? "Creating…" : "Create set"}
      </button>
      <p role="alert" className="text-red-700">
        {error && Object.keys(error.fields).length === 0 ? error.message : ""}
      </p>
    </form>
  );
}
