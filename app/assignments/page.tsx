import type { Metadata } from "next";
import Link from "next/link";
import { listTeacherAssignments } from "@/server/assignments/assignments";
import { type AssignmentStatus, listStudentAssignments } from "@/server/assignments/attempts";
import { getSettings } from "@/server/data/settings";
import { canTeach } from "@/server/permissions/roles";
import { requireUser } from "@/server/session";
import { LocalTime } from "../_components/local-time";

export const metadata: Metadata = { title: "Assignments" };

const STATUS_LABEL: Record<AssignmentStatus, string> = {
  not_open: "Not open yet",
  open: "Open",
  in_progress: "In progress",
  submitted: "Submitted",
  missed: "Missed",
};

const STATUS_STYLE: Record<AssignmentStatus, string> = {
  not_open: "bg-slate-100 text-slate-700",
  open: "bg-brand-50 text-brand-900",
  in_progress: "bg-amber-100 text-amber-900",
  submitted: "bg-green-100 text-green-900",
  missed: "bg-red-100 text-red-900",
};

export default async function AssignmentsPage() {
  const user = await requireUser("/assignments");
  const now = new Date();
  const teacher = canTeach(user.role);
  const [assignments, given, { timeZone }] = await Promise.all([
    listStudentAssignments({ userId: user.id, now }),
    teacher ? listTeacherAssignments({ teacherId: user.id }) : Promise.resolve([]),
    getSettings({ userId: user.id }),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Assignments</h1>
        <p className="text-sm text-slate-600">
          From your{" "}
          <Link href="/classes" className="text-brand-700 underline">
            classes
          </Link>
          , soonest due first.
        </p>
      </div>
      {teacher ? (
        <section aria-labelledby="given" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="given" className="text-lg font-semibold">
              Assignments you set
            </h2>
            <Link
              href="/assignments/new"
              className="inline-flex min-h-12 items-center rounded-xl bg-brand-600 px-5 font-semibold text-white"
            >
              New assignment
            </Link>
          </div>
          {given.length === 0 ? (
            <p className="text-slate-600">You have not set an assignment yet.</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
              {given.map((entry) => (
                <li key={entry.id} className="px-3 py-2">
                  <span className="block font-medium [overflow-wrap:anywhere]">{entry.title}</span>
                  <span className="block text-xs text-slate-600">
                    {entry.mode === "test" ? "Test" : "Practice"} · {entry.classNames.join(", ")} · due{" "}
                    <LocalTime iso={entry.dueAt} timeZone={timeZone} /> · {entry.submittedCount} submitted
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <section aria-labelledby="yours" className="space-y-3">
        <h2 id="yours" className="text-lg font-semibold">
          {teacher ? "Assignments for you" : "Your assignments"}
        </h2>
        {assignments.length === 0 ? (
          <p className="text-slate-600">No assignments yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white">
            {assignments.map((entry) => (
              <li key={entry.id}>
                <Link
                  href={`/assignments/${encodeURIComponent(entry.id)}`}
                  className="flex min-h-14 items-center justify-between gap-3 px-3 py-2 hover:bg-slate-50"
                >
                  <span className="min-w-0">
                    <span className="block font-medium [overflow-wrap:anywhere]">{entry.title}</span>
                    <span className="block text-xs text-slate-600">
                      {entry.mode === "test" ? "Test" : "Practice"} · {entry.questionCount} question
                      {entry.questionCount === 1 ? "" : "s"} ·{" "}
                      {entry.status === "not_open" ? (
                        <>
                          opens <LocalTime iso={entry.opensAt} timeZone={timeZone} />
                        </>
                      ) : (
                        <>
                          due <LocalTime iso={entry.dueAt} timeZone={timeZone} />
                        </>
                      )}
                    </span>
                  </span>
                  <span
                    className={`shrink-0 rounded-full px-2 py-1 text-xs font-semibold ${STATUS_STYLE[entry.status]}`}
                  >
                    {STATUS_LABEL[entry.status]}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
