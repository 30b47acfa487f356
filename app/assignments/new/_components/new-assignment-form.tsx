"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { failureMessage, requestJson } from "@/app/_components/post-json";

// Marks off per wrong answer: the usual exam rules, or any value 0-1 (server/assignments/assignments.schema.ts).
const NEGATIVE_MARKING = [
  { value: "0", label: "None" },
  { value: String(1 / 3), label: "1/3 of a mark (as in UPSC prelims)" },
  { value: "0.5", label: "1/2 a mark (as in SSC CGL)" },
  { value: "custom", label: "Another value" },
] as const;

const inputClass = "min-h-12 rounded-lg border-2 border-slate-300 bg-white px-3";

export function NewAssignmentForm(props: {
  sets: { id: string; title: string; questionCount: number }[];
  classes: { id: string; name: string; memberCount: number }[];
  defaultOpensAt: string;
  defaultDueAt: string;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<"practice" | "test">("test");
  const [negative, setNegative] = useState<string>("0");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const limit = text("timeLimitMinutes").trim();
    const negativeMark = negative === "custom" ? Number(text("customNegativeMark")) : Number(negative);
    setPending(true);
    setError("");
    try {
      await requestJson("/api/assignments", "POST", {
        title: text("title"),
        setId: text("setId"),
        classIds: form.getAll("classIds").map(String),
        opensAt: text("opensAt"),
        dueAt: text("dueAt"),
        mode,
        shuffle: form.get("shuffle") === "on",
        ...(mode === "test"
          ? {
              timeLimitMinutes: limit === "" ? null : Number(limit),
              negativeMark,
              reveal: text("reveal") === "due" ? "due" : "submit",
            }
          : {}),
      });
      router.push("/assignments");
    } catch (caught) {
      setError(failureMessage(caught));
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5 rounded-xl border border-slate-200 bg-white p-4">
      <div className="space-y-1">
        <label htmlFor="title" className="block font-semibold">
          Title
        </label>
        <input id="title" name="title" required maxLength={120} className={`${inputClass} w-full`} />
      </div>
      <div className="space-y-1">
        <label htmlFor="setId" className="block font-semibold">
          Question set
        </label>
        <select id="setId" name="setId" required className={`${inputClass} w-full`}>
          {props.sets.map((set) => (
            <option key={set.id} value={set.id} disabled={set.questionCount === 0}>
              {set.title} ({set.questionCount} question{set.questionCount === 1 ? "" : "s"})
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-1">
        <legend className="font-semibold">Classes</legend>
        {props.classes.map((entry) => (
          <label key={entry.id} className="flex min-h-12 items-center gap-3">
            <input type="checkbox" name="classIds" value={entry.id} className="size-5 accent-brand-600" />
            <span className="[overflow-wrap:anywhere]">
              {entry.name} ({entry.memberCount} student{entry.memberCount === 1 ? "" : "s"})
            </span>
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="opensAt" className="block font-semibold">
            Opens at
          </label>
          <input
            id="opensAt"
            name="opensAt"
            type="datetime-local"
            required
            defaultValue={props.defaultOpensAt}
            className={`${inputClass} w-full`}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="dueAt" className="block font-semibold">
            Due at
          </label>
          <input
            id="dueAt"
            name="dueAt"
            type="datetime-local"
            required
            defaultValue={props.defaultDueAt}
            className={`${inputClass} w-full`}
          />
        </div>
      </div>
      <fieldset className="space-y-1">
        <legend className="font-semibold">Mode</legend>
        {(
          [
            ["test", "Test: answers and marks after submitting"],
            ["practice", "Practice: feedback after each question"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-12 items-center gap-3">
            <input
              type="radio"
              name="mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
              className="size-5 accent-brand-600"
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="flex min-h-12 items-center gap-3">
        <input type="checkbox" name="shuffle" className="size-5 accent-brand-600" />
        Shuffle questions and options for each student
      </label>
      {mode === "test" ? (
        <div className="space-y-4 border-t border-slate-200 pt-4">
          <div className="space-y-1">
            <label htmlFor="timeLimitMinutes" className="block font-semibold">
              Time limit (minutes)
            </label>
            <p id="limit-help" className="text-sm text-slate-600">
              Leave empty for no limit; the due time always ends the test.
            </p>
            <input
              id="timeLimitMinutes"
              name="timeLimitMinutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={600}
              aria-describedby="limit-help"
              className={`${inputClass} w-32`}
            />
          </div>
          <div className="space-y-1">
            <label htmlFor="negativeMark" className="block font-semibold">
              Negative marking (per wrong answer)
            </label>
            <select
              id="negativeMark"
              value={negative}
              onChange={(event) => setNegative(event.target.value)}
              className={`${inputClass} w-full`}
            >
              {NEGATIVE_MARKING.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {negative === "custom" ? (
              <div className="space-y-1 pt-2">
                <label htmlFor="customNegativeMark" className="block font-semibold">
                  Marks off per wrong answer (0 to 1)
                </label>
                <input
                  id="customNegativeMark"
                  name="customNegativeMark"
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={1}
                  step={0.01}
                  required
                  className={`${inputClass} w-32`}
                />
              </div>
            ) : null}
          </div>
          <fieldset className="space-y-1">
            <legend className="font-semibold">Show the answers</legend>
            <label className="flex min-h-12 items-center gap-3">
              <input
                type="radio"
                name="reveal"
                value="submit"
                defaultChecked
                className="size-5 accent-brand-600"
              />
              When the student submits
            </label>
            <label className="flex min-h-12 items-center gap-3">
              <input type="radio" name="reveal" value="due" className="size-5 accent-brand-600" />
              After the due time
            </label>
          </fieldset>
        </div>
      ) : null}
      <p role="alert" className="text-sm text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-xl bg-brand-600 px-6 font-semibold text-white disabled:opacity-50 sm:w-auto"
      >
        Set assignment
      </button>
    </form>
  );
}
