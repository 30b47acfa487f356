import "server-only";
import { db } from "@/server/db";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import { addLocalDays, localDateKey, startOfLocalDay } from "@/server/time-zone";
import { getSettings } from "./settings";

export interface DayCount {
  /** YYYY-MM-DD, a calendar day in the user's time zone. */
  date: string;
  count: number;
}

export interface TopicMastery {
  topic: string;
  questions: number;
  studied: number;
  mastered: number;
}

export interface StudyStats {
  /** One entry per day for the last 365 days, oldest first, today last. */
  reviewsPerDay: DayCount[];
  totalReviews: number;
  /** Consecutive days with at least one review, ending today (or yesterday, before today's first review). */
  streak: number;
  /** Share of reviews of cards in Review state over the last 30 days that were not Again; null without any. */
  trueRetention: number | null;
  retentionReviews: number;
  /** Cards falling due on each of the next 30 days, today first (today includes overdue cards). */
  dueForecast: DayCount[];
  mastery: TopicMastery[];
}

const REVIEW = 2;
const AGAIN = 1;
/** A card counts as mastered once FSRS expects it to be remembered for three weeks (Anki's "mature"). */
const MASTERED_STABILITY_DAYS = 21;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Counts dates into `days` consecutive calendar days of `timeZone`, the first being the day `first` falls on;
 * dates before that day fall in the first day, dates after the last are left out.
 */
export function bucketByDay(dates: Date[], first: Date, days: number, timeZone: string): DayCount[] {
  const buckets = Array.from({ length: days }, (_, index) => ({
    date: localDateKey(addLocalDays(first, index, timeZone), timeZone),
    count: 0,
  }));
  const byDate = new Map(buckets.map((bucket) => [bucket.date, bucket]));
  const firstDate = buckets[0]?.date ?? "";
  for (const date of dates) {
    const key = localDateKey(date, timeZone);
    const bucket = key < firstDate ? buckets[0] : byDate.get(key);
    if (bucket) bucket.count++;
  }
  return buckets;
}

/** Days in a row with reviews, counting back from the last day (or the one before, if the last has none yet). */
export function currentStreak(days: DayCount[]): number {
  let index = days.length - 1;
  if (days[index]?.count === 0) index--;
  let streak = 0;
  while (index >= 0 && (days[index]?.count ?? 0) > 0) {
    streak++;
    index--;
  }
  return streak;
}

/** Questions counted in the user's stats: those they may study (visible, not retired). */
const studyable = (userId: string) => ({ retiredAt: null, ...visibleQuestionWhere(userId) });

async function masteryByTopic(userId: string): Promise<TopicMastery[]> {
  const topics = await db.question.groupBy({
    by: ["topic"],
    where: studyable(userId),
    _count: { _all: true },
    orderBy: { topic: "asc" },
  });
  return Promise.all(
    topics.map(async ({ topic, _count }) => {
      const [studied, mastered] = await Promise.all([
        db.card.count({ where: { userId, state: { not: 0 }, question: { topic, ...studyable(userId) } } }),
        db.card.count({
          where: {
            userId,
            state: REVIEW,
            stability: { gte: MASTERED_STABILITY_DAYS },
            question: { topic, ...studyable(userId) },
          },
        }),
      ]);
      return { topic, questions: _count._all, studied, mastered };
    }),
  );
}

/**
 * The user's study statistics. Days are calendar days in the user's time zone, bucketed here, so the queries
 * stay portable (SQLite, PostgreSQL).
 */
export async function getStudyStats(options: { userId: string; now: Date }): Promise<StudyStats> {
  const { userId, now } = options;
  const { timeZone } = await getSettings({ userId });
  const today = startOfLocalDay(now, timeZone);
  const yearStart = addLocalDays(today, -364, timeZone);
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
  const [reviews, retentionReviews, retentionLapses, dueCards, mastery] = await Promise.all([
    db.reviewLog.findMany({
      where: { userId, reviewedAt: { gte: yearStart, lte: now } },
      select: { reviewedAt: true },
    }),
    db.reviewLog.count({
      where: { userId, state: REVIEW, reviewedAt: { gte: monthAgo, lte: now } },
    }),
    db.reviewLog.count({
      where: { userId, state: REVIEW, rating: AGAIN, reviewedAt: { gte: monthAgo, lte: now } },
    }),
    db.card.findMany({
      where: {
        userId,
        state: { not: 0 },
        due: { lt: addLocalDays(today, 30, timeZone) },
        question: studyable(userId),
      },
      select: { due: true },
    }),
    masteryByTopic(userId),
  ]);
  const reviewsPerDay = bucketByDay(
    reviews.map((review) => review.reviewedAt),
    yearStart,
    365,
    timeZone,
  );
  return {
    reviewsPerDay,
    totalReviews: reviews.length,
    streak: currentStreak(reviewsPerDay),
    trueRetention: retentionReviews > 0 ? (retentionReviews - retentionLapses) / retentionReviews : null,
    retentionReviews,
    dueForecast: bucketByDay(
      dueCards.map((card) => card.due),
      today,
      30,
      timeZone,
    ),
    mastery,
  };
}
