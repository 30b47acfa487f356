import "server-only";
import { Prisma } from "@/prisma/generated/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import { newCardSchedule, previewIntervals } from "@/server/scheduling";
import { getSettings } from "./settings";

export interface CardSummary {
  id: string;
  questionId: string;
  state: number;
  due: string;
  lastReview: string | null;
  reps: number;
  lapses: number;
  version: number;
}

const cardSummarySelect = {
  id: true,
  questionId: true,
  state: true,
  due: true,
  lastReview: true,
  reps: true,
  lapses: true,
  version: true,
} satisfies Prisma.CardSelect;

function toSummary(row: Prisma.CardGetPayload<{ select: typeof cardSummarySelect }>): CardSummary {
  return { ...row, due: row.due.toISOString(), lastReview: row.lastReview?.toISOString() ?? null };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The user's card for a question, created as a new card due now on first use. 404 for an unknown question or one
 * the user may not see.
 */
export async function getOrCreateCard(options: {
  userId: string;
  questionId: string;
  now: Date;
}): Promise<CardSummary> {
  const { userId, questionId, now } = options;
  const question = await db.question.findFirst({
    where: { id: questionId, ...visibleQuestionWhere(userId) },
    select: { id: true },
  });
  if (!question) throw new AppError("not_found", "That question does not exist.");
  const existing = await db.card.findUnique({
    where: { userId_questionId: { userId, questionId } },
    select: cardSummarySelect,
  });
  if (existing) return toSummary(existing);
  try {
    return toSummary(
      await db.card.create({
        data: { userId, questionId, ...newCardSchedule(now) },
        select: cardSummarySelect,
      }),
    );
  } catch (error) {
    // Another request created it first: theirs is as good as ours.
    if (!isUniqueViolation(error)) throw error;
    const card = await db.card.findUniqueOrThrow({
      where: { userId_questionId: { userId, questionId } },
      select: cardSummarySelect,
    });
    return toSummary(card);
  }
}

/** One of the user's cards by id; someone else's card is as unknown as a missing one (404). */
export async function getCard(options: { userId: string; cardId: string }): Promise<CardSummary> {
  const card = await db.card.findFirst({
    where: { id: options.cardId, userId: options.userId },
    select: cardSummarySelect,
  });
  if (!card) throw new AppError("not_found", "That card does not exist.");
  return toSummary(card);
}

export type IntervalLabels = Record<"again" | "hard" | "good" | "easy", string>;

/** The next interval each flashcard button would give, per question, from the user's cards and settings. */
export async function getIntervalLabels(options: {
  userId: string;
  questionIds: readonly string[];
  now: Date;
}): Promise<Record<string, IntervalLabels>> {
  const { userId, questionIds, now } = options;
  const [cards, { desiredRetention }] = await Promise.all([
    db.card.findMany({ where: { userId, questionId: { in: [...questionIds] } } }),
    getSettings({ userId }),
  ]);
  const byQuestion = new Map(cards.map((card) => [card.questionId, card]));
  const labels: Record<string, IntervalLabels> = {};
  for (const questionId of questionIds) {
    const preview = previewIntervals(byQuestion.get(questionId) ?? newCardSchedule(now), now, {
      desiredRetention,
      enableFuzz: false,
    });
    labels[questionId] = {
      again: preview.again.label,
      hard: preview.hard.label,
      good: preview.good.label,
      easy: preview.easy.label,
    };
  }
  return labels;
}
