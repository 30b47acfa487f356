"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { sendJson } from "../../_components/send-json";

export interface SetItemView {
  questionId: string;
  prompt: string;
  topic: string;
  storyTitle: string;
  retired: boolean;
}

export interface SetView {
  id: string;
  title: string;
  description: string;
  updatedAt: string;
  items: SetItemView[];
}

const smallButton =
  "min-h-10 rounded-lg border-2 border-slate-300 px-3 text-sm font-medium disabled:opacity-40";

/**
 * A teacher's set: its title and description, its questions in order (move up, move down, remove), and deleting
 * it. Each change is sent with the set as this page last saw it, so a change made in another tab is never
 * silently undone (the server answers 409 and nothing changes).
 */
export function SetEditor({ initial }: { initial: SetView }) {
  const router = useRouter();
  const [set, setSet] = useState(initial);
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [confirming, setConfirming] = useState(false);
  const id = useId();

  async function update(
    change: { title?: string; description?: string; questionIds?: string[] },
    done: string,
  ) {
    if (pending) return;
    setPending(true);
    const result = await sendJson<SetView>(`/api/teach/sets/${encodeURIComponent(set.id)}`, "PATCH", {
      updatedAt: set.updatedAt,
      ...change,
    });
    setPending(false);
    if (!result.ok) {
      setFields(result.fields);
      setStatus({ ok: false, text: result.message });
      return;
    }
    setFields({});
    setSet(result.data);
    setStatus({ ok: true, text: done });
  }

  function move(index: number, by: -1 | 1) {
    const ids = set.items.map((item) => item.questionId);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + by, 0, moved);
    void update({ questionIds: ids }, `Moved question ${index + 1} to position ${index + 1 + by}.`);
  }

  function remove(index: number) {
    const ids = set.items.map((item) => item.questionId).filter((_, at) => at !== index);
    void update({ questionIds: ids }, "Question removed from the set.");
  }

  async function deleteSet() {
    setPending(true);
    const result = await sendJson<null>(`/api/teach/sets/${encodeURIComponent(set.id)}`, "DELETE");
    setPending(false);
    if (!result.ok) {
      setStatus({ ok: false, text: result.message });
      return;
    }
    router.push("/teach/sets");
  }

  return (
    <div className="space-y-6">
      <p
        role={status?.ok === false ? "alert" : "status"}
        aria-live="polite"
        className={
          status
            ? `rounded-lg p-3 ${status.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`
            : "sr-only"
        }
      >
        {status?.text ?? ""}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void update({ title, description }, "Set details saved.");
        }}
        className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
      >
        <div className="space-y-1">
          <label htmlFor={`${id}-title`} className="block font-semibold">
            Title
          </label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-describedby={`${id}-title-error`}
            aria-invalid={fields.title ? true : undefined}
            className="min-h-12 w-full rounded-lg border-2 border-slate-300 px-3"
          />
          <p id={`${id}-title-error`} className="text-sm text-red-700">
            {fields.title?.join(" ") ?? ""}
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
            aria-invalid={fields.description ? true : undefined}
            className="w-full rounded-lg border-2 border-slate-300 px-3 py-2"
          />
          <p id={`${id}-description-error`} className="text-sm text-red-700">
            {fields.description?.join(" ") ?? ""}
          </p>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-12 rounded-xl bg-brand-600 px-5 font-semibold text-white disabled:opacity-50"
        >
          Save details
        </button>
      </form>

      <section aria-labelledby={`${id}-questions`} className="space-y-2">
        <h2 id={`${id}-questions`} className="text-lg font-semibold">
          {set.items.length} question{set.items.length === 1 ? "" : "s"}
        </h2>
        {set.items.length === 0 ? (
          <p className="rounded-md border border-slate-200 bg-white p-4">
            No questions yet: add them from the{" "}
            <a href="/teach/questions" className="text-brand-700 underline">
              Questions
            </a>{" "}
            page.
          </p>
        ) : (
          <ol className="space-y-2">
            {set.items.map((item, index) => (
              <li key={item.questionId} className="space-y-2 rounded-xl border border-slate-200 bg-white p-3">
                <p className="[overflow-wrap:anywhere]">
                  <span className="font-mono text-sm text-slate-500">{index + 1}. </span>
                  {item.prompt}
                </p>
                <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">
                  {item.topic} · {item.storyTitle}
                  {item.retired ? " · retired" : ""}
                </p>
                <div className="flex flex-wrap gap-2">
                  <button
                    type="button"
                    className={smallButton}
                    disabled={pending || index === 0}
                    onClick={() => move(index, -1)}
                  >
                    Move up<span className="sr-only">: question {index + 1}</span>
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={pending || index === set.items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    Move down<span className="sr-only">: question {index + 1}</span>
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={pending}
                    onClick={() => remove(index)}
                  >
                    Remove<span className="sr-only">: question {index + 1}</span>
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={`${id}-delete`} className="space-y-2">
        <h2 id={`${id}-delete`} className="text-lg font-semibold">
          Delete this set
        </h2>
        {confirming ? (
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => void deleteSet()}
              disabled={pending}
              className="min-h-12 rounded-xl bg-red-700 px-5 font-semibold text-white disabled:opacity-50"
            >
              Yes, delete it
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className="min-h-12 rounded-xl border-2 border-slate-300 px-5"
            >
              Cancel
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="min-h-12 rounded-xl border-2 border-red-700 px-5 font-semibold text-red-800"
          >
            Delete set
          </button>
        )}
      </section>
    </div>
  );
}
