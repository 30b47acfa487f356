"use client";

import { useRef, useState } from "react";
import { AnswerFeedbackPanel } from "../../_components/answer-feedback";
import { postAnswer, postOverride } from "../../_components/post-answer";
import { SessionDone } from "../../_components/session-done";
import type { AnswerFeedback, QuestionView } from "../../_components/study-types";

/** Type the answer; the server matches it leniently. After a wrong verdict, "I was right" re-rates it. */
export function TypedSession({ questions }: { questions: QuestionView[] }) {
  const [index, setIndex] = useState(0);
  const [response, setResponse] = useState("");
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(Date.now());
  const clientId = useRef<string | null>(null);
  const question = questions[index];

  async function run(action: () => Promise<AnswerFeedback>) {
    setSaving(true);
    setError(null);
    try {
      setFeedback(await action());
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Your answer could not be saved.");
    } finally {
      setSaving(false);
    }
  }

  function next() {
    setIndex((current) => current + 1);
    setResponse("");
    setFeedback(null);
    clientId.current = null;
    shownAt.current = Date.now();
  }

  if (!question) return <SessionDone answered={index} />;

  return (
    <section aria-labelledby="typed-prompt" className="space-y-4">
      <p className="text-sm text-slate-600">
        Question {index + 1} of {questions.length} · {question.topic}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (feedback) return next();
          if (!response.trim() || saving) return;
          if (!clientId.current) clientId.current = crypto.randomUUID();
          const id = clientId.current;
          void run(() =>
            postAnswer({
              mode: "typed",
              questionId: question.id,
              clientId: id,
              durationMs: Date.now() - shownAt.current,
              response,
            }),
          );
        }}
        className="space-y-3"
      >
        <label id="typed-prompt" htmlFor="typed-answer" className="block text-xl font-semibold leading-snug">
          {question.prompt}
        </label>
        <input
          id="typed-answer"
          value={response}
          onChange={(event) => setResponse(event.target.value)}
          readOnly={feedback !== null}
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
          // biome-ignore lint/a11y/noAutofocus: the answer box is the only thing on this page to act on
          autoFocus
          className="min-h-12 w-full rounded-xl border-2 border-slate-300 bg-white px-4 py-3 text-lg"
        />
        <button
          type="submit"
          disabled={saving || (!feedback && !response.trim())}
          className="min-h-12 w-full rounded-xl bg-brand-600 px-5 py-3 text-lg font-semibold text-white disabled:opacity-50"
        >
          {feedback
            ? index + 1 < questions.length
              ? "Next question"
              : "Finish"
            : saving
              ? "Checking…"
              : "Check answer"}
        </button>
      </form>
      <div aria-live="polite" role="status" className="space-y-3">
        {error ? <p className="text-red-700">{error}</p> : null}
        {feedback ? <AnswerFeedbackPanel feedback={feedback} /> : null}
      </div>
      {feedback && !feedback.correct ? (
        <button
          type="button"
          disabled={saving}
          onClick={() => void run(() => postOverride(feedback.clientId))}
          className="min-h-12 w-full rounded-xl border-2 border-slate-400 bg-white px-5 py-3 font-semibold"
        >
          I was right
        </button>
      ) : null}
    </section>
  );
}
