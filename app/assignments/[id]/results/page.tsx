import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Duration } from "@/app/_components/duration";
import { LocalTime } from "@/app/_components/local-time";
import {
  type AssignmentResults,
  getAssignmentResults,
  STATE_LABELS,
  type StudentResult,
} from "@/server/assignments/results";
import { getSettings } from "@/server/data/settings";
import { orNotFound } from "@/server/page-errors";
import { requireUser } from "@/server/session";
import { ScoreChart } from "./_components/score-chart";
import { ScrollRegion } from "./_components/scroll-region";

export const metadata: Metadata = { title: "Results" };

type Props = { params: Promise<{ id: string }> };

const ZParams = z.object({ id: z.string().min(1).max(64) });

const percent = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 100)}%`);
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

function StatusGroups({ students }: { students: StudentResult[] }) {
  const groups = (["finished", "in_progress", "not_started"] as const).map((state) => ({
    state,
    students: students.filter((student) => student.state === state),
  }));
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {groups.map((group) => (
        <section
          key={group.state}
          aria-labelledby={`status-${group.state}`}
          className="rounded-xl border border-slate-200 bg-white p-3"
        >
          <h3 id={`status-${group.state}`} className="font-semibold">
            {STATE_LABELS[group.state]}: {group.students.length}
          </h3>
          {group.students.length === 0 ? (
            <p className="text-sm text-slate-600">Nobody.</p>
          ) : (
            <ul className="mt-1 space-y-0.5 text-sm [overflow-wrap:anywhere]">
              {group.students.map((student) => (
                <li key={student.userId}>{student.name}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function Distribution({ results }: { results: AssignmentResults }) {
  const { counts, distribution, assignment } = results;
  if (counts.finished === 0) return <p className="text-slate-600">No finished attempts yet.</p>;
  return (
    <>
      <p id="distribution-summary" className="text-sm text-slate-700">
        {`${plural(counts.finished, "finished attempt")} out of ${assignment.maxScore}: average ${results.average}, median ${results.median}, lowest ${results.lowest}, highest ${results.highest}.`}
      </p>
      <ScoreChart bins={distribution} summaryId="distribution-summary" />
      <div>
        <table className="w-full max-w-sm text-left text-sm">
          <caption id="distribution-table-caption" className="text-left font-medium">
            Score distribution as a table
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                Score
              </th>
              <th scope="col" className="py-1">
                Students
              </th>
            </tr>
          </thead>
          <tbody>
            {distribution.map((entry) => (
              <tr key={entry.label} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {entry.label}
                </th>
                <td className="py-1">{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function StudentsTable({ results, timeZone }: { results: AssignmentResults; timeZone: string }) {
  const max = results.assignment.maxScore;
  // One class: its name is in the header already.
  const showClass = results.classes.length > 1;
  return (
    <ScrollRegion labelledBy="students-heading">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            {[
              "Student",
              ...(showClass ? ["Class"] : []),
              "Status",
              "Score",
              "Correct",
              "Wrong",
              "Unanswered",
              "Time taken",
              "Submitted",
            ].map((label) => (
              <th key={label} scope="col" className="whitespace-nowrap px-2 py-1.5 font-semibold">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.students.map((student) => (
            <tr key={student.userId} className="border-t border-slate-100 align-top">
              <th scope="row" className="px-2 py-1.5 font-normal">
                {student.taughtClassId ? (
                  <Link
                    href={`/classes/${student.taughtClassId}/students/${student.userId}`}
                    className="text-brand-700 underline"
                  >
                    {student.name}
                  </Link>
                ) : (
                  student.name
                )}
                <span className="block text-xs break-all text-slate-600">{student.email}</span>
              </th>
              {showClass ? <td className="px-2 py-1.5">{student.classNames.join(", ")}</td> : null}
              <td className="px-2 py-1.5">
                {STATE_LABELS[student.state]}
                {student.expired ? <span className="block text-xs text-slate-600">time ran out</span> : null}
              </td>
              <td className="whitespace-nowrap px-2 py-1.5 tabular-nums">
                {student.marks ? `${student.marks.score} / ${max}` : "–"}
              </td>
              <td className="px-2 py-1.5 tabular-nums">{student.marks?.correct ?? "–"}</td>
              <td className="px-2 py-1.5 tabular-nums">{student.marks?.wrong ?? "–"}</td>
              <td className="px-2 py-1.5 tabular-nums">{student.marks?.unanswered ?? "–"}</td>
              <td className="whitespace-nowrap px-2 py-1.5">
                {student.timeTakenSec === null ? "–" : <Duration seconds={student.timeTakenSec} />}
              </td>
              <td className="px-2 py-1.5">
                {student.finishedAt ? <LocalTime iso={student.finishedAt} timeZone={timeZone} /> : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function QuestionList({ results }: { results: AssignmentResults }) {
  return (
    <ol className="space-y-3">
      {results.questions.map((question) => (
        <li key={question.questionId} className="rounded-xl border border-slate-200 bg-white p-3">
          <h3 className="font-medium [overflow-wrap:anywhere]">
            {question.position}. {question.prompt}
          </h3>
          <p className="mt-1 text-sm [overflow-wrap:anywhere]">Answer: {question.answer}</p>
          <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-600">Correct rate</dt>
              <dd className="font-semibold">
                {percent(question.correctRate)}
                <span className="font-normal text-slate-600">
                  {" "}
                  ({question.correct} of {question.attempts})
                </span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Wrong</dt>
              <dd>{question.wrong}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Unanswered</dt>
              <dd>{question.unanswered}</dd>
            </div>
            <div className="col-span-2 sm:col-span-4">
              <dt className="text-slate-600">Most chosen wrong answer</dt>
              <dd className="[overflow-wrap:anywhere]">
                {question.topWrong
                  ? `${question.topWrong.choice} (${plural(question.topWrong.count, "student")})`
                  : "None"}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}

export default async function AssignmentResultsPage({ params }: Props) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const user = await requireUser(`/assignments/${id}/results`);
  const [results, settings] = await Promise.all([
    orNotFound(getAssignmentResults({ user, assignmentId: id, now: new Date() })),
    getSettings({ userId: user.id }),
  ]);
  const { assignment } = results;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold leading-tight [overflow-wrap:anywhere]">
          Results: {assignment.title}
        </h1>
        <p className="text-sm text-slate-700">
          {assignment.mode === "test" ? "Test" : "Practice"} · {plural(assignment.questionCount, "question")}
          {assignment.negativeMark > 0 ? ` · ${assignment.negativeMark} off per wrong answer` : ""} · due{" "}
          <LocalTime iso={assignment.dueAt} timeZone={settings.timeZone} />
        </p>
        <p className="text-sm text-slate-700">
          {results.classes.length === 1 ? "Class" : "Classes"}:{" "}
          {results.classes.map((klass) => klass.name).join(", ") || "none"}
        </p>
        <a
          href={`/assignments/${assignment.id}/results.csv`}
          download
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
        >
          Download CSV
        </a>
      </header>

      <section aria-labelledby="progress-heading" className="space-y-2">
        <h2 id="progress-heading" className="text-lg font-semibold">
          Who has finished
        </h2>
        <StatusGroups students={results.students} />
      </section>

      <section aria-labelledby="distribution-heading" className="space-y-2">
        <h2 id="distribution-heading" className="text-lg font-semibold">
          Score distribution
        </h2>
        <Distribution results={results} />
      </section>

      <section aria-labelledby="students-heading" className="space-y-2">
        <h2 id="students-heading" className="text-lg font-semibold">
          Students
        </h2>
        {results.students.length === 0 ? (
          <p className="text-slate-600">No students in these classes yet.</p>
        ) : (
          <StudentsTable results={results} timeZone={settings.timeZone} />
        )}
      </section>

      <section aria-labelledby="questions-heading" className="space-y-2">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <p className="text-sm text-slate-600">
          Counted over finished attempts; unanswered counts as not correct.
        </p>
        <QuestionList results={results} />
      </section>
    </div>
  );
}
