import "server-only";
import type { Grade } from "ts-fsrs";
import type { ScheduledReview, SchedulingParams, StudyMode } from "@/server/scheduling";

/** A review log row with its card's question, as both writers return it. */
export interface StoredReview {
  id: string;
  cardId: string;
  /** The question of the review's card. */
  questionId: string;
  clientId: string;
  mode: StudyMode;
  rating: number;
  correct: boolean;
  overridden: boolean;
  response: string | null;
  durationMs: number | null;
  reviewedAt: Date;
  nextDue: Date;
}

export interface NewReview {
  userId: string;
  questionId: string;
  clientId: string;
  mode: StudyMode;
  rating: Grade;
  correct: boolean;
  response: string | null;
  durationMs: number;
  /** Server time. */
  now: Date;
  params: SchedulingParams;
}

export interface ReviewOverride {
  userId: string;
  review: StoredReview;
  /** The review's new outcome from the card's earlier reviews (oldest first). Pure. */
  rescore: (history: { rating: number; reviewedAt: Date }[]) => ScheduledReview;
}

/** Where answers are written: the card and its review log, each change in one transaction. */
export interface AnswerStore {
  /** The review the user recorded under `clientId`, or null. */
  findReview(options: { userId: string; clientId: string }): Promise<StoredReview | null>;
  /**
   * Schedules the user's card for the question (created on the first answer) and appends the review log, in one
   * transaction. A clientId the user already recorded writes nothing and returns that earlier review, whose
   * question may differ from `questionId`.
   */
  recordReview(review: NewReview): Promise<StoredReview>;
  /**
   * Re-rates `review` with `rescore` and re-schedules its card, unless the card has been reviewed since
   * (a 409 AppError).
   */
  overrideReview(override: ReviewOverride): Promise<StoredReview>;
}
