import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAssignmentChoices, instantToLocalDateTime } from "@/server/assignments/assignments";
import { canTeach } from "@/server/permissions/roles";
import { requireUser } from "@/server/session";
import { NewAssignmentForm } from "./_components/new-assignment-form";

export const metadata: Metadata = { title: "New assignment" };

const WEEK_MS = 7 * 24 * 60 * 60_000;

export default async function NewAssignmentPage() {
  const user = await requireUser("/assignments/new");
  if (!canTeach(user.role)) notFound();
  const { sets, classes, timeZone } = await getAssignmentChoices({ user });
  const now = new Date();
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm">
          <Link href="/assignments" className="text-brand-700 underline">
            Assignments
          </Link>
        </p>
        <h1 className="text-2xl font-bold">New assignment</h1>
        <p className="text-sm text-slate-600">
          Give one of your question sets to your classes. Times are in your time zone,{" "}
          {timeZone.replaceAll("_", " ")} (
          <Link href="/settings" className="text-brand-700 underline">
            Settings
          </Link>
          ).
        </p>
      </div>
      {sets.length === 0 || classes.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">
          {sets.length === 0 ? "You need a question set of your own first. " : null}
          {classes.length === 0 ? (
            <>
              You need a class first:{" "}
              <Link href="/classes" className="text-brand-700 underline">
                make one
              </Link>
              .
            </>
          ) : null}
        </p>
      ) : (
        <NewAssignmentForm
          sets={sets}
          classes={classes}
          defaultOpensAt={instantToLocalDateTime(now, timeZone)}
          defaultDueAt={instantToLocalDateTime(new Date(now.getTime() + WEEK_MS), timeZone)}
        />
      )}
    </div>
  );
}
