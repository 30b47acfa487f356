import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getIntervalLabels } from "@/server/data/cards";
import { getStudyQuestionIds } from "@/server/data/queue";
import { getStudyFlashcards } from "@/server/data/study-questions";
import { requireUser } from "@/server/session";
import { StudyHeader, setIdFrom } from "../_components/study-header";
import { FlashcardSession } from "./_components/flashcard-session";

export const metadata: Metadata = { title: "Flashcards" };

const SESSION_SIZE = 20;

export default async function FlashcardsPage({
  searchParams,
}: {
  searchParams: Promise<{ set?: string | string[] }>;
}) {
  const setId = setIdFrom(await searchParams);
  const user = await requireUser(
    setId ? `/study/flashcards?set=${encodeURIComponent(setId)}` : "/study/flashcards",
  );
  const now = new Date();
  const questionIds = await getStudyQuestionIds({ userId: user.id, setId, now, limit: SESSION_SIZE });
  if (!questionIds) notFound();
  const [cards, intervals] = await Promise.all([
    getStudyFlashcards({ questionIds }),
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
