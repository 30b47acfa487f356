import type { Metadata } from "next";
import Link from "next/link";
import { listSets, type SetKind, type StudySetSummary } from "@/server/data/sets";
import { getCurrentUser } from "@/server/session";
import { MasteryBar } from "./_components/mastery-bar";

export const metadata: Metadata = { title: "Sets" };

const GROUPS: { kind: SetKind; heading: string }[] = [
  { kind: "story", heading: "Stories" },
  { kind: "topic", heading: "Topics" },
  { kind: "month", heading: "Months" },
  { kind: "week", heading: "Weeks" },
];

export default async function SetsPage() {
  const user = await getCurrentUser();
  const sets = await listSets({ userId: user?.id ?? null });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Sets</h1>
        <p className="text-sm text-slate-600">
          Questions grouped by story, topic and when they were in the news.
          {user ? null : " Sign in to see your mastery."}
        </p>
      </div>
      {sets.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">
          No questions yet.{" "}
          <Link href="/add" className="text-brand-700 underline">
            Add articles
          </Link>{" "}
          to make some.
        </p>
      ) : (
        GROUPS.map(({ kind, heading }) => (
          <SetGroup key={kind} heading={heading} sets={sets.filter((set) => set.kind === kind)} />
        ))
      )}
    </div>
  );
}

function SetGroup({ heading, sets }: { heading: string; sets: StudySetSummary[] }) {
  if (sets.length === 0) return null;
  const headingId = `sets-${heading.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-2 text-lg font-semibold">
        {heading}
      </h2>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white">
        {sets.map((set) => (
          <li key={set.id}>
            <Link
              href={`/sets/${encodeURIComponent(set.id)}`}
              className="flex min-h-14 items-center justify-between gap-3 px-3 py-2 hover:bg-slate-50"
            >
              <span className="min-w-0">
                <span className="block font-medium [overflow-wrap:anywhere]">{set.title}</span>
                <span className="block text-xs text-slate-600">
                  {set.questionCount} question{set.questionCount === 1 ? "" : "s"}
                  {set.subtitle ? ` · ${set.subtitle}` : null}
                </span>
              </span>
              <span className="shrink-0">
                <MasteryBar mastery={set.mastery} label={`Mastery of ${set.title}`} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
