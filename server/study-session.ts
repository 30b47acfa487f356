import "server-only";
import { notFound } from "next/navigation";
import { getStudyQuestionIds } from "@/server/data/queue";
import { type CurrentUser, requireUser } from "@/server/session";

/** Questions per quiz, flashcard or typed-answer session. */
export const SESSION_SIZE = 20;

export interface StudySession {
  user: CurrentUser;
  setId: string | undefined;
  questionIds: string[];
  now: Date;
}

/**
 * What every study page does first: sign-in (coming back to this page and set), then the session's
 * question ids (a set's, or Today's queue without one). An unknown or empty set is a 404.
 */
export async function openStudySession(options: {
  path: string;
  setId: string | undefined;
}): Promise<StudySession> {
  const { path, setId } = options;
  const user = await requireUser(setId ? `${path}?set=${encodeURIComponent(setId)}` : path);
  const now = new Date();
  const questionIds = await getStudyQuestionIds({ userId: user.id, setId, now, limit: SESSION_SIZE });
  if (!questionIds) notFound();
  return { user, setId, questionIds, now };
}
