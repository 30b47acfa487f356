import "server-only";
import type { Card as FsrsCard, ReviewLog as FsrsReviewLog, State } from "ts-fsrs";
import type { Card as CardRow, ReviewLog as ReviewLogRow } from "@/prisma/generated/client";

/** The scheduling columns of a Card row: all ts-fsrs needs, nothing about ownership. */
export type CardSchedule = Pick<
  CardRow,
  | "due"
  | "stability"
  | "difficulty"
  | "elapsedDays"
  | "scheduledDays"
  | "learningSteps"
  | "reps"
  | "lapses"
  | "state"
  | "lastReview"
>;

/** The "card before this review" columns of a ReviewLog row, as ts-fsrs's ReviewLog records them. */
export type ReviewLogSchedule = Pick<
  ReviewLogRow,
  "state" | "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays"
>;

const STATES = [0, 1, 2, 3] as const satisfies readonly State[];

function toState(value: number): State {
  const state = STATES.find((s) => s === value);
  if (state === undefined) throw new RangeError(`Unknown card state ${value}`);
  return state;
}

/** A Card row (or its scheduling columns) as a ts-fsrs card. */
export function toFsrsCard(row: CardSchedule): FsrsCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: toState(row.state),
    last_review: row.lastReview ?? undefined,
  } satisfies FsrsCard;
}

/** A ts-fsrs card as the scheduling columns of a Card row. */
export function fromFsrsCard(card: FsrsCard): CardSchedule {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  } satisfies CardSchedule;
}

/** The pre-review card state a ts-fsrs review log carries, as ReviewLog row columns. */
export function fromFsrsReviewLog(log: FsrsReviewLog): ReviewLogSchedule {
  return {
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    scheduledDays: log.scheduled_days,
  } satisfies ReviewLogSchedule;
}

/** A fresh, never-reviewed card due now. */
export function newCardSchedule(now: Date): CardSchedule {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
  } satisfies CardSchedule;
}
