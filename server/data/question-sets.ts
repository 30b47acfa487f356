import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import type { TCreateSetRequest, TUpdateSetRequest } from "@/server/teach/set.schema";

// A teacher's own question sets (/teach/sets): built from any questions they may see. Every function puts the
// owner in its `where`: another teacher's set is a 404.

export interface QuestionSetSummary {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  updatedAt: string;
}

export interface QuestionSetItemView {
  questionId: string;
  prompt: string;
  topic: string;
  storyTitle: string;
  retired: boolean;
}

export interface QuestionSetView extends QuestionSetSummary {
  items: QuestionSetItemView[];
}

/**
 * The set's next updatedAt, which stands for its version (a page sends back the one it showed): always later than
 * the last, even within one millisecond, so two changes never share one.
 */
const nextStamp = (previous: Date) => new Date(Math.max(Date.now(), previous.getTime() + 1));

const setNotFound = () => new AppError("not_found", "That set does not exist.");
const questionNotFound = () => new AppError("not_found", "That question does not exist.");
const changedElsewhere = () =>
  new AppError(
    "conflict",
    "This set was changed somewhere else (another tab?) since this page showed it. Reload to see it; nothing was changed.",
  );

export async function listOwnSets(options: { userId: string }): Promise<QuestionSetSummary[]> {
  const sets = await db.questionSet.findMany({
    where: { ownerId: options.userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      updatedAt: true,
      _count: { select: { items: true } },
    },
  });
  return sets.map(({ _count, updatedAt, ...set }) => ({
    ...set,
    questionCount: _count.items,
    updatedAt: updatedAt.toISOString(),
  }));
}

/** One of the user's sets with its questions in order (only those the user may still see); 404 otherwise. */
export async function getOwnSet(options: { userId: string; setId: string }): Promise<QuestionSetView> {
  const set = await db.questionSet.findFirst({
    where: { id: options.setId, ownerId: options.userId },
    select: {
      id: true,
      title: true,
      description: true,
      updatedAt: true,
      items: {
        where: { question: visibleQuestionWhere(options.userId) },
        orderBy: { position: "asc" },
        select: {
          question: {
            select: {
              id: true,
              prompt: true,
              topic: true,
              retiredAt: true,
              story: { select: { title: true } },
            },
          },
        },
      },
    },
  });
  if (!set) throw setNotFound();
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    updatedAt: set.updatedAt.toISOString(),
    questionCount: set.items.length,
    items: set.items.map(({ question }) => ({
      questionId: question.id,
      prompt: question.prompt,
      topic: question.topic,
      storyTitle: question.story.title,
      retired: question.retiredAt !== null,
    })),
  };
}

export async function createSet(options: {
  userId: string;
  input: TCreateSetRequest;
}): Promise<{ id: string }> {
  return db.questionSet.create({
    data: { ownerId: options.userId, title: options.input.title, description: options.input.description },
    select: { id: true },
  });
}

async function assertVisible(client: Pick<typeof db, "question">, userId: string, questionIds: string[]) {
  const visible = await client.question.count({
    where: { id: { in: questionIds }, ...visibleQuestionWhere(userId) },
  });
  if (visible !== questionIds.length) throw questionNotFound();
}

/**
 * Renames the set and/or puts its questions in the order given (a question left out is removed), if the set is
 * still as the page showed it (`updatedAt`); 409 otherwise, 404 for a set or question that is not the user's.
 */
export async function updateSet(options: {
  userId: string;
  setId: string;
  input: TUpdateSetRequest;
}): Promise<QuestionSetView> {
  const { userId, setId, input } = options;
  await db.$transaction(async (tx) => {
    const set = await tx.questionSet.findFirst({
      where: { id: setId, ownerId: userId },
      select: { updatedAt: true },
    });
    if (!set) throw setNotFound();
    const { count } = await tx.questionSet.updateMany({
      where: { id: setId, ownerId: userId, updatedAt: new Date(input.updatedAt) },
      data: {
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.description === undefined ? {} : { description: input.description }),
        updatedAt: nextStamp(set.updatedAt),
      },
    });
    if (count === 0) throw changedElsewhere();
    if (input.questionIds) {
      if (input.questionIds.length > 0) await assertVisible(tx, userId, input.questionIds);
      await tx.questionSetItem.deleteMany({ where: { setId } });
      await tx.questionSetItem.createMany({
        data: input.questionIds.map((questionId, position) => ({ setId, questionId, position })),
      });
    }
  });
  return getOwnSet({ userId, setId });
}

/** Adds a question the user may see at the end of their set; a question already in it stays where it is. */
export async function addToSet(options: {
  userId: string;
  setId: string;
  questionId: string;
}): Promise<{ added: boolean; questionCount: number }> {
  const { userId, setId, questionId } = options;
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.findFirst({
      where: { id: setId, ownerId: userId },
      select: { updatedAt: true },
    });
    if (!set) throw setNotFound();
    const question = await tx.question.findFirst({
      where: { id: questionId, ...visibleQuestionWhere(userId) },
      select: { id: true },
    });
    if (!question) throw questionNotFound();
    const existing = await tx.questionSetItem.findUnique({
      where: { setId_questionId: { setId, questionId } },
    });
    if (!existing) {
      const last = await tx.questionSetItem.aggregate({ where: { setId }, _max: { position: true } });
      await tx.questionSetItem.create({
        data: { setId, questionId, position: (last._max.position ?? -1) + 1 },
      });
      await tx.questionSet.update({ where: { id: setId }, data: { updatedAt: nextStamp(set.updatedAt) } });
    }
    const questionCount = await tx.questionSetItem.count({ where: { setId } });
    return { added: !existing, questionCount };
  });
}

export async function deleteSet(options: { userId: string; setId: string }): Promise<void> {
  const { count } = await db.questionSet.deleteMany({
    where: { id: options.setId, ownerId: options.userId },
  });
  if (count === 0) throw setNotFound();
}
