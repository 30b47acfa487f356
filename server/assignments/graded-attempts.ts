import "server-only";
import { parseStringList } from "@/server/data/study-questions";
import { db } from "@/server/db";
import { type AttemptMarks, markAttempt } from "./score";

// What results (teacher) and the review (student) share: an assignment's questions as the version it fixed, and
// each attempt's state and marks computed on read. An attempt whose deadline has passed without a submission
// counts as submitted with what it saved; nothing is written when that happens (no timer, no write on read).

/** A question as the assignment gives it: the content of the version fixed in AssignmentQuestion. */
export interface AssignedQuestion {
  questionId: string;
  /** 1-based, in the assignment's order. */
  position: number;
  version: number;
  topic: string;
  prompt: string;
  answer: string;
  options: string[];
  explanation: string;
  sources: { articleId: string; articleTitle: string }[];
}

export type AttemptState = "not_started" | "in_progress" | "finished";

export interface AttemptRow {
  userId: string;
  startedAt: Date;
  deadlineAt: Date;
  submittedAt: Date | null;
  answers: { questionId: string; choice: string }[];
}

export interface GradedAttempt {
  state: AttemptState;
  startedAt: Date | null;
  /** When it was submitted, or its deadline when that passed first; null while in progress. */
  finishedAt: Date | null;
  /** Finished by its deadline passing, not by the student. */
  expired: boolean;
  timeTakenSec: number | null;
  /** The chosen option per question, in the assignment's order; null where unanswered. */
  choices: (string | null)[];
  /** null until finished: scores count only once an attempt is over. */
  marks: AttemptMarks | null;
}

/**
 * The assignment's questions in order, each with the content of its fixed version: the QuestionVersion row when
 * there is one, otherwise the question's current content (a question never edited has no version rows, and an
 * edited one has a row for every version, the first included).
 */
export async function loadAssignedQuestions(assignmentId: string): Promise<AssignedQuestion[]> {
  const rows = await db.assignmentQuestion.findMany({
    where: { assignmentId },
    orderBy: { position: "asc" },
    select: {
      version: true,
      question: {
        select: {
          id: true,
          topic: true,
          prompt: true,
          answer: true,
          options: true,
          explanation: true,
          sources: {
            select: { article: { select: { id: true, title: true } } },
            orderBy: { article: { publishedOn: "asc" } },
          },
        },
      },
    },
  });
  const versions = await db.questionVersion.findMany({
    where: { OR: rows.map((row) => ({ questionId: row.question.id, version: row.version })) },
  });
  const versionOf = new Map(versions.map((version) => [`${version.questionId}:${version.version}`, version]));
  return rows.map((row, index) => {
    const content = versionOf.get(`${row.question.id}:${row.version}`) ?? row.question;
    return {
      questionId: row.question.id,
      position: index + 1,
      version: row.version,
      topic: row.question.topic,
      prompt: content.prompt,
      answer: content.answer,
      options: parseStringList(content.options),
      explanation: content.explanation,
      sources: row.question.sources.map((source) => ({
        articleId: source.article.id,
        articleTitle: source.article.title,
      })),
    };
  });
}

/**
 * One attempt (or its absence) read at `now`: its state, its choices in the assignment's order and, once
 * finished, its marks through markAttempt. An answer is right when it is the fixed version's answer, so a later
 * edit of the question never changes a grade.
 */
export function gradeAttempt(
  attempt: AttemptRow | null | undefined,
  questions: readonly AssignedQuestion[],
  negativeMark: number,
  now: Date,
): GradedAttempt {
  if (!attempt) {
    return {
      state: "not_started",
      startedAt: null,
      finishedAt: null,
      expired: false,
      timeTakenSec: null,
      choices: questions.map(() => null),
      marks: null,
    };
  }
  const chosen = new Map(attempt.answers.map((answer) => [answer.questionId, answer.choice]));
  const choices = questions.map((question) => chosen.get(question.questionId) ?? null);
  const expired = attempt.submittedAt === null && attempt.deadlineAt.getTime() <= now.getTime();
  const finishedAt = attempt.submittedAt ?? (expired ? attempt.deadlineAt : null);
  if (!finishedAt) {
    return {
      state: "in_progress",
      startedAt: attempt.startedAt,
      finishedAt: null,
      expired: false,
      timeTakenSec: null,
      choices,
      marks: null,
    };
  }
  const answered = questions.flatMap((question, index) => {
    const choice = choices[index];
    return choice === null || choice === undefined ? [] : [{ correct: choice === question.answer }];
  });
  return {
    state: "finished",
    startedAt: attempt.startedAt,
    finishedAt,
    expired,
    timeTakenSec: Math.max(0, Math.round((finishedAt.getTime() - attempt.startedAt.getTime()) / 1000)),
    choices,
    marks: markAttempt(answered, questions.length, negativeMark),
  };
}

/** The select for attempts that gradeAttempt reads. */
export const attemptSelect = {
  userId: true,
  startedAt: true,
  deadlineAt: true,
  submittedAt: true,
  answers: { select: { questionId: true, choice: true } },
} as const;
