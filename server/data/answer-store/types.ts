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
  /** The question's version the answer was given to, and graded against. */
  questionVersion: number;
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
  questionVersion: number;
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
  /** The current version. */
  version: number;
  answer: string;
  aliases: string;
  options: string;
  explanation: string;
  flashcardBack: string;
  sources: { articleId: string; articleTitle: string; sentence: string }[];
}

/** One version's answer key as QuestionVersion stores it. */
export interface QuestionVersionRow {
  answer: string;
  aliases: string;
  options: string;
  explanation: string;
}

/**
 * Everything one answer request reads and writes: the session check, the question's key, the user's settings,
 * and the card with its review log, each change in one transaction.
 */
export interface AnswerStore {
  /**
   * The role of the user of the session with this token, read now (an admin's change applies at once), or null
   * when the session no longer exists (sign-out deletes it) or has expired at `now`.
   */
  activeSessionRole(token: string, now: Date): Promise<string | null>;
  /** The key of a question the user may see (server/permissions/visibility.ts); null for any other. */
  findQuestionKey(questionId: string, userId: string): Promise<QuestionKeyRow | null>;
  /** An earlier version's content (QuestionVersion), or null when the question never had that version. */
  findQuestionVersion(questionId: string, version: number): Promise<QuestionVersionRow | null>;
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
