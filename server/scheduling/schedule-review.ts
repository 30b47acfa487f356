import "server-only";
import { fsrs, type Grade, generatorParameters, Rating } from "ts-fsrs";
import {
  type CardSchedule,
  fromFsrsCard,
  fromFsrsReviewLog,
  newCardSchedule,
  type ReviewLogSchedule,
  toFsrsCard,
} from "./card-mapper";

export interface SchedulingParams {
  /** FSRS request_retention, from the user's settings (0.7-0.99). */
  desiredRetention: number;
  /** Off in tests so intervals are deterministic; on in the app, as Anki does. */
  enableFuzz?: boolean;
}

export interface ScheduledReview {
  /** The card after the review. */
  card: CardSchedule;
  /** The card before the review, for the append-only log. */
  before: ReviewLogSchedule;
  rating: Grade;
}

// A scheduler per call: parameters come from the user's settings, and a shared instance would be mutable state.
function schedulerFor(params: SchedulingParams) {
  return fsrs(
    generatorParameters({
      request_retention: params.desiredRetention,
      enable_fuzz: params.enableFuzz ?? true,
    }),
  );
}

/** The next state of a card reviewed with `rating` at `now` (server time). Pure. */
export function scheduleReview(options: {
  card: CardSchedule;
  rating: Grade;
  now: Date;
  params: SchedulingParams;
}): ScheduledReview {
  const { card, log } = schedulerFor(options.params).next(
    toFsrsCard(options.card),
    options.now,
    options.rating,
  );
  return { card: fromFsrsCard(card), before: fromFsrsReviewLog(log), rating: options.rating };
}

/**
 * An answer to `card` (null: the user's first answer to that question) at server time `now`. Reviews of one card
 * stay strictly ordered even when two land in the same millisecond: `reviewedAt` is `now`, or 1 ms after the
 * card's last review when `now` is not later. Pure.
 */
export function scheduleAnswer(options: {
  card: CardSchedule | null;
  rating: Grade;
  now: Date;
  params: SchedulingParams;
}): ScheduledReview & { reviewedAt: Date } {
  const { rating, now, params } = options;
  const card = options.card ?? newCardSchedule(now);
  const reviewedAt =
    card.lastReview && card.lastReview.getTime() >= now.getTime()
      ? new Date(card.lastReview.getTime() + 1)
      : now;
  return { ...scheduleReview({ card, rating, now: reviewedAt, params }), reviewedAt };
}

/** A card as its reviews, oldest first, left it (a new card when there are none). Pure and deterministic. */
export function replayReviews(
  history: readonly { rating: number; reviewedAt: Date }[],
  params: SchedulingParams,
): CardSchedule {
  let card = newCardSchedule(history[0]?.reviewedAt ?? new Date(0));
  for (const review of history) {
    card = scheduleReview({ card, rating: review.rating as Grade, now: review.reviewedAt, params }).card;
  }
  return card;
}

export const GRADES = [
  Rating.Again,
  Rating.Hard,
  Rating.Good,
  Rating.Easy,
] as const satisfies readonly Grade[];

export type IntervalPreview = Record<"again" | "hard" | "good" | "easy", { due: Date; label: string }>;

/** When the card would be due after each button, labelled like Anki's ("10m", "1d", "4d", "1.5mo"). */
export function previewIntervals(card: CardSchedule, now: Date, params: SchedulingParams): IntervalPreview {
  const preview = schedulerFor(params).repeat(toFsrsCard(card), now);
  const entry = (grade: Grade) => {
    const due = preview[grade].card.due;
    return { due, label: formatInterval(due.getTime() - now.getTime()) };
  };
  return {
    again: entry(Rating.Again),
    hard: entry(Rating.Hard),
    good: entry(Rating.Good),
    easy: entry(Rating.Easy),
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function trimmed(value: number): string {
  return value < 10 ? String(Math.round(value * 10) / 10) : String(Math.round(value));
}

/** A duration as Anki shows it on answer buttons. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return "<1m";
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trimmed(days / 30)}mo`;
  return `${trimmed(days / 365)}y`;
}
