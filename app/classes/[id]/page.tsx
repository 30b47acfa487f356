import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { type ClassView, getClass } from "@/server/classes/classes";
import { getSettings } from "@/server/data/settings";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { LocalTime } from "../../_components/local-time";
import { ClassActionButton } from "../_components/class-action-button";

export const metadata: Metadata = { title: "Class" };

const ZParams = z.object({ id: z.string().min(1).max(100) });

async function findClass(userId: string, classId: string): Promise<ClassView | null> {
  try {
    return await getClass({ userId, classId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const user = await requireUser(`/classes/${encodeURIComponent(id)}`);
  const view = await findClass(user.id, id);
  if (!view) notFound();
  const base = `/api/classes/${encodeURIComponent(view.id)}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href="/classes" className="text-brand-700 underline">
            Classes
          </Link>
        </p>
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{view.name}</h1>
        <p className="text-sm text-slate-600">
          Teacher: {view.teacherName}
          {view.archived ? " · archived" : null}
        </p>
      </div>
      {view.viewer === "teacher" ? (
        <TeacherView view={view} base={base} timeZone={(await getSettings({ userId: user.id })).timeZone} />
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4">
          <p>
            Your assignments from this class are on{" "}
            <Link href="/assignments" className="text-brand-700 underline">
              Assignments
            </Link>
            .
          </p>
          <ClassActionButton
            url={`${base}/leave`}
            label="Leave class"
            confirm={`Leave ${view.name}? Its assignments will leave your list.`}
            then="/classes"
            tone="danger"
          />
        </div>
      )}
    </div>
  );
}

function TeacherView({
  view,
  base,
  timeZone,
}: {
  view: Extract<ClassView, { viewer: "teacher" }>;
  base: string;
  timeZone: string;
}) {
  const link = `${new URL(env.BETTER_AUTH_URL).origin}/join/${view.joinCode}`;
  return (
    <>
      {view.archived ? null : (
        <section aria-labelledby="code" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="code" className="text-lg font-semibold">
            Join code
          </h2>
          <p className="font-mono text-3xl tracking-widest">{view.joinCode}</p>
          <p className="text-sm text-slate-600">
            Or share the link: <span className="break-all font-mono">{link}</span>
          </p>
        </section>
      )}
      <section aria-labelledby="roster" className="space-y-2">
        <h2 id="roster" className="text-lg font-semibold">
          Students ({view.members.length})
        </h2>
        {view.members.length === 0 ? (
          <p className="text-slate-600">No one has joined yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {view.members.map((member) => (
              <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span className="min-w-0">
                  <span className="block font-medium [overflow-wrap:anywhere]">{member.name}</span>
                  <span className="block text-xs text-slate-600 [overflow-wrap:anywhere]">
                    {member.email} · joined <LocalTime iso={member.joinedAt} timeZone={timeZone} />
                  </span>
                </span>
                <ClassActionButton
                  url={`${base}/members/${encodeURIComponent(member.userId)}/remove`}
                  label={`Remove ${member.name}`}
                  confirm={`Remove ${member.name} from ${view.name}?`}
                  tone="danger"
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.archived ? null : (
        <div className="flex flex-wrap gap-3">
          <Link
            href="/assignments/new"
            className="inline-flex min-h-12 items-center rounded-xl bg-brand-600 px-5 font-semibold text-white"
          >
            Set an assignment
          </Link>
          <ClassActionButton
            url={`${base}/archive`}
            label="Archive class"
            confirm={`Archive ${view.name}? No one can join it, and its assignments leave students' lists.`}
          />
        </div>
      )}
    </>
  );
}
