import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/server/errors";
import { type CardSchedule, type StudyMode, scheduleAnswer } from "@/server/scheduling";
import { isSqliteUniqueViolation } from "@/server/sqlite-lock";
import {
  fromSqliteDate,
  type SqliteConnection,
  sqliteConnection,
  toSqliteDate,
  writeTransaction,
} from "@/server/sqlite-writer";
import type { StudySettings } from "../settings";
import type { AnswerStore, NewReview, QuestionKeyRow, ReviewOverride, StoredReview } from "./types";

// Tables and columns are the @@map and @map names of prisma/schema.prisma; dates are stored as Prisma stores them
// (toSqliteDate), booleans as 0/1, ids are ours to make (Prisma's @default(cuid()) runs in Prisma's client).

interface CardRow {
  id: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
  version: number;
}

interface ReviewRow {
  id: string;
  card_id: string;
  question_id: string;
  client_id: string;
  mode: string;
  rating: number;
  correct: number;
  overridden: number;
  response: string | null;
  duration_ms: number | null;
  reviewed_at: string;
  next_due: string;
}

type CardParams = Record<keyof CardSchedule, string | number | null>;

const CARD_COLUMNS =
  "id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, version";
const SCHEDULE_VALUES =
  "@due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state, @lastReview";

function prepare(connection: SqliteConnection) {
  return {
    sessionExpiry: connection
      .prepare<[string], string>("SELECT expires_at FROM sessions WHERE token = ?")
      .pluck(),
    questionKey: connection.prepare<[string], Omit<QuestionKeyRow, "sources">>(
      `SELECT id, answer, aliases, options, explanation, flashcard_back AS flashcardBack
       FROM questions WHERE id = ?`,
    ),
    questionSources: connection.prepare<[string], QuestionKeyRow["sources"][number]>(
      `SELECT s.article_id AS articleId, a.title AS articleTitle, s.sentence
       FROM question_sources s JOIN articles a ON a.id = s.article_id
       WHERE s.question_id = ? ORDER BY s.article_id`,
    ),
    settings: connection.prepare<[string], StudySettings>(
      `SELECT desired_retention AS desiredRetention, new_cards_per_day AS newCardsPerDay, time_zone AS timeZone
       FROM user_settings WHERE user_id = ?`,
    ),
    card: connection.prepare<[string, string], CardRow>(
      `SELECT ${CARD_COLUMNS} FROM cards WHERE user_id = ? AND question_id = ?`,
    ),
    cardById: connection.prepare<[string, string], CardRow>(
      `SELECT ${CARD_COLUMNS} FROM cards WHERE id = ? AND user_id = ?`,
    ),
    insertCard: connection.prepare<CardParams & { id: string; userId: string; questionId: string }>(
      `INSERT INTO cards (id, user_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days,
         learning_steps, reps, lapses, state, last_review, version)
       VALUES (@id, @userId, @questionId, ${SCHEDULE_VALUES}, 1)`,
    ),
    updateCard: connection.prepare<CardParams & { id: string; userId: string; version: number }>(
      `UPDATE cards SET due = @due, stability = @stability, difficulty = @difficulty, elapsed_days = @elapsedDays,
         scheduled_days = @scheduledDays, learning_steps = @learningSteps, reps = @reps, lapses = @lapses,
         state = @state, last_review = @lastReview, version = version + 1
       WHERE id = @id AND user_id = @userId AND version = @version`,
    ),
    insertReview: connection.prepare(
      `INSERT INTO review_logs (id, user_id, card_id, client_id, mode, rating, correct, overridden, response,
         duration_ms, reviewed_at, question_version, state, due, stability, difficulty, elapsed_days,
         scheduled_days, next_due)
       VALUES (@id, @userId, @cardId, @clientId, @mode, @rating, @correct, 0, @response,
         @durationMs, @reviewedAt, @questionVersion, @state, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @nextDue)`,
    ),
    review: connection.prepare<[string, string], ReviewRow>(
      `SELECT r.id, r.card_id, c.question_id, r.client_id, r.mode, r.rating, r.correct, r.overridden, r.response,
         r.duration_ms, r.reviewed_at, r.next_due
       FROM review_logs r JOIN cards c ON c.id = r.card_id
       WHERE r.user_id = ? AND r.client_id = ?`,
    ),
    reviewsAfter: connection
      .prepare<[string, string, string], number>(
        "SELECT COUNT(*) FROM review_logs WHERE card_id = ? AND user_id = ? AND reviewed_at > ?",
      )
      .pluck(),
    reviewsBefore: connection.prepare<[string, string, string], { rating: number; reviewed_at: string }>(
      `SELECT rating, reviewed_at FROM review_logs WHERE card_id = ? AND user_id = ? AND reviewed_at < ?
       ORDER BY reviewed_at ASC`,
    ),
    overrideReview: connection.prepare<{
      id: string;
      rating: number;
      correct: number;
      overridden: number;
      response: string | null;
      nextDue: string;
    }>(
      `UPDATE review_logs SET rating = @rating, correct = @correct, overridden = @overridden, response = @response,
         next_due = @nextDue WHERE id = @id`,
    ),
  };
}

let prepared: ReturnType<typeof prepare> | null = null;
/** The statements, prepared once on the writer connection. */
const statements = () => (prepared ??= prepare(sqliteConnection()));

function toSchedule(row: CardRow): CardSchedule {
  return {
    due: fromSqliteDate(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.last_review === null ? null : fromSqliteDate(row.last_review),
  };
}

function scheduleParams(card: CardSchedule): CardParams {
  return {
    ...card,
    due: toSqliteDate(card.due),
    lastReview: card.lastReview ? toSqliteDate(card.lastReview) : null,
  };
}

function toStored(row: ReviewRow): StoredReview {
  return {
    id: row.id,
    cardId: row.card_id,
    questionId: row.question_id,
    clientId: row.client_id,
    mode: row.mode as StudyMode,
    rating: row.rating,
    correct: row.correct === 1,
    overridden: row.overridden === 1,
    response: row.response,
    durationMs: row.duration_ms,
    reviewedAt: fromSqliteDate(row.reviewed_at),
    nextDue: fromSqliteDate(row.next_due),
  };
}

function readReview(userId: string, clientId: string): StoredReview | null {
  const row = statements().review.get(userId, clientId);
  return row ? toStored(row) : null;
}

/** An update matched no row although the transaction held the write lock since it read the card: a bug. */
function cardChanged(): Error {
  return new Error("The card changed inside its own write transaction.");
}

async function isSessionActive(token: string, now: Date): Promise<boolean> {
  const expiresAt = statements().sessionExpiry.get(token);
  return expiresAt !== undefined && fromSqliteDate(expiresAt) > now;
}

async function findQuestionKey(questionId: string): Promise<QuestionKeyRow | null> {
  const sql = statements();
  const row = sql.questionKey.get(questionId);
  return row ? { ...row, sources: sql.questionSources.all(questionId) } : null;
}

async function findSettings(userId: string): Promise<StudySettings | null> {
  return statements().settings.get(userId) ?? null;
}

async function findReview({
  userId,
  clientId,
}: {
  userId: string;
  clientId: string;
}): Promise<StoredReview | null> {
  return readReview(userId, clientId);
}

async function recordReview(input: NewReview): Promise<StoredReview> {
  const { userId, questionId, clientId } = input;
  const sql = statements();
  try {
    // Synchronous from the card read to the log insert: nothing else in this process runs in between, and the
    // IMMEDIATE lock keeps other processes out, so the version check below cannot fail and needs no retry.
    return await writeTransaction((): StoredReview => {
      const row = sql.card.get(userId, questionId);
      const scheduled = scheduleAnswer({
        card: row ? toSchedule(row) : null,
        rating: input.rating,
        now: input.now,
        params: input.params,
      });
      const card = scheduleParams(scheduled.card);
      const cardId = row?.id ?? randomUUID();
      if (row) {
        const { changes } = sql.updateCard.run({ ...card, id: row.id, userId, version: row.version });
        if (changes !== 1) throw cardChanged();
      } else {
        // A first answer creates the card already scheduled.
        sql.insertCard.run({ ...card, id: cardId, userId, questionId });
      }
      const id = randomUUID();
      sql.insertReview.run({
        id,
        userId,
        cardId,
        clientId,
        mode: input.mode,
        rating: scheduled.rating,
        correct: input.correct ? 1 : 0,
        response: input.response,
        durationMs: input.durationMs,
        reviewedAt: toSqliteDate(scheduled.reviewedAt),
        questionVersion: input.questionVersion ?? 1,
        ...scheduled.before,
        due: toSqliteDate(scheduled.before.due),
        nextDue: card.due,
      });
      return {
        id,
        cardId,
        questionId,
        clientId,
        mode: input.mode,
        rating: scheduled.rating,
        correct: input.correct,
        overridden: false,
        response: input.response,
        durationMs: input.durationMs,
        reviewedAt: scheduled.reviewedAt,
        nextDue: scheduled.card.due,
      };
    });
  } catch (error) {
    // The unique (user, clientId) index rejected a repeat and the transaction rolled back: the first answer stands.
    if (!isSqliteUniqueViolation(error)) throw error;
    const earlier = readReview(userId, clientId);
    if (!earlier) throw error;
    return earlier;
  }
}

async function overrideReview({ userId, review, outcome, rescore }: ReviewOverride): Promise<StoredReview> {
  const sql = statements();
  return writeTransaction((): StoredReview => {
    const card = sql.cardById.get(review.cardId, userId);
    if (!card) throw new AppError("not_found", "That answer does not exist.");
    const reviewedAt = toSqliteDate(review.reviewedAt);
    if ((sql.reviewsAfter.get(card.id, userId, reviewedAt) ?? 0) > 0) {
      throw new AppError(
        "conflict",
        "You have reviewed this card again since, so this answer can no longer change.",
      );
    }
    const history = sql.reviewsBefore
      .all(card.id, userId, reviewedAt)
      .map((row) => ({ rating: row.rating, reviewedAt: fromSqliteDate(row.reviewed_at) }));
    const scheduled = rescore(history);
    const { changes } = sql.updateCard.run({
      ...scheduleParams(scheduled.card),
      id: card.id,
      userId,
      version: card.version,
    });
    if (changes !== 1) throw cardChanged();
    sql.overrideReview.run({
      id: review.id,
      rating: scheduled.rating,
      correct: outcome.correct ? 1 : 0,
      overridden: outcome.overridden ? 1 : 0,
      response: outcome.response,
      nextDue: toSqliteDate(scheduled.card.due),
    });
    return { ...review, ...outcome, rating: scheduled.rating, nextDue: scheduled.card.due };
  });
}

/**
 * Answers through the SQLite writer connection: every read is one prepared statement and each answer one
 * synchronous transaction of them (microseconds each, against 0.5 to 1 ms per Prisma query), never waiting
 * behind Prisma's transaction mutex.
 */
export const sqliteAnswerStore: AnswerStore = {
  isSessionActive,
  findQuestionKey,
  findSettings,
  findReview,
  recordReview,
  overrideReview,
};
