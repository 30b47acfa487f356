"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { describeNextDue } from "./post-answer";
import { ReportQuestion } from "./report-question";
import { groupSources } from "./source-groups";
import { SourceQuote } from "./source-quote";
import type { AnswerFeedback } from "./study-types";

function Verdict({ feedback }: { feedback: AnswerFeedback }) {
  if (!feedback.correct) return <>Not quite.</>;
  if (feedback.overridden) return <>Marked as right.</>;
  if (feedback.acceptedAs) {
    return (
      <>
        Correct, spelt <strong>{feedback.acceptedAs}</strong>
      </>
    );
  }
  return <>Correct!</>;
}

/**
 * What the server said about an answer. The verdict, the right answer and `next` (the button to go on) come
 * first and are scrolled into view; the explanation, the sources (each statement once) and the next review
 * follow, so however many sources a question has, they never push the verdict off the screen.
 */
export function AnswerFeedbackPanel({ feedback, next }: { feedback: AnswerFeedback; next?: ReactNode }) {
  const head = useRef<HTMLDivElement>(null);
  const sources = groupSources(feedback.sources);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new verdict (another answer, an override) scrolls again.
  useEffect(() => {
    head.current?.scrollIntoView?.({ block: "nearest" });
  }, [feedback.clientId, feedback.correct, feedback.overridden]);

  return (
    <div
      className={`rounded-xl border-2 p-4 ${feedback.correct ? "border-green-600 bg-green-50" : "border-red-600 bg-red-50"}`}
    >
      <div ref={head} className="space-y-3">
        <p className="text-lg font-semibold">
          <Verdict feedback={feedback} />
        </p>
        <p>
          Answer: <strong>{feedback.correctAnswer}</strong>
        </p>
        {next}
      </div>
      {feedback.explanation ? <p className="mt-3 text-slate-700">{feedback.explanation}</p> : null}
      {sources.map((source) => (
        <SourceQuote key={source.articles[0]?.articleId ?? source.sentence} source={source} />
      ))}
      <p className="mt-3 text-sm text-slate-600">Next review {describeNextDue(feedback.nextDue)}.</p>
      <ReportQuestion questionId={feedback.questionId} version={feedback.questionVersion} />
    </div>
  );
}
