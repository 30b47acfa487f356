import "server-only";
import { z } from "zod";
import type { Prisma } from "@/prisma/generated/client";

// Who may see a story, and with it its articles and questions (prisma/schema.prisma, model Story):
//  - the library, to every signed-in user;
//  - a private or class story, to its owner;
//  - a class story, to the members and the teacher of each class it is shared with.
// Every read of content for a user goes through these filters: sets, Today's queue, study sessions, stats and
// article pages alike. Content a user may not see answers 404, never 403, so its existence does not leak.

export const VISIBILITIES = ["private", "class", "library"] as const;
export const visibilitySchema = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof visibilitySchema>;

/** Stories the user may see. */
export function visibleStoryWhere(userId: string): Prisma.StoryWhereInput {
  return {
    OR: [
      { visibility: "library" },
      { ownerId: userId },
      {
        visibility: "class",
        classShares: {
          some: {
            class: { archivedAt: null, OR: [{ teacherId: userId }, { members: { some: { userId } } }] },
          },
        },
      },
    ],
  };
}

/** Questions the user may see (retired ones included: callers that study add `retiredAt: null`). */
export function visibleQuestionWhere(userId: string): Prisma.QuestionWhereInput {
  return { story: visibleStoryWhere(userId) };
}

/** Articles the user may see. */
export function visibleArticleWhere(userId: string): Prisma.ArticleWhereInput {
  return { story: visibleStoryWhere(userId) };
}
