import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { forStudentWhere } from "../access";
import type { AnswerContext, AttemptStore, NewAttemptAnswer, SaveOutcome, VersionKey } from "./types";

const answerSelect = {
  questionId: true,
  choice: true,
  correct: true,
  clientId: true,
  answeredAt: true,
} as const;

async function findAnswerContext(options: {
  assignmentId: string;
  userId: string;
  questionId: string;
}): Promise<AnswerContext | null> {
  const { assignmentId, userId, questionId } = options;
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, ...forStudentWhere(userId) },
    select: {
      mode: true,
      questions: { where: { questionId }, select: { version: true } },
      attempts: { where: { userId }, select: { id: true, layout: true } },
    },
  });
  if (!row) return null;
  return { mode: row.mode, version: row.questions[0]?.version ?? null, attempt: row.attempts[0] ?? null };
}

async function findVersionKey(questionId: string, version: number): Promise<VersionKey | null> {
  const select = { answer: true, options: true, explanation: true } as const;
  const stored = await db.questionVersion.findUnique({
    where: { questionId_version: { questionId, version } },
    select,
  });
  return stored ?? (await db.question.findUnique({ where: { id: questionId }, select }));
}

function saveAnswer(input: NewAttemptAnswer): Promise<SaveOutcome> {
  const { attemptId, questionId, choice, correct, clientId, now } = input;
  return db.$transaction(async (tx): Promise<SaveOutcome> => {
    const same = await tx.attemptAnswer.findFirst({ where: { attemptId, clientId }, select: answerSelect });
    if (same) {
      if (same.questionId !== questionId) {
        throw new AppError("conflict", "This answer id was already used for another question.");
      }
      return { kind: "saved", answer: same };
    }
    const state = await tx.attempt.findUnique({
      where: { id: attemptId },
      select: { submittedAt: true, deadlineAt: true },
    });
    if (!state || state.submittedAt) return { kind: "submitted" };
    if (now >= state.deadlineAt) return { kind: "late" };
    const key = { attemptId_questionId: { attemptId, questionId } };
    if (
      input.firstAnswerFinal &&
      (await tx.attemptAnswer.findUnique({ where: key, select: { clientId: true } }))
    ) {
      throw new AppError(
        "conflict",
        "You have already answered this question: in practice your first answer counts.",
      );
    }
    const data = { choice, correct, clientId, answeredAt: now };
    const answer = await tx.attemptAnswer.upsert({
      where: key,
      create: { attemptId, questionId, ...data },
      update: data,
      select: answerSelect,
    });
    return { kind: "saved", answer };
  });
}

const finalise: AttemptStore["finalise"] = ({ attemptId, submittedAt, mark }) =>
  db.$transaction(async (tx) => {
    const answers = await tx.attemptAnswer.findMany({ where: { attemptId }, select: { correct: true } });
    const marks = mark(answers);
    const { count } = await tx.attempt.updateMany({
      where: { id: attemptId, submittedAt: null },
      data: { submittedAt, score: marks.score, correctCount: marks.correct, wrongCount: marks.wrong },
    });
    return count === 1;
  });

/** Through Prisma's interactive transactions: the path on PostgreSQL (and on SQLite with ANSWER_WRITER=prisma). */
export const prismaAttemptStore: AttemptStore = { findAnswerContext, findVersionKey, saveAnswer, finalise };
