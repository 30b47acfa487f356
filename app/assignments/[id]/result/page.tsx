import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Duration } from "@/app/_components/duration";
import { LocalTime } from "@/app/_components/local-time";
import { type AttemptReview, getAttemptReview, type ReviewQuestion } from "@/server/assignments/review";
import { getSettings } from "@/server/data/settings";
import { orNotFound } from "@/server/page-errors";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Your result" };

type Props = { params: Promise<{ id: string }> };

const ZParams = z.object({ id: z.string().min(1).max(64) });

function NotYet({
  review,
  timeZone,
}: {
  review: Exclude<AttemptReview, { state: "ready" }>;
  timeZone: string;
}) {
  const due = <LocalTime iso={review.assignment.dueAt} timeZone={timeZone} />;
  switch (review.state) {
    case "not_started":
      return <p>You have not started this assignment. It is due {due}.</p>;
    case "in_progress":
      return (
        <p>
          You have not submitted this assignment yet. Your result and the answers appear here once you submit
          it or its time runs out.
        </p>
      );
    case "waiting":
      return (
        <p>
          Your answers were submitted on <LocalTime iso={review.finishedAt} timeZone={timeZone} />. Your score
          and the correct answers appear here after the due time,{" "}
          <LocalTime iso={review.revealAt} timeZone={timeZone} />.
        </p>
      );
  }
}

function QuestionReview({ question }: { question: ReviewQuestion }) {
  const verdict = question.choice === null ? "Not answered" : question.correct ? "Correct" : "Wrong";
  const tone =
    question.choice === null
      ? "bg-slate-100 text-slate-800"
      : question.correct
        ? "bg-emerald-100 text-emerald-900"
        : "bg-red-100 text-red-900";
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-3">
      <h3 className="font-medium [overflow-wrap:anywhere]">
        {question.position}. {question.prompt}
      </h3>
      <p className="mt-1">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${tone}`}>{verdict}</span>
      </p>
      <dl className="mt-2 space-y-1 text-sm [overflow-wrap:anywhere]">
        <div>
          <dt className="inline text-slate-600">Your answer: </dt>
          <dd className="inline">{question.choice ?? "none"}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Correct answer: </dt>
          <dd className="inline font-semibold">{question.answer}</dd>
        </div>
        {question.explanation ? (
          <div>
            <dt className="inline text-slate-600">Why: </dt>
            <dd className="inline">{question.explanation}</dd>
          </div>
        ) : null}
        {question.sources.length > 0 ? (
          <div>
            <dt className="inline text-slate-600">Source: </dt>
            <dd className="inline">
              {question.sources.map((source, index) => (
                <span key={`${source.articleId}-${source.articleTitle}`}>
                  {index > 0 ? ", " : null}
                  {source.articleId ? (
                    <Link href={`/articles/${source.articleId}`} className="text-brand-700 underline">
                      {source.articleTitle}
                    </Link>
                  ) : (
                    source.articleTitle
                  )}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

export default async function AssignmentResultPage({ params }: Props) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const user = await requireUser(`/assignments/${id}/result`);
  const [review, settings] = await Promise.all([
    orNotFound(getAttemptReview(user.id, id)),
    getSettings({ userId: user.id }),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold leading-tight [overflow-wrap:anywhere]">
          Your result: {review.assignment.title}
        </h1>
        <p className="text-sm text-slate-700">
          {review.assignment.mode === "test" ? "Test" : "Practice"}
          {review.assignment.negativeMark > 0
            ? ` · ${review.assignment.negativeMark} off per wrong answer`
            : ""}{" "}
          · due <LocalTime iso={review.assignment.dueAt} timeZone={settings.timeZone} />
        </p>
      </header>
      {review.state !== "ready" ? (
        <section
          aria-labelledby="not-yet-heading"
          className="rounded-xl border border-amber-200 bg-amber-50 p-4"
        >
          <h2 id="not-yet-heading" className="font-semibold">
            No result to show yet
          </h2>
          <NotYet review={review} timeZone={settings.timeZone} />
        </section>
      ) : (
        <>
          <section aria-labelledby="score-heading" className="space-y-2">
            <h2 id="score-heading" className="sr-only">
              Score
            </h2>
            <dl className="grid grid-cols-2 gap-3 text-center sm:grid-cols-4">
              <div className="rounded-xl border border-slate-200 bg-white p-3">
                <dt className="text-sm text-slate-600">Your score</dt>
                <dd className="text-2xl font-bold tabular-nums">
                  {review.marks.score} <span className="text-sm font-normal">of {review.marks.maxScore}</span>
                </dd>
              </div>
              <div className="rounded-xl border border-slate-200 bg-white p-3">
                <dt className="text-sm text-slate-600">Class average</dt>
                <dd className="text-2xl font-bold tabular-nums">{review.classAverage.score}</dd>
              </div>
              <div className="rounded-xl border border-slate-200 bg-white p-3">
                <dt className="text-sm text-slate-600">Right · wrong · blank</dt>
                <dd className="text-2xl font-bold tabular-nums">
                  {review.marks.correct} · {review.marks.wrong} · {review.marks.unanswered}
                </dd>
              </div>
              <div className="rounded-xl border border-slate-200 bg-white p-3">
                <dt className="text-sm text-slate-600">Time taken</dt>
                <dd className="text-lg font-bold">
                  <Duration seconds={review.timeTakenSec} />
                </dd>
              </div>
            </dl>
            <p className="text-sm text-slate-600">
              Class average over {review.classAverage.attempts} submitted attempt
              {review.classAverage.attempts === 1 ? "" : "s"}.
              {review.expired ? " Your time ran out: what you had saved was submitted." : ""}
            </p>
          </section>
          <section aria-labelledby="answers-heading" className="space-y-2">
            <h2 id="answers-heading" className="text-lg font-semibold">
              Your answers
            </h2>
            <ol className="space-y-3">
              {review.questions.map((question) => (
                <QuestionReview key={question.questionId} question={question} />
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
