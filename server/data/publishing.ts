import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canTeach, type Role } from "@/server/permissions/roles";
import { type Visibility, visibleArticleWhere, visibleStoryWhere } from "@/server/permissions/visibility";

// Who studies a story: its owner decides. Anyone keeps what they added private; a teacher (or admin) may publish
// it to the library or share it with some of their own classes, and take it back again. Articles and questions
// follow their story (server/permissions/visibility.ts).

export interface PublishingClass {
  id: string;
  name: string;
  /** Whether the story is shared with this class now. */
  shared: boolean;
}

export interface StoryPublishing {
  storyId: string;
  visibility: Visibility;
  /** False for a student: their stories stay private. */
  canPublish: boolean;
  /** The owner's live classes, for sharing (empty for a student). */
  classes: PublishingClass[];
}

/** The story of an article the user may see; 404 for any other. */
export async function storyOfArticle({
  articleId,
  userId,
}: {
  articleId: string;
  userId: string;
}): Promise<string> {
  const article = await db.article.findFirst({
    where: { id: articleId, ...visibleArticleWhere(userId) },
    select: { storyId: true },
  });
  if (!article) throw new AppError("not_found", "That article does not exist.");
  return article.storyId;
}

/** The publishing choices of a story for its owner; null when the user does not own it. */
export async function getStoryPublishing({
  storyId,
  user,
}: {
  storyId: string;
  user: { id: string; role: Role };
}): Promise<StoryPublishing | null> {
  const story = await db.story.findFirst({
    where: { id: storyId, ownerId: user.id },
    select: { id: true, visibility: true, classShares: { select: { classId: true } } },
  });
  if (!story) return null;
  const teaches = canTeach(user.role);
  const classes = teaches
    ? await db.class.findMany({
        where: { teacherId: user.id, archivedAt: null },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true },
      })
    : [];
  const shared = new Set(story.classShares.map((share) => share.classId));
  return {
    storyId: story.id,
    visibility: story.visibility as Visibility,
    canPublish: teaches,
    classes: classes.map((item) => ({ ...item, shared: shared.has(item.id) })),
  };
}

/**
 * Sets who studies a story: "private" (the owner alone), "class" (the owner's `classIds`, at least one) or
 * "library" (everyone). Only the owner may, and only one who can teach may make it anything but private. A story
 * the user may not see is 404, one they see but do not own 403; classes not theirs (or archived) are 422. One
 * transaction: the story's visibility and its class shares change together.
 */
export async function setStoryVisibility({
  storyId,
  user,
  visibility,
  classIds = [],
}: {
  storyId: string;
  user: { id: string; role: Role };
  visibility: Visibility;
  classIds?: string[];
}): Promise<void> {
  const story = await db.story.findFirst({
    where: { id: storyId, ...visibleStoryWhere(user.id) },
    select: { ownerId: true },
  });
  if (!story) throw new AppError("not_found", "That story does not exist.");
  if (story.ownerId !== user.id) throw new AppError("forbidden", "Only the story's owner can publish it.");
  if (visibility !== "private" && !canTeach(user.role)) {
    throw new AppError("forbidden", "Only teachers can publish; your story stays private.");
  }
  const wanted = visibility === "class" ? [...new Set(classIds)] : [];
  if (visibility === "class" && wanted.length === 0) {
    throw new AppError("invalid_input", "Choose at least one of your classes.", {
      fields: { classIds: ["Choose at least one of your classes."] },
    });
  }
  await db.$transaction(async (tx) => {
    if (wanted.length > 0) {
      const own = await tx.class.count({
        where: { id: { in: wanted }, teacherId: user.id, archivedAt: null },
      });
      if (own !== wanted.length) {
        throw new AppError("invalid_input", "You can share only with your own classes.", {
          fields: { classIds: ["You can share only with your own classes."] },
        });
      }
    }
    // Checked again inside the transaction: the owner cannot have changed since the read above.
    const { count } = await tx.story.updateMany({
      where: { id: storyId, ownerId: user.id },
      data: { visibility },
    });
    if (count === 0) throw new AppError("not_found", "That story does not exist.");
    await tx.classStory.deleteMany({ where: { storyId, classId: { notIn: wanted } } });
    const present = await tx.classStory.findMany({
      where: { storyId, classId: { in: wanted } },
      select: { classId: true },
    });
    const have = new Set(present.map((share) => share.classId));
    const add = wanted.filter((classId) => !have.has(classId));
    if (add.length > 0)
      await tx.classStory.createMany({ data: add.map((classId) => ({ classId, storyId })) });
  });
}
