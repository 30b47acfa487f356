"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { sendJson } from "../../_components/send-json";

export interface QuestionDraft {
  prompt: string;
  answer: string;
  aliases: string[];
  options: string[];
  explanation: string;
}

type Target =
  | { mode: "edit"; questionId: string; version: number }
  | { mode: "create"; stories: { id: string; title: string }[]; kinds: readonly string[] };

const MAX_OPTIONS = 6;
const MIN_OPTIONS = 2;
const inputClass = "w-full rounded-lg border-2 border-slate-300 bg-white px-3 py-2";

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p id={id} className="text-sm text-red-700">
      {messages.join(" ")}
    </p>
  ) : null;
}

/** The server's field paths ("content.options.2") as this form's ("options.2"). */
function formFields(fields: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key.replace(/^content\./, ""), value]),
  );
}

/**
 * Edits a question's content, or writes a new one. What the teacher typed stays in the form whatever the server
 * answers (a mistake, a conflict with another tab, a dropped connection); only a save clears the message.
 */
export function QuestionEditor({ target, initial }: { target: Target; initial: QuestionDraft }) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [aliasesText, setAliasesText] = useState(initial.aliases.join("\n"));
  const [version, setVersion] = useState(target.mode === "edit" ? target.version : 1);
  const [storyId, setStoryId] = useState(target.mode === "create" ? (target.stories[0]?.id ?? "") : "");
  const [kind, setKind] = useState(target.mode === "create" ? (target.kinds[0] ?? "") : "");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const summary = useRef<HTMLParagraphElement>(null);
  const id = useId();

  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const setOption = (index: number, value: string) =>
    set(
      "options",
      draft.options.map((option, at) => (at === index ? value : option)),
    );

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setMessage(null);
    const content = { ...draft, aliases: aliasesText.split("\n") };
    const result =
      target.mode === "edit"
        ? await sendJson<{ version: number; changed: boolean }>(
            `/api/teach/questions/${encodeURIComponent(target.questionId)}`,
            "PATCH",
            { version, content },
          )
        : await sendJson<{ id: string }>("/api/teach/questions", "POST", { storyId, kind, content });
    setPending(false);
    if (!result.ok) {
      setFields(formFields(result.fields));
      setMessage({ ok: false, text: result.message });
      summary.current?.focus();
      return;
    }
    setFields({});
    if ("id" in result.data) {
      router.push(`/teach/questions/${result.data.id}`);
      return;
    }
    setVersion(result.data.version);
    setMessage({
      ok: true,
      text: result.data.changed
        ? `Saved as version ${result.data.version}.`
        : "Nothing changed, so nothing was saved.",
    });
    router.refresh();
  }

  const errorId = (name: string) => `${id}-${name}-error`;
  const invalid = (name: string) => (fields[name] ? true : undefined);

  return (
    <form onSubmit={save} noValidate className="space-y-5 rounded-xl border border-slate-200 bg-white p-4">
      <p
        ref={summary}
        tabIndex={-1}
        role={message?.ok === false ? "alert" : "status"}
        className={
          message
            ? `rounded-lg p-3 ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`
            : "sr-only"
        }
      >
        {message?.text ?? ""}
      </p>
      {target.mode === "create" ? (
        <>
          <div className="space-y-1">
            <label htmlFor={`${id}-story`} className="block font-semibold">
              Story
            </label>
            <select
              id={`${id}-story`}
              value={storyId}
              onChange={(event) => setStoryId(event.target.value)}
              aria-describedby={errorId("storyId")}
              aria-invalid={invalid("storyId")}
              className={`${inputClass} min-h-12`}
            >
              {target.stories.map((story) => (
                <option key={story.id} value={story.id}>
                  {story.title}
                </option>
              ))}
            </select>
            <FieldError id={errorId("storyId")} messages={fields.storyId} />
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-kind`} className="block font-semibold">
              Kind
            </label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(event) => setKind(event.target.value)}
              aria-describedby={errorId("kind")}
              aria-invalid={invalid("kind")}
              className={`${inputClass} min-h-12`}
            >
              {target.kinds.map((value) => (
                <option key={value} value={value}>
                  {value.replaceAll("_", " ")}
                </option>
              ))}
            </select>
            <FieldError id={errorId("kind")} messages={fields.kind} />
          </div>
        </>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={`${id}-prompt`} className="block font-semibold">
          Question
        </label>
        <textarea
          id={`${id}-prompt`}
          value={draft.prompt}
          onChange={(event) => set("prompt", event.target.value)}
          rows={3}
          aria-describedby={errorId("prompt")}
          aria-invalid={invalid("prompt")}
          className={inputClass}
        />
        <FieldError id={errorId("prompt")} messages={fields.prompt} />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">Options</legend>
        <p className="text-sm text-slate-600">
          {MIN_OPTIONS} to {MAX_OPTIONS}, in the order the quiz shows them; the answer must be one of them.
        </p>
        <FieldError id={errorId("options")} messages={fields.options} />
        {draft.options.map((option, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place; their text is not a stable key.
          <div key={index} className="space-y-1">
            <div className="flex items-center gap-2">
              <label htmlFor={`${id}-option-${index}`} className="w-20 shrink-0 text-sm">
                Option {index + 1}
              </label>
              <input
                id={`${id}-option-${index}`}
                value={option}
                onChange={(event) => setOption(index, event.target.value)}
                aria-describedby={errorId(`options.${index}`)}
                aria-invalid={invalid(`options.${index}`)}
                className={`${inputClass} min-h-12 min-w-0`}
              />
              <button
                type="button"
                onClick={() =>
                  set(
                    "options",
                    draft.options.filter((_, at) => at !== index),
                  )
                }
                disabled={draft.options.length <= MIN_OPTIONS}
                className="min-h-12 shrink-0 rounded-lg border-2 border-slate-300 px-3 text-sm disabled:opacity-40"
              >
                Remove<span className="sr-only"> option {index + 1}</span>
              </button>
            </div>
            <FieldError id={errorId(`options.${index}`)} messages={fields[`options.${index}`]} />
          </div>
        ))}
        <button
          type="button"
          onClick={() => set("options", [...draft.options, ""])}
          disabled={draft.options.length >= MAX_OPTIONS}
          className="min-h-12 rounded-lg border-2 border-brand-600 px-4 text-sm font-semibold text-brand-700 disabled:opacity-40"
        >
          Add an option
        </button>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-answer`} className="block font-semibold">
          Answer
        </label>
        <input
          id={`${id}-answer`}
          value={draft.answer}
          onChange={(event) => set("answer", event.target.value)}
          aria-describedby={`${id}-answer-help ${errorId("answer")}`}
          aria-invalid={invalid("answer")}
          className={`${inputClass} min-h-12`}
        />
        <p id={`${id}-answer-help`} className="text-sm text-slate-600">
          Spelt exactly as its option.
        </p>
        <FieldError id={errorId("answer")} messages={fields.answer} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-aliases`} className="block font-semibold">
          Other accepted answers
        </label>
        <textarea
          id={`${id}-aliases`}
          value={aliasesText}
          onChange={(event) => setAliasesText(event.target.value)}
          rows={3}
          aria-describedby={`${id}-aliases-help ${errorId("aliases")}`}
          aria-invalid={invalid("aliases")}
          className={inputClass}
        />
        <p id={`${id}-aliases-help`} className="text-sm text-slate-600">
          One per line, for typed answers (a surname, an abbreviation).
        </p>
        <FieldError id={errorId("aliases")} messages={fields.aliases} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-explanation`} className="block font-semibold">
          Explanation
        </label>
        <textarea
          id={`${id}-explanation`}
          value={draft.explanation}
          onChange={(event) => set("explanation", event.target.value)}
          rows={3}
          aria-describedby={errorId("explanation")}
          aria-invalid={invalid("explanation")}
          className={inputClass}
        />
        <FieldError id={errorId("explanation")} messages={fields.explanation} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-xl bg-brand-600 px-6 font-semibold text-white disabled:opacity-50 sm:w-auto"
      >
        {pending ? "Saving…" : target.mode === "edit" ? "Save changes" : "Add question"}
      </button>
    </form>
  );
}
