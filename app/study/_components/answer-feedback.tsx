import { describeNextDue } from "./post-answer";
import { SourceQuote } from "./source-quote";
import type { AnswerFeedback } from "./study-types";

/** What the server said about an answer: verdict, the right answer, why, and where it came from. */
export function AnswerFeedbackPanel({ feedback }: { feedback: AnswerFeedback }) {
  return (
    <div
      className={`rounded-xl border-2 p-4 ${feedback.correct ? "border-green-600 bg-green-50" : "border-red-600 bg-red-50"}`}
    >
      <p className="text-lg font-semibold">
        {feedback.correct ? (feedback.overridden ? "Marked as right." : "Correct!") : "Not quite."}
      </p>
      <p className="mt-1">
        Answer: <strong>{feedback.correctAnswer}</strong>
      </p>
      {feedback.explanation ? <p className="mt-2 text-slate-700">{feedback.explanation}</p> : null}
      {feedback.sources.map((source) => (
        <SourceQuote key={source.articleId} source={source} />
      ))}
      <p className="mt-3 text-sm text-slate-600">Next review {describeNextDue(feedback.nextDue)}.</p>
    </div>
  );
}
