import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getStudyQuestionIds } from "@/server/data/queue";
import { getStudyQuestions } from "@/server/data/study-questions";
import { requireUser } from "@/server/session";
import { StudyHeader, setIdFrom } from "../_components/study-header";
import { QuizSession } from "./_components/quiz-session";

export const metadata: Metadata = { title: "Quiz" };

const SESSION_SIZE = 20;

export default async function QuizPage({
  searchParams,
}: {
  searchParams: Promise<{ set?: string | string[] }>;
}) {
  const setId = setIdFrom(await searchParams);
  const user = await requireUser(setId ? `/study/quiz?set=${encodeURIComponent(setId)}` : "/study/quiz");
  const questionIds = await getStudyQuestionIds({
    userId: user.id,
    setId,
    now: new Date(),
    limit: SESSION_SIZE,
  });
  if (!questionIds) notFound();
  const questions = await getStudyQuestions({ questionIds });
  return (
    <>
      <StudyHeader current="/study/quiz" setId={setId} />
      <QuizSession questions={questions} />
    </>
  );
}
