"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { groupSources } from "./source-groups";
import { SourceQuote } from "./source-quote";
import type { StudyOutcome } from "./study-queue";

/** "4 min 5 s", "40 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  if (minutes === 0) return `${seconds} s`;
  return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}

/**
 * The end of a study session: the score over its questions (each counted by its first answer), the time taken,
 * and the questions missed with their answers and sources; "Review my mistakes" studies just those again.
 */
export function SessionDone({
  outcomes,
  durationMs,
  onReviewMistakes,
}: {
  outcomes: StudyOutcome[];
  durationMs: number;
  onReviewMistakes: (questionIds: string[]) => void;
}) {
  const first = new Map<string, StudyOutcome>();
  for (const outcome of outcomes) if (!first.has(outcome.id)) first.set(outcome.id, outcome);
  const results = [...first.values()];
  const right = results.filter((result) => result.correct).length;
  const missed = results.filter((result) => !result.correct);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section
      aria-labelledby="session-done"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
    >
      {results.length === 0 ? (
        <h2 id="session-done" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          Nothing to study here right now.
        </h2>
      ) : (
        <>
          <h2 id="session-done" ref={heading} tabIndex={-1} className="text-lg font-semibold">
            Session complete
          </h2>
          <dl className="grid grid-cols-2 gap-3">
            <div className="rounded-lg bg-slate-50 p-3">
              <dt className="text-sm text-slate-600">Score</dt>
              <dd className="text-xl font-semibold">
                {right} of {results.length} ({Math.round((right / results.length) * 100)}%)
              </dd>
            </div>
            <div className="rounded-lg bg-slate-50 p-3">
              <dt className="text-sm text-slate-600">Time</dt>
              <dd className="text-xl font-semibold">{formatDuration(durationMs)}</dd>
            </div>
          </dl>
          {missed.length > 0 ? (
            <>
              <h3 className="font-semibold">Missed ({missed.length})</h3>
              <ol aria-label="Questions missed" className="space-y-4">
                {missed.map((result) => (
                  <li key={result.id} className="border-t border-slate-200 pt-3">
                    <p className="font-medium">{result.prompt}</p>
                    <p className="mt-1">
                      Answer: <strong>{result.answer}</strong>
                    </p>
                    {groupSources(result.sources).map((source) => (
                      <SourceQuote key={source.articles[0]?.articleId ?? source.sentence} source={source} />
                    ))}
                  </li>
                ))}
              </ol>
              <button
                type="button"
                onClick={() => onReviewMistakes(missed.map((result) => result.id))}
                className="min-h-12 w-full rounded-xl bg-brand-600 px-5 py-3 text-lg font-semibold text-white"
              >
                Review my mistakes
              </button>
            </>
          ) : (
            <p>No mistakes this time.</p>
          )}
        </>
      )}
      <div className="flex flex-wrap justify-center gap-3">
        <Link
          href="/today"
          className="min-h-12 rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold"
        >
          Back to Today
        </Link>
        <Link
          href="/stats"
          className="min-h-12 rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold"
        >
          See stats
        </Link>
      </div>
    </section>
  );
}
