import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { getComingUp, getTodayQueue, nextDueAt, type UpcomingCard } from "@/server/data/queue";
import { getSettings } from "@/server/data/settings";
import { getStudyQuestions } from "@/server/data/study-questions";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireUser("/today");
  const now = new Date();
  const [queue, later, { timeZone }] = await Promise.all([
    getTodayQueue({ userId: user.id, now, limit: 100 }),
    getComingUp({ userId: user.id, now, limit: 20 }),
    getSettings({ userId: user.id }),
  ]);
  if (queue.items.length === 0) {
    const next = await nextDueAt({ userId: user.id, now });
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">Today</h1>
        <p className="rounded-xl border border-slate-200 bg-white p-5">
          All done for now.{" "}
          {next ? (
            <>
              Your next card is due <LocalTime iso={next} timeZone={timeZone} />.
            </>
          ) : (
            "No cards are scheduled: add articles or pick a set to start."
          )}
        </p>
        <Link
          href="/sets"
          className="inline-flex min-h-12 items-center rounded-xl border border-slate-300 bg-white px-5 font-semibold"
        >
          Browse sets
        </Link>
        <ComingUp cards={later} timeZone={timeZone} />
      </section>
    );
  }
  const due = queue.items.filter((item) => item.kind === "review").length;
  const fresh = queue.items.length - due;
  const questions = await getStudyQuestions({
    questionIds: queue.items.slice(0, 10).map((item) => item.questionId),
    userId: user.id,
  });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Today</h1>
      <p className="text-lg">
        <strong>{due}</strong> due · <strong>{fresh}</strong> new
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Link
          href="/study/quiz"
          className="flex min-h-14 items-center justify-center rounded-xl bg-brand-600 px-5 text-lg font-semibold text-white"
        >
          Start quiz
        </Link>
        <Link
          href="/study/flashcards"
          className="flex min-h-14 items-center justify-center rounded-xl border-2 border-brand-600 bg-white px-5 font-semibold text-brand-900"
        >
          Flashcards
        </Link>
        <Link
          href="/study/typed"
          className="flex min-h-14 items-center justify-center rounded-xl border-2 border-brand-600 bg-white px-5 font-semibold text-brand-900"
        >
          Type answers
        </Link>
      </div>
      <h2 className="pt-2 text-lg font-semibold">Up next</h2>
      <ol className="space-y-2">
        {questions.map((question, index) => {
          const item = queue.items[index];
          return (
            <li key={question.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="break-words">{question.prompt}</p>
              <p className="mt-1 text-sm text-slate-600">
                {question.topic} ·{" "}
                {item?.due ? (
                  <>
                    due <LocalTime iso={item.due} timeZone={timeZone} />
                  </>
                ) : (
                  "new"
                )}
              </p>
            </li>
          );
        })}
      </ol>
      <ComingUp cards={later} timeZone={timeZone} />
    </section>
  );
}

/** Cards already studied that come back within a day, with the time each is due. */
function ComingUp({ cards, timeZone }: { cards: UpcomingCard[]; timeZone: string }) {
  if (cards.length === 0) return null;
  return (
    <>
      <h2 className="pt-2 text-lg font-semibold">Coming up</h2>
      <ol className="space-y-2" aria-label="Cards coming up in the next 24 hours">
        {cards.map((card) => (
          <li key={card.questionId} className="rounded-lg border border-slate-200 bg-white p-3">
            <p className="break-words">{card.prompt}</p>
            <p className="mt-1 text-sm text-slate-600">
              {card.topic} · next due <LocalTime iso={card.due} timeZone={timeZone} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
