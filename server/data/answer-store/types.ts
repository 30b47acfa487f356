import "server-only";
import type { Grade } from "ts-fsrs";
import type { ScheduledReview, SchedulingParams, StudyMode } from "@/server/scheduling";
import type { StudySettings } from "../settings";

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
  /** The question's version the answer was graded against (an assignment's); 1 when left out. */
  questionVersion?: number;
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
  /** What the review now records besides its rating: "I was right" sets correct and overridden. */
  outcome: { correct: boolean; overridden: boolean; response: string | null };
  /** The review's new outcome from the card's earlier reviews (oldest first). Pure. */
  rescore: (history: { rating: number; reviewedAt: Date }[]) => ScheduledReview;
}

/** A question's answer key as stored: aliases and options are JSON arrays. Sources are in article id order. */
export interface QuestionKeyRow {
  id: string;
  answer: string;
  aliases: string;
  options: string;
  explanation: string;
  flashcardBack: string;
  sources: { articleId: string; articleTitle: string; sentence: string }[];
}

/**
 * Everything one answer request reads and writes: the session check, the question's key, the user's settings,
 * and the card with its review log, each change in one transaction.
 */
export interface AnswerStore {
  /** Whether the session with this token still exists (sign-out deletes it) and has not expired at `now`. */
  isSessionActive(token: string, now: Date): Promise<boolean>;
  findQuestionKey(questionId: string): Promise<QuestionKeyRow | null>;
  /** The user's saved study settings, or null before they save any. */
  findSettings(userId: string): Promise<StudySettings | null>;
  /** The review the user recorded under `clientId`, or null. */
  findReview(options: { userId: string; clientId: string }): Promise<StoredReview | null>;
  /**
   * Schedules the user's card for the question (created on the first answer) and appends the review log, in one
   * transaction. A clientId the user already recorded writes nothing and returns that earlier review, whose
   * question may differ from `questionId`.
   */
  recordReview(review: NewReview): Promise<StoredReview>;
  /**
   * Re-rates `review` with `rescore`, records `outcome` on it and re-schedules its card, unless the card has been
   * reviewed since (a 409 AppError).
   */
  overrideReview(override: ReviewOverride): Promise<StoredReview>;
}
