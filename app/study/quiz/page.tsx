import type { Metadata } from "next";
import { getStudyQuestions } from "@/server/data/study-questions";
import { openStudySession } from "@/server/study-session";
import { StudyHeader, setIdFrom } from "../_components/study-header";
import { QuizSession } from "./_components/quiz-session";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({
  searchParams,
}: {
  searchParams: Promise<{ set?: string | string[] }>;
}) {
  const { user, setId, questionIds } = await openStudySession({
    path: "/study/quiz",
    setId: setIdFrom(await searchParams),
  });
  const questions = await getStudyQuestions({ questionIds, userId: user.id });
  return (
    <>
      <StudyHeader current="/study/quiz" setId={setId} />
      <QuizSession questions={questions} />
    </>
  );
}
