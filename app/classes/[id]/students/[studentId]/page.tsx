import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Duration } from "@/app/_components/duration";
import { LocalTime } from "@/app/_components/local-time";
import { getStudentClassReport, STATE_LABELS } from "@/server/assignments/results";
import { getSettings } from "@/server/data/settings";
import { orNotFound } from "@/server/page-errors";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Student" };

type Props = { params: Promise<{ id: string; studentId: string }> };

const ZParams = z.object({ id: z.string().min(1).max(64), studentId: z.string().min(1).max(64) });

const percent = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 100)}%`);

export default async function ClassStudentPage({ params }: Props) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id, studentId } = parsed.data;
  const user = await requireUser(`/classes/${id}/students/${studentId}`);
  const [report, settings] = await Promise.all([
    orNotFound(getStudentClassReport({ user, classId: id, studentId, now: new Date() })),
    getSettings({ userId: user.id }),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">Class: {report.class.name}</p>
        <h1 className="text-2xl font-bold leading-tight [overflow-wrap:anywhere]">{report.student.name}</h1>
        <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{report.student.email}</p>
      </header>

      <section aria-labelledby="assignments-heading" className="space-y-2">
        <h2 id="assignments-heading" className="text-lg font-semibold">
          Assignments
        </h2>
        {report.assignments.length === 0 ? (
          <p className="text-slate-600">This class has no assignments yet.</p>
        ) : (
          <ul className="space-y-3">
            {report.assignments.map((assignment) => (
              <li key={assignment.id} className="rounded-xl border border-slate-200 bg-white p-3">
                <h3 className="font-medium [overflow-wrap:anywhere]">
                  <Link href={`/assignments/${assignment.id}/results`} className="text-brand-700 underline">
                    {assignment.title}
                  </Link>
                </h3>
                <p className="text-xs text-slate-600">
                  {assignment.mode === "test" ? "Test" : "Practice"} · due{" "}
                  <LocalTime iso={assignment.dueAt} timeZone={settings.timeZone} />
                </p>
                <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                  <div>
                    <dt className="text-slate-600">Status</dt>
                    <dd>
                      {STATE_LABELS[assignment.state]}
                      {assignment.expired ? " (time ran out)" : ""}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">Score</dt>
                    <dd className="tabular-nums">
                      {assignment.marks ? `${assignment.marks.score} / ${assignment.maxScore}` : "–"}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">Right · wrong · blank</dt>
                    <dd className="tabular-nums">
                      {assignment.marks
                        ? `${assignment.marks.correct} · ${assignment.marks.wrong} · ${assignment.marks.unanswered}`
                        : "–"}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">Time taken</dt>
                    <dd>
                      {assignment.timeTakenSec === null ? (
                        "–"
                      ) : (
                        <Duration seconds={assignment.timeTakenSec} />
                      )}
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mastery-heading" className="space-y-2">
        <h2 id="mastery-heading" className="text-lg font-semibold">
          Mastery by topic
        </h2>
        <p className="text-sm text-slate-600">
          Topics of this class&apos;s assignments: the student&apos;s answers in finished attempts, and their
          own study of questions of the topic (reviews, and cards mastered: remembered for three weeks or
          more).
        </p>
        {report.topics.length === 0 ? (
          <p className="text-slate-600">No topics yet.</p>
        ) : (
          <ul className="space-y-3">
            {report.topics.map((topic) => {
              const share = topic.accuracy === null ? 0 : Math.round(topic.accuracy * 100);
              return (
                <li key={topic.topic} className="rounded-xl border border-slate-200 bg-white p-3">
                  <div className="flex flex-wrap justify-between gap-x-2 text-sm">
                    <h3 className="font-medium capitalize">{topic.topic}</h3>
                    <span>{percent(topic.accuracy)} right</span>
                  </div>
                  {/* biome-ignore lint/a11y/useSemanticElements: a styled bar, as on the Stats page; <meter> renders differently in every browser. */}
                  <div
                    role="meter"
                    aria-label={`${topic.topic} accuracy`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={share}
                    className="mt-1 h-3 rounded-full bg-slate-200"
                  >
                    <div className="h-3 rounded-full bg-green-600" style={{ width: `${share}%` }} />
                  </div>
                  <dl className="mt-2 grid grid-cols-1 gap-1 text-sm sm:grid-cols-3">
                    <div>
                      <dt className="inline text-slate-600">Assignments: </dt>
                      <dd className="inline">
                        {topic.correct} right, {topic.wrong} wrong, {topic.unanswered} blank of {topic.asked}
                      </dd>
                    </div>
                    <div>
                      <dt className="inline text-slate-600">Reviews: </dt>
                      <dd className="inline">
                        {topic.reviewsCorrect} right of {topic.reviews}
                      </dd>
                    </div>
                    <div>
                      <dt className="inline text-slate-600">Cards: </dt>
                      <dd className="inline">
                        {topic.cardsMastered} mastered of {topic.cardsStudied} studied
                      </dd>
                    </div>
                  </dl>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
