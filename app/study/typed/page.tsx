import type { Metadata } from "next";
import { getStudyQuestions } from "@/server/data/study-questions";
import { openStudySession } from "@/server/study-session";
import { StudyHeader, setIdFrom } from "../_components/study-header";
import { TypedSession } from "./_components/typed-session";

export const metadata: Metadata = { title: "Type the answer" };

export default async function TypedPage({
  searchParams,
}: {
  searchParams: Promise<{ set?: string | string[] }>;
}) {
  const { user, setId, questionIds } = await openStudySession({
    path: "/study/typed",
    setId: setIdFrom(await searchParams),
  });
  // Options are not shown here, but the payload is the quiz's: prompt and options, never the answer or aliases.
  const questions = await getStudyQuestions({ questionIds, userId: user.id });
  return (
    <>
      <StudyHeader current="/study/typed" setId={setId} />
      <TypedSession questions={questions} />
    </>
  );
}
