import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { type StudyMode, scheduleAnswer } from "@/server/scheduling";
import { isUniqueViolation } from "../cards";
import type { StudySettings } from "../settings";
import type { AnswerStore, NewReview, QuestionKeyRow, ReviewOverride, StoredReview } from "./types";

// Answers to one card are serialized by the card's version: a writer that lost the race re-reads and retries.
const MAX_ATTEMPTS = 8;

class StaleCardError extends Error {}

const tooBusy = () =>
  new AppError(
    "conflict",
    "This card was being answered somewhere else at the same moment. Please try again.",
  );

const reviewSelect = {
  id: true,
  cardId: true,
  clientId: true,
  mode: true,
  rating: true,
  correct: true,
  overridden: true,
  response: true,
  durationMs: true,
  reviewedAt: true,
  nextDue: true,
  card: { select: { questionId: true } },
} satisfies Prisma.ReviewLogSelect;

function toStored({
  card,
  mode,
  ...review
}: Prisma.ReviewLogGetPayload<{ select: typeof reviewSelect }>): StoredReview {
  return { ...review, mode: mode as StudyMode, questionId: card.questionId };
}

async function isSessionActive(token: string, now: Date): Promise<boolean> {
  return (await db.session.count({ where: { token, expiresAt: { gt: now } } })) > 0;
}

async function findQuestionKey(questionId: string): Promise<QuestionKeyRow | null> {
  const row = await db.question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      answer: true,
      aliases: true,
      options: true,
      explanation: true,
      flashcardBack: true,
      sources: {
        select: { sentence: true, article: { select: { id: true, title: true } } },
        orderBy: { articleId: "asc" },
      },
    },
  });
  if (!row) return null;
  const { sources, ...key } = row;
  return {
    ...key,
    sources: sources.map(({ sentence, article }) => ({
      articleId: article.id,
      articleTitle: article.title,
      sentence,
    })),
  };
}

async function findSettings(userId: string): Promise<StudySettings | null> {
  return db.userSettings.findUnique({
    where: { userId },
    select: { desiredRetention: true, newCardsPerDay: true, timeZone: true },
  });
}

async function findReview({
  userId,
  clientId,
}: {
  userId: string;
  clientId: string;
}): Promise<StoredReview | null> {
  const review = await db.reviewLog.findUnique({
    where: { userId_clientId: { userId, clientId } },
    select: reviewSelect,
  });
  return review && toStored(review);
}

async function recordReview(input: NewReview): Promise<StoredReview> {
  const { userId, questionId, clientId, now } = input;
  // No look-up of the clientId first: the unique (user, clientId) index rejects a repeat inside the
  // transaction, and the catch below returns the first answer's review.
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const existing = await tx.card.findUnique({ where: { userId_questionId: { userId, questionId } } });
        const scheduled = scheduleAnswer({ card: existing, rating: input.rating, now, params: input.params });
        let cardId: string;
        if (existing) {
          const { count } = await tx.card.updateMany({
            where: { id: existing.id, userId, version: existing.version },
            data: { ...scheduled.card, version: { increment: 1 } },
          });
          if (count === 0) throw new StaleCardError();
          cardId = existing.id;
        } else {
          // A first answer creates the card already scheduled: one write instead of create-then-update.
          cardId = (
            await tx.card.create({
              data: { userId, questionId, ...scheduled.card, version: 1 },
              select: { id: true },
            })
          ).id;
        }
        const log = await tx.reviewLog.create({
          data: {
            userId,
            cardId,
            clientId,
            mode: input.mode,
            rating: scheduled.rating,
            correct: input.correct,
            response: input.response,
            durationMs: input.durationMs,
            reviewedAt: scheduled.reviewedAt,
            questionVersion: input.questionVersion ?? 1,
            ...scheduled.before,
            nextDue: scheduled.card.due,
          },
          select: reviewSelect,
        });
        return toStored(log);
      });
    } catch (error) {
      if (error instanceof StaleCardError) continue;
      if (!isUniqueViolation(error)) throw error;
      // Either the same clientId was recorded by a concurrent request (return it), or the card was created
      // concurrently (retry against it).
      const concurrent = await findReview({ userId, clientId });
      if (concurrent) return concurrent;
    }
  }
  throw tooBusy();
}

async function overrideReview({ userId, review, outcome, rescore }: ReviewOverride): Promise<StoredReview> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const card = await tx.card.findFirst({ where: { id: review.cardId, userId } });
        if (!card) throw new AppError("not_found", "That answer does not exist.");
        const later = await tx.reviewLog.count({
          where: { cardId: card.id, userId, reviewedAt: { gt: review.reviewedAt } },
        });
        if (later > 0)
          throw new AppError(
            "conflict",
            "You have reviewed this card again since, so this answer can no longer change.",
          );
        const history = await tx.reviewLog.findMany({
          where: { cardId: card.id, userId, reviewedAt: { lt: review.reviewedAt } },
          orderBy: { reviewedAt: "asc" },
          select: { rating: true, reviewedAt: true },
        });
        const scheduled = rescore(history);
        const { count } = await tx.card.updateMany({
          where: { id: card.id, userId, version: card.version },
          data: { ...scheduled.card, version: { increment: 1 } },
        });
        if (count === 0) throw new StaleCardError();
        const log = await tx.reviewLog.update({
          where: { id: review.id },
          data: { ...outcome, rating: scheduled.rating, nextDue: scheduled.card.due },
          select: reviewSelect,
        });
        return toStored(log);
      });
    } catch (error) {
      if (!(error instanceof StaleCardError)) throw error;
    }
  }
  throw tooBusy();
}

/** Answers through Prisma: the path for PostgreSQL, an interactive transaction with optimistic retries. */
export const prismaAnswerStore: AnswerStore = {
  isSessionActive,
  findQuestionKey,
  findSettings,
  findReview,
  recordReview,
  overrideReview,
};
