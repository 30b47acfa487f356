import type { Metadata } from "next";
import Link from "next/link";
import { type ClassSummary, listClasses } from "@/server/classes/classes";
import { canTeach } from "@/server/permissions/roles";
import { requireUser } from "@/server/session";
import { CreateClassForm } from "./_components/create-class-form";
import { JoinClassForm } from "./_components/join-class-form";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const { teaching, member } = await listClasses({ userId: user.id });
  const teacher = canTeach(user.role);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Classes</h1>
        <p className="text-sm text-slate-600">
          {teacher
            ? "Make a class and give its code to your students; set them assignments."
            : "Join your teacher's class with its code to get its assignments."}{" "}
          <Link href="/assignments" className="text-brand-700 underline">
            Assignments
          </Link>
        </p>
      </div>
      {teacher ? (
        <section aria-labelledby="teaching" className="space-y-3">
          <h2 id="teaching" className="text-lg font-semibold">
            Classes you teach
          </h2>
          <CreateClassForm />
          <ClassList classes={teaching} empty="You have not made a class yet." />
        </section>
      ) : null}
      <section aria-labelledby="member" className="space-y-3">
        <h2 id="member" className="text-lg font-semibold">
          {teacher ? "Classes you are in" : "Your classes"}
        </h2>
        <JoinClassForm />
        <ClassList classes={member} empty="You are not in a class yet." />
      </section>
    </div>
  );
}

function ClassList({ classes, empty }: { classes: ClassSummary[]; empty: string }) {
  if (classes.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white">
      {classes.map((entry) => (
        <li key={entry.id}>
          <Link
            href={`/classes/${encodeURIComponent(entry.id)}`}
            className="flex min-h-14 items-center justify-between gap-3 px-3 py-2 hover:bg-slate-50"
          >
            <span className="min-w-0">
              <span className="block font-medium [overflow-wrap:anywhere]">{entry.name}</span>
              <span className="block text-xs text-slate-600">
                {entry.joinCode === null ? `Teacher: ${entry.teacherName} · ` : null}
                {entry.memberCount} student{entry.memberCount === 1 ? "" : "s"}
                {entry.archived ? " · archived" : null}
              </span>
            </span>
            {entry.joinCode ? (
              <span className="shrink-0 font-mono text-sm tracking-widest">
                <span className="sr-only">Code </span>
                {entry.joinCode}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
