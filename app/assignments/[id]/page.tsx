import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { type AttemptView, getAttemptView } from "@/server/assignments/attempts";
import { getSettings } from "@/server/data/settings";
import { AppError } from "@/server/errors";
import { requireUser } from "@/server/session";
import { formatLocalTime } from "@/server/time-zone";
import { TakeAssignment } from "./_components/take-assignment";

export const metadata: Metadata = { title: "Assignment" };

const ZParams = z.object({ id: z.string().min(1).max(100) });

async function findView(userId: string, assignmentId: string): Promise<AttemptView | null> {
  try {
    return await getAttemptView({ userId, assignmentId, now: new Date() });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const user = await requireUser(`/assignments/${encodeURIComponent(id)}`);
  const [view, { timeZone }] = await Promise.all([findView(user.id, id), getSettings({ userId: user.id })]);
  if (!view) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/assignments" className="text-brand-700 underline">
          Assignments
        </Link>
      </p>
      <TakeAssignment
        initial={view}
        opensLabel={formatLocalTime(new Date(view.assignment.opensAt), timeZone)}
        dueLabel={formatLocalTime(new Date(view.assignment.dueAt), timeZone)}
      />
    </div>
  );
}
