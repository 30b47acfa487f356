import type { Metadata } from "next";
import Link from "next/link";
import { listOwnSets } from "@/server/data/question-sets";
import { requireTeacherPage } from "@/server/teach/teacher";
import { TeachLinks } from "../_components/teach-links";
import { CreateSetForm } from "./_components/create-set-form";

export const metadata: Metadata = { title: "Your sets" };

export default async function TeachSetsPage() {
  const user = await requireTeacherPage("/teach/sets");
  const sets = await listOwnSets({ userId: user.id });
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Your sets</h1>
        <TeachLinks current="/teach/sets" />
        <p className="text-sm text-slate-600">
          Sets of questions you choose, in your order. Add questions from the{" "}
          <Link href="/teach/questions" className="text-brand-700 underline">
            Questions
          </Link>{" "}
          page.
        </p>
      </div>
      {sets.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">You have no sets yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white">
          {sets.map((set) => (
            <li key={set.id}>
              <Link
                href={`/teach/sets/${set.id}`}
                className="flex min-h-14 items-center justify-between gap-3 px-3 py-2 hover:bg-slate-50"
              >
                <span className="min-w-0">
                  <span className="block font-medium [overflow-wrap:anywhere]">{set.title}</span>
                  {set.description ? (
                    <span className="block text-sm text-slate-600 [overflow-wrap:anywhere]">
                      {set.description}
                    </span>
                  ) : null}
                </span>
                <span className="shrink-0 text-sm text-slate-600">
                  {set.questionCount} question{set.questionCount === 1 ? "" : "s"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <CreateSetForm />
    </div>
  );
}
