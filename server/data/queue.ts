import "server-only";
import { apartFromCues } from "@/questions/apart";
import { db } from "@/server/db";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import { startOfLocalDay } from "@/server/time-zone";
import { getSetQuestionIds } from "./sets";
import { getSettings } from "./settings";
import { parseStringList } from "./study-questions";

export interface QueueItem {
  questionId: string;
  /** "review": a card that is due; "new": a question this user has not studied yet. */
  kind: "review" | "new";
  /** ISO date the card was due; null for a new question. */
  due: string | null;
}

export interface TodayQueue {
  items: QueueItem[];
  /** New questions the user may still start today (daily limit minus those started today). */
  newLeftToday: number;
}

const NEW = 0;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Questions the user may study now: visible to them (server/permissions/visibility.ts) and not retired. A card of a
 * question the user no longer sees (unpublished, or a class they left) waits, with its history, until they do.
 */
const studyable = (userId: string) => ({ retiredAt: null, ...visibleQuestionWhere(userId) });

/**
 * How many new questions the user has started since midnight in their time zone: reviews of cards that were New
 * before them.
 */
async function newStartedToday(userId: string, now: Date, timeZone: string): Promise<number> {
  return db.reviewLog.count({
    where: { userId, state: NEW, reviewedAt: { gte: startOfLocalDay(now, timeZone), lte: now } },
  });
}

/**
 * Today's review queue across all sets: due cards first (most overdue first), then new questions (no card
 * for this user yet, or a card never reviewed), newest first, up to the daily new-card limit less those
 * started today.
 * Reads at most `limit` due cards through the (user_id, due) index; never loads the user's whole deck.
 */
export async function getTodayQueue(options: {
  userId: string;
  now: Date;
  limit: number;
}): Promise<TodayQueue> {
  const { userId, now, limit } = options;
  const settings = await getSettings({ userId });
  const [dueCards, startedToday] = await Promise.all([
    db.card.findMany({
      where: { userId, due: { lte: now }, state: { not: NEW }, question: studyable(userId) },
      orderBy: { due: "asc" },
      take: limit,
      select: { questionId: true, due: true },
    }),
    newStartedToday(userId, now, settings.timeZone),
  ]);
  const newLeftToday = Math.max(0, settings.newCardsPerDay - startedToday);
  const room = Math.min(newLeftToday, limit - dueCards.length);
  const newQuestions =
    room > 0
      ? await db.question.findMany({
          where: { ...studyable(userId), cards: { none: { userId, state: { not: NEW } } } },
          // Newest questions first: fresh news matters most, and cuid ids sort by creation time, so this walks
          // the primary key from the end and stops as soon as it has enough (the usual case: new = just added).
          orderBy: { id: "desc" },
          take: room,
          select: { id: true },
        })
      : [];
  return {
    items: [
      ...dueCards.map((card) => ({
        questionId: card.questionId,
        kind: "review" as const,
        due: card.due.toISOString(),
      })),
      ...newQuestions.map((question) => ({ questionId: question.id, kind: "new" as const, due: null })),
    ],
    newLeftToday,
  };
}

/** How many of the user's cards are due now (new questions not included). */
export async function countDue(options: { userId: string; now: Date }): Promise<number> {
  const { userId, now } = options;
  return db.card.count({
    where: { userId, due: { lte: now }, state: { not: NEW }, question: studyable(userId) },
  });
}

/** How many new questions the user can start today: the smaller of what is left of the limit and what exists. */
export async function countNewToday(options: { userId: string; now: Date }): Promise<number> {
  const { userId, now } = options;
  const settings = await getSettings({ userId });
  const startedToday = await newStartedToday(userId, now, settings.timeZone);
  const left = Math.max(0, settings.newCardsPerDay - startedToday);
  if (left === 0) return 0;
  const available = await db.question.findMany({
    where: { ...studyable(userId), cards: { none: { userId, state: { not: NEW } } } },
    take: left,
    select: { id: true },
  });
  return available.length;
}

export interface UpcomingCard {
  questionId: string;
  prompt: string;
  topic: string;
  /** ISO time the card falls due. */
  due: string;
}

/**
 * Cards studied already that fall due again within the next 24 hours (learning steps of a few minutes, cards
 * rated Again): what Today shows under "Coming up", each with its due time. Index (user_id, due).
 */
export async function getComingUp(options: {
  userId: string;
  now: Date;
  limit: number;
}): Promise<UpcomingCard[]> {
  const { userId, now, limit } = options;
  const cards = await db.card.findMany({
    where: {
      userId,
      state: { not: NEW },
      due: { gt: now, lte: new Date(now.getTime() + DAY_MS) },
      question: studyable(userId),
    },
    orderBy: { due: "asc" },
    take: limit,
    select: { questionId: true, due: true, question: { select: { prompt: true, topic: true } } },
  });
  return cards.map((card) => ({
    questionId: card.questionId,
    prompt: card.question.prompt,
    topic: card.question.topic,
    due: card.due.toISOString(),
  }));
}

/** When the user's next card falls due after `now` (ISO), or null when nothing is scheduled. */
export async function nextDueAt(options: { userId: string; now: Date }): Promise<string | null> {
  const { userId, now } = options;
  const card = await db.card.findFirst({
    where: { userId, due: { gt: now }, state: { not: NEW }, question: studyable(userId) },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return card?.due.toISOString() ?? null;
}

/**
 * The questions of a set in study order for this user: due cards first, then unseen questions, then the rest
 * by due date, at most `limit`.
 */
export async function orderSetQuestions(options: {
  userId: string;
  questionIds: readonly string[];
  now: Date;
  limit: number;
}): Promise<string[]> {
  const { userId, questionIds, now, limit } = options;
  const cards = await db.card.findMany({
    where: { userId, questionId: { in: [...questionIds] } },
    select: { questionId: true, due: true, state: true },
  });
  const byQuestion = new Map(cards.map((card) => [card.questionId, card]));
  const rank = (id: string): [number, number] => {
    const card = byQuestion.get(id);
    if (!card || card.state === NEW) return [1, 0];
    return card.due.getTime() <= now.getTime() ? [0, card.due.getTime()] : [2, card.due.getTime()];
  };
  return [...questionIds]
    .map((id, index) => ({ id, index, rank: rank(id) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.id);
}

/**
 * The questions to study now: a set's questions in study order when `setId` is given, otherwise Today's queue.
 * null when the set does not exist.
 */
export async function getStudyQuestionIds(options: {
  userId: string;
  setId?: string;
  now: Date;
  limit: number;
}): Promise<string[] | null> {
  const { userId, setId, now, limit } = options;
  // Twice as many as asked for: those that would give away an answer still to come wait for a later session.
  const wanted = limit * 2;
  if (!setId) {
    const queue = await getTodayQueue({ userId, now, limit: wanted });
    return withoutGiveaways(
      queue.items.map((item) => item.questionId),
      limit,
    );
  }
  const questionIds = await getSetQuestionIds({ setId, userId });
  if (!questionIds) return null;
  return withoutGiveaways(await orderSetQuestions({ userId, questionIds, now, limit: wanted }), limit);
}

/**
 * The session's questions in an order in which none prints the answer of one still to come (questions/apart.ts),
 * at most `limit`: the ids keep their urgency order otherwise.
 */
async function withoutGiveaways(questionIds: string[], limit: number): Promise<string[]> {
  if (questionIds.length <= 1) return questionIds.slice(0, limit);
  const rows = await db.question.findMany({
    where: { id: { in: questionIds } },
    select: { id: true, prompt: true, answer: true, aliases: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = questionIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ id, prompt: row.prompt, answer: row.answer, aliases: parseStringList(row.aliases) }] : [];
  });
  return apartFromCues(items, limit).map((item) => item.id);
}
