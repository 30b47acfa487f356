import "server-only";
import { AppError } from "@/server/errors";
import {
  fromSqliteDate,
  type SqliteConnection,
  sqliteConnection,
  toSqliteDate,
  writeTransaction,
} from "@/server/sqlite-writer";
import type { AttemptWriter, NewAttemptAnswer, SaveOutcome, StoredAttemptAnswer } from "./types";

// Tables and columns are the @@map and @map names of prisma/schema.prisma; dates as Prisma stores them.

interface AnswerRow {
  question_id: string;
  choice: string;
  correct: number;
  client_id: string;
  answered_at: string;
}

function prepare(connection: SqliteConnection) {
  return {
    answerByClientId: connection.prepare<[string, string], AnswerRow>(
      `SELECT question_id, choice, correct, client_id, answered_at FROM attempt_answers
       WHERE attempt_id = ? AND client_id = ?`,
    ),
    attemptState: connection.prepare<[string], { submitted_at: string | null; deadline_at: string }>(
      "SELECT submitted_at, deadline_at FROM attempts WHERE id = ?",
    ),
    answered: connection
      .prepare<[string, string], number>(
        "SELECT 1 FROM attempt_answers WHERE attempt_id = ? AND question_id = ?",
      )
      .pluck(),
    upsertAnswer: connection.prepare<{
      attemptId: string;
      questionId: string;
      choice: string;
      correct: number;
      clientId: string;
      answeredAt: string;
    }>(
      `INSERT INTO attempt_answers (attempt_id, question_id, choice, correct, client_id, answered_at)
       VALUES (@attemptId, @questionId, @choice, @correct, @clientId, @answeredAt)
       ON CONFLICT (attempt_id, question_id) DO UPDATE SET choice = excluded.choice, correct = excluded.correct,
         client_id = excluded.client_id, answered_at = excluded.answered_at`,
    ),
    corrects: connection
      .prepare<[string], number>("SELECT correct FROM attempt_answers WHERE attempt_id = ?")
      .pluck(),
    finalise: connection.prepare<{
      id: string;
      submittedAt: string;
      score: number;
      correct: number;
      wrong: number;
    }>(
      `UPDATE attempts SET submitted_at = @submittedAt, score = @score, correct_count = @correct,
         wrong_count = @wrong WHERE id = @id AND submitted_at IS NULL`,
    ),
  };
}

let prepared: ReturnType<typeof prepare> | null = null;
const statements = () => (prepared ??= prepare(sqliteConnection()));

function toStored(row: AnswerRow): StoredAttemptAnswer {
  return {
    questionId: row.question_id,
    choice: row.choice,
    correct: row.correct === 1,
    clientId: row.client_id,
    answeredAt: fromSqliteDate(row.answered_at),
  };
}

function saveAnswer(input: NewAttemptAnswer): Promise<SaveOutcome> {
  const sql = statements();
  return writeTransaction((): SaveOutcome => {
    const same = sql.answerByClientId.get(input.attemptId, input.clientId);
    if (same) {
      if (same.question_id !== input.questionId) {
        throw new AppError("conflict", "This answer id was already used for another question.");
      }
      return { kind: "saved", answer: toStored(same) };
    }
    const state = sql.attemptState.get(input.attemptId);
    if (!state || state.submitted_at !== null) return { kind: "submitted" };
    if (input.now >= fromSqliteDate(state.deadline_at)) return { kind: "late" };
    if (input.firstAnswerFinal && sql.answered.get(input.attemptId, input.questionId) !== undefined) {
      throw new AppError(
        "conflict",
        "You have already answered this question: in practice your first answer counts.",
      );
    }
    sql.upsertAnswer.run({
      attemptId: input.attemptId,
      questionId: input.questionId,
      choice: input.choice,
      correct: input.correct ? 1 : 0,
      clientId: input.clientId,
      answeredAt: toSqliteDate(input.now),
    });
    const { questionId, choice, correct, clientId, now } = input;
    return { kind: "saved", answer: { questionId, choice, correct, clientId, answeredAt: now } };
  });
}

const finalise: AttemptWriter["finalise"] = ({ attemptId, submittedAt, mark }) => {
  const sql = statements();
  return writeTransaction((): boolean => {
    const marks = mark(sql.corrects.all(attemptId).map((correct) => ({ correct: correct === 1 })));
    const { changes } = sql.finalise.run({
      id: attemptId,
      submittedAt: toSqliteDate(submittedAt),
      score: marks.score,
      correct: marks.correct,
      wrong: marks.wrong,
    });
    return changes === 1;
  });
};

/**
 * Through the SQLite writer connection: each write one synchronous transaction of prepared statements, holding
 * the write lock for microseconds and never across an await (as server/data/answer-store/sqlite.ts).
 */
export const sqliteAttemptWriter: AttemptWriter = { saveAnswer, finalise };
