import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSet } from "@/server/data/sets";
import { getCurrentUser } from "@/server/session";
import { MasteryBar } from "../_components/mastery-bar";

type Props = { params: Promise<{ setId: string }> };

const MODES = [
  { path: "quiz", label: "Quiz", hint: "Multiple choice" },
  { path: "flashcards", label: "Flashcards", hint: "Flip and rate" },
  { path: "typed", label: "Typed", hint: "Type the answer" },
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getCurrentUser();
  const set = await getSet({ setId: decodeURIComponent((await params).setId), userId: user?.id ?? null });
  return { title: set?.title ?? "Set not found" };
}

export default async function SetPage({ params }: Props) {
  const setId = decodeURIComponent((await params).setId);
  const user = await getCurrentUser();
  const set = await getSet({ setId, userId: user?.id ?? null });
  if (!set) notFound();

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/sets" className="text-brand-700 underline">
            All sets
          </Link>
        </p>
        <h1 className="text-2xl font-bold leading-tight [overflow-wrap:anywhere]">{set.title}</h1>
        {set.subtitle ? <p className="text-sm text-slate-600">{set.subtitle}</p> : null}
        <p className="text-sm text-slate-700">
          {set.questionCount} question{set.questionCount === 1 ? "" : "s"}
          {user ? ` · ${set.masteredCount} mastered` : " · sign in to track mastery"}
        </p>
        <MasteryBar mastery={set.mastery} label="Mastery of this set" />
      </div>

      <nav aria-label="Study this set" className="grid grid-cols-3 gap-2">
        {MODES.map(({ path, label, hint }) => (
          <Link
            key={path}
            href={`/study/${path}?set=${encodeURIComponent(set.id)}`}
            className="flex min-h-14 flex-col items-center justify-center rounded-md bg-brand-600 px-2 py-2 text-center text-white hover:bg-brand-700"
          >
            <span className="font-semibold">{label}</span>
            <span className="text-[11px] text-brand-100">{hint}</span>
          </Link>
        ))}
      </nav>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="mb-2 text-lg font-semibold">
          Questions
        </h2>
        <ol className="space-y-2">
          {set.questions.map((question) => (
            <li key={question.id} className="rounded-md border border-slate-200 bg-white p-3">
              <p className="[overflow-wrap:anywhere]">
                {question.prompt}
                {question.mastered ? (
                  <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">
                    mastered
                  </span>
                ) : null}
              </p>
              <p className="mt-1 text-xs text-slate-600">
                From:{" "}
                {question.sources.map((source, index) => (
                  <span key={source.articleId}>
                    {index > 0 ? ", " : null}
                    <Link href={`/articles/${source.articleId}`} className="text-brand-700 underline">
                      {source.articleTitle}
                    </Link>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
