import type { Metadata } from "next";
import { getIntervalLabels } from "@/server/data/cards";
import { getStudyFlashcards } from "@/server/data/study-questions";
import { openStudySession } from "@/server/study-session";
import { StudyHeader, setIdFrom } from "../_components/study-header";
import { FlashcardSession } from "./_components/flashcard-session";

export const metadata: Metadata = { title: "Flashcards" };

export default async function FlashcardsPage({
  searchParams,
}: {
  searchParams: Promise<{ set?: string | string[] }>;
}) {
  const { user, setId, questionIds, now } = await openStudySession({
    path: "/study/flashcards",
    setId: setIdFrom(await searchParams),
  });
  const [cards, intervals] = await Promise.all([
    getStudyFlashcards({ questionIds, userId: user.id }),
    getIntervalLabels({ userId: user.id, questionIds, now }),
  ]);
  const views = cards.flatMap((card) => {
    const labels = intervals[card.id];
    return labels ? [{ ...card, intervals: labels }] : [];
  });
  return (
    <>
      <StudyHeader current="/study/flashcards" setId={setId} />
      <FlashcardSession cards={views} />
    </>
  );
}
