import "server-only";
import type { CurrentUser } from "@/server/session-user";
import { canTeach } from "./roles";

/** The story a question belongs to, as far as editing rights go. */
export interface QuestionStoryRights {
  ownerId: string | null;
  visibility: string;
}

/**
 * Whether `user` may edit, retire or add questions in a story they can see: an admin any; a teacher the
 * library's and their own; a student none. Callers check visibility first (visibleQuestionWhere): what a user
 * cannot see is a 404 whatever this says.
 */
export function canEditQuestion(user: Pick<CurrentUser, "id" | "role">, story: QuestionStoryRights): boolean {
  if (user.role === "admin") return true;
  if (!canTeach(user.role)) return false;
  return story.visibility === "library" || story.ownerId === user.id;
}
