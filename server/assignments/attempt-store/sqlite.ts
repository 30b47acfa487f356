import "server-only";
import { AppError } from "@/server/errors";
import {
  fromSqliteDate,
  type SqliteConnection,
  sqliteConnection,
  toSqliteDate,
  writeTransaction,
} from "@/server/sqlite-writer";
import type {
  AnswerContext,
  AttemptStore,
  NewAttemptAnswer,
  SaveOutcome,
  StoredAttemptAnswer,
  VersionKey,
} from "./types";

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
    answerContext: connection.prepare<
      { assignmentId: string; userId: string; questionId: string },
      { mode: string; version: number | null; attempt_id: string | null; layout: string | null }
    >(
      `SELECT a.mode, aq.version, t.id AS attempt_id, t.layout
       FROM assignments a
       LEFT JOIN assignment_questions aq ON aq.assignment_id = a.id AND aq.question_id = @questionId
       LEFT JOIN attempts t ON t.assignment_id = a.id AND t.user_id = @userId
       WHERE a.id = @assignmentId AND EXISTS (
         SELECT 1 FROM assignment_classes ac
         JOIN classes c ON c.id = ac.class_id AND c.archived_at IS NULL
         JOIN class_members m ON m.class_id = c.id AND m.user_id = @userId
         WHERE ac.assignment_id = a.id)`,
    ),
    versionKey: connection.prepare<[number, string], VersionKey>(
      `SELECT COALESCE(v.answer, q.answer) AS answer, COALESCE(v.options, q.options) AS options,
         COALESCE(v.explanation, q.explanation) AS explanation
       FROM questions q LEFT JOIN question_versions v ON v.question_id = q.id AND v.version = ?
       WHERE q.id = ?`,
    ),
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

async function findAnswerContext(options: {
  assignmentId: string;
  userId: string;
  questionId: string;
}): Promise<AnswerContext | null> {
  const row = statements().answerContext.get(options);
  if (!row) return null;
  return {
    mode: row.mode,
    version: row.version,
    attempt:
      row.attempt_id !== null && row.layout !== null ? { id: row.attempt_id, layout: row.layout } : null,
  };
}

async function findVersionKey(questionId: string, version: number): Promise<VersionKey | null> {
  return statements().versionKey.get(version, questionId) ?? null;
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

const finalise: AttemptStore["finalise"] = ({ attemptId, submittedAt, mark }) => {
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
 * Through the SQLite writer connection: each read one prepared statement, each write one synchronous transaction
 * of them, holding the write lock for microseconds and never across an await (as server/data/answer-store/sqlite.ts).
 */
export const sqliteAttemptStore: AttemptStore = { findAnswerContext, findVersionKey, saveAnswer, finalise };
