"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerFeedbackPanel } from "../../_components/answer-feedback";
import { postAnswer, saveErrorMessage } from "../../_components/post-answer";
import { SaveError } from "../../_components/save-error";
import { SessionDone } from "../../_components/session-done";
import { useStudyQueue } from "../../_components/study-queue";
import type { AnswerFeedback, QuestionView } from "../../_components/study-types";

type Phase = { name: "answering" } | { name: "saving" } | { name: "feedback"; feedback: AnswerFeedback };

/**
 * One multiple-choice question at a time. Keys 1-4 choose, Enter submits and then moves on. A question answered
 * wrong (rated Again) comes back later in the session; the session ends with its score and mistakes.
 */
export function QuizSession({ questions }: { questions: QuestionView[] }) {
  const session = useStudyQueue(questions);
  const [choice, setChoice] = useState<number | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: "answering" });
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(Date.now());
  // One id per attempt: resending after a network error or a busy server is the same answer, not a second one.
  const clientId = useRef<string | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const question = session.current;

  const submit = useCallback(async () => {
    if (!question || choice === null || phase.name !== "answering") return;
    clientId.current ??= crypto.randomUUID();
    setPhase({ name: "saving" });
    setError(null);
    try {
      const feedback = await postAnswer({
        mode: "quiz",
        questionId: question.id,
        version: question.version,
        clientId: clientId.current,
        durationMs: Date.now() - shownAt.current,
        choice,
      });
      setPhase({ name: "feedback", feedback });
    } catch (caught) {
      setError(saveErrorMessage(caught));
      setPhase({ name: "answering" });
    }
  }, [question, choice, phase.name]);

  const next = useCallback(() => {
    if (!question || phase.name !== "feedback") return;
    const { feedback } = phase;
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
    setChoice(null);
    setPhase({ name: "answering" });
    clientId.current = null;
    shownAt.current = Date.now();
  }, [question, phase, session.answered]);

  useEffect(() => {
    // The panel scrolls its verdict into view; the button under it takes the focus without scrolling again.
    if (phase.name === "feedback") nextButton.current?.focus({ preventScroll: true });
  }, [phase.name]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || !question) return;
      // Enter on a button or a link (Next, Try again, a source) is that control's own.
      if (event.key === "Enter" && event.target instanceof Element && event.target.closest("a, button"))
        return;
      const number = Number(event.key);
      if (phase.name === "answering" && number >= 1 && number <= question.options.length) {
        event.preventDefault();
        setChoice(number - 1);
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (phase.name === "answering") void submit();
        else if (phase.name === "feedback") next();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [phase.name, question, submit, next]);

  if (!question) {
    return (
      <SessionDone
        outcomes={session.outcomes}
        durationMs={session.durationMs}
        onReviewMistakes={(ids) => session.restart(questions.filter((item) => ids.includes(item.id)))}
      />
    );
  }
  const feedback = phase.name === "feedback" ? phase.feedback : null;
  const last = session.position + 1 >= session.total && !(feedback && feedback.rating === 1);

  return (
    <section aria-labelledby="quiz-prompt" className="space-y-4">
      <p className="text-sm text-slate-600">
        Question {session.position + 1} of {session.total} · {question.topic}
        {session.repeat ? " · again" : ""}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset disabled={phase.name !== "answering"} className="space-y-3">
          <legend id="quiz-prompt" className="mb-3 text-xl font-semibold leading-snug">
            {question.prompt}
          </legend>
          {question.options.map((option, optionIndex) => {
            const chosen = choice === optionIndex;
            const isAnswer = feedback !== null && option === feedback.correctAnswer;
            return (
              <label
                key={option}
                className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border-2 bg-white px-4 py-3 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 ${
                  isAnswer
                    ? "border-green-600"
                    : chosen
                      ? (feedback ? "border-red-600" : "border-brand-600 bg-brand-50")
                      : "border-slate-200"
                }`}
              >
                <input
                  type="radio"
                  name="choice"
                  value={optionIndex}
                  checked={chosen}
                  onChange={() => setChoice(optionIndex)}
                  className="size-5 accent-brand-600"
                />
                <span aria-hidden="true" className="font-mono text-sm text-slate-500">
                  {optionIndex + 1}
                </span>
                <span className="break-words">{option}</span>
              </label>
            );
          })}
        </fieldset>
        {phase.name !== "feedback" ? (
          <button
            type="submit"
            disabled={choice === null || phase.name === "saving"}
            className="mt-4 min-h-12 w-full rounded-xl bg-brand-600 px-5 py-3 text-lg font-semibold text-white disabled:opacity-50"
          >
            {phase.name === "saving" ? "Checking…" : "Check answer"}
          </button>
        ) : null}
      </form>
      {error ? <SaveError message={error} onRetry={() => void submit()} /> : null}
      <div aria-live="polite" role="status">
        {feedback ? (
          <AnswerFeedbackPanel
            feedback={feedback}
            next={
              <button
                ref={nextButton}
                type="button"
                onClick={next}
                className="min-h-12 w-full rounded-xl bg-brand-600 px-5 py-3 text-lg font-semibold text-white"
              >
                {last ? "Finish" : "Next question"}
              </button>
            }
          />
        ) : null}
      </div>
      <p className="hidden text-sm text-slate-500 md:block">Keys: 1–4 choose, Enter checks and continues.</p>
    </section>
  );
}
