import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getStudyQuestionIds } from "@/server/data/queue";
import { getStudyQuestions } from "@/server/data/study-questions";
import { requireUser } from "@/server/session";
import { StudyHeader, setIdFrom } from "../_components/study-header";
import { TypedSession } from "./_components/typed-session";

export const metadata: Metadata = { title: "Type the answer" };

const SESSION_SIZE = 20;

export default async function TypedPage({
  searchParams,
}: {
  searchParams: Promise<{ set?: string | string[] }>;
}) {
  const setId = setIdFrom(await searchParams);
  const user = await requireUser(setId ? `/study/typed?set=${encodeURIComponent(setId)}` : "/study/typed");
  const questionIds = await getStudyQuestionIds({
    userId: user.id,
    setId,
    now: new Date(),
    limit: SESSION_SIZE,
  });
  if (!questionIds) notFound();
  // Options are not shown here, but the payload is the quiz's: prompt and options, never the answer or aliases.
  const questions = await getStudyQuestions({ questionIds });
  return (
    <>
      <StudyHeader current="/study/typed" setId={setId} />
      <TypedSession questions={questions} />
    </>
  );
}
