"use client";

import { useEffect, useRef, useState } from "react";
import { AnswerFeedbackPanel } from "../../_components/answer-feedback";
import { postAnswer, postOverride, saveErrorMessage } from "../../_components/post-answer";
import { SaveError } from "../../_components/save-error";
import { SessionDone } from "../../_components/session-done";
import { useStudyQueue } from "../../_components/study-queue";
import type { AnswerFeedback, QuestionView } from "../../_components/study-types";

/**
 * Type the answer; the server matches it leniently. After a wrong verdict, "I was right" re-rates it. A question
 * still wrong when moving on (rated Again) comes back later in the session.
 */
export function TypedSession({ questions }: { questions: QuestionView[] }) {
  const session = useStudyQueue(questions);
  const [response, setResponse] = useState("");
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; retry: () => void } | null>(null);
  const shownAt = useRef(Date.now());
  const clientId = useRef<string | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const answerBox = useRef<HTMLInputElement>(null);
  const question = session.current;

  async function run(action: () => Promise<AnswerFeedback>) {
    setSaving(true);
    setError(null);
    try {
      setFeedback(await action());
    } catch (caught) {
      setError({ message: saveErrorMessage(caught), retry: () => void run(action) });
    } finally {
      setSaving(false);
    }
  }

  function check() {
    if (!question || !response.trim() || saving) return;
    clientId.current ??= crypto.randomUUID();
    const id = clientId.current;
    const durationMs = Date.now() - shownAt.current;
    void run(() =>
      postAnswer({
        mode: "typed",
        questionId: question.id,
        version: question.version,
        clientId: id,
        durationMs,
        response,
      }),
    );
  }

  function next() {
    if (!question || !feedback) return;
    session.answered(
      {
        id: question.id,
        prompt: question.prompt,
        correct: feedback.correct,
        answer: feedback.correctAnswer,
        sources: feedback.sources,
      },
      feedback.rating === 1,
    );
    setResponse("");
    setFeedback(null);
    setError(null);
    clientId.current = null;
    shownAt.current = Date.now();
  }

  useEffect(() => {
    if (feedback) nextButton.current?.focus({ preventScroll: true });
  }, [feedback]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new question takes the focus back to the box.
  useEffect(() => {
    answerBox.current?.focus({ preventScroll: true });
  }, [session.position]);

  if (!question) {
    return (
      <SessionDone
        outcomes={session.outcomes}
        durationMs={session.durationMs}
        onReviewMistakes={(ids) => session.restart(questions.filter((item) => ids.includes(item.id)))}
      />
    );
  }
  const last = session.position + 1 >= session.total && !(feedback && feedback.rating === 1);

  return (
    <section aria-labelledby="typed-prompt" className="space-y-4">
      <p className="text-sm text-slate-600">
        Question {session.position + 1} of {session.total} · {question.topic}
        {session.repeat ? " · again" : ""}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (feedback) next();
          else check();
        }}
        className="space-y-3"
      >
        <label id="typed-prompt" htmlFor="typed-answer" className="block text-xl font-semibold leading-snug">
          {question.prompt}
        </label>
        <input
          id="typed-answer"
          ref={answerBox}
          value={response}
          onChange={(event) => setResponse(event.target.value)}
          readOnly={feedback !== null}
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
          className="min-h-12 w-full rounded-xl border-2 border-slate-300 bg-white px-4 py-3 text-lg"
        />
        {feedback ? null : (
          <button
            type="submit"
            disabled={saving || !response.trim()}
            className="min-h-12 w-full rounded-xl bg-brand-600 px-5 py-3 text-lg font-semibold text-white disabled:opacity-50"
          >
            {saving ? "Checking…" : "Check answer"}
          </button>
        )}
      </form>
      {error ? <SaveError message={error.message} onRetry={error.retry} /> : null}
      <div aria-live="polite" role="status" className="space-y-3">
        {feedback ? (
          <AnswerFeedbackPanel
            feedback={feedback}
            next={
              <div className="space-y-3">
                <button
                  ref={nextButton}
                  type="button"
                  onClick={next}
                  className="min-h-12 w-full rounded-xl bg-brand-600 px-5 py-3 text-lg font-semibold text-white"
                >
                  {last ? "Finish" : "Next question"}
                </button>
                {!feedback.correct ? (
                  <button
                    type="button"
                    disabled={saving}
                    onClick={() => void run(() => postOverride(feedback.clientId))}
                    className="min-h-12 w-full rounded-xl border-2 border-slate-400 bg-white px-5 py-3 font-semibold"
                  >
                    I was right
                  </button>
                ) : null}
              </div>
            }
          />
        ) : null}
      </div>
    </section>
  );
}
