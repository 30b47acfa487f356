import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { visibleArticleWhere } from "@/server/permissions/visibility";
import { attemptSelect, gradeAttempt, loadAssignedQuestions } from "./graded-attempts";
import type { AttemptMarks } from "./score";

// A student's own result of an assignment. The answers are shown only once allowed: after the attempt is over
// (submitted, or its deadline passed) for practice and for a test revealed on submission, and only after the due
// time as well for a test revealed then. Until then the review carries no question content at all, so no
// correct answer can reach the page.

export interface ReviewAssignment {
  id: string;
  title: string;
  mode: string;
  reveal: string;
  dueAt: string;
  /** Marks taken off per wrong answer. */
  negativeMark: number;
}

export interface ReviewQuestion {
  questionId: string;
  position: number;
  prompt: string;
  /** The option the student chose; null where unanswered. */
  choice: string | null;
  answer: string;
  correct: boolean;
  explanation: string;
  /** Where the fact comes from; articleId is null when the student may not open that article. */
  sources: { articleId: string | null; articleTitle: string }[];
}

export type AttemptReview =
  | { state: "not_started"; assignment: ReviewAssignment }
  | { state: "in_progress"; assignment: ReviewAssignment }
  /** Finished, but a test revealed at the due time: the answers come at `revealAt`. */
  | { state: "waiting"; assignment: ReviewAssignment; revealAt: string; finishedAt: string }
  | {
      state: "ready";
      assignment: ReviewAssignment;
      finishedAt: string;
      expired: boolean;
      timeTakenSec: number;
      marks: AttemptMarks;
      /** Mean score of every finished attempt of the assignment, two decimals. */
      classAverage: { score: number; attempts: number };
      questions: ReviewQuestion[];
    };

/**
 * The review of `userId`'s attempt at an assignment given to one of their classes (or which they attempted);
 * 404 otherwise. `now` defaults to the server's clock: the reveal compares stored times, never a page's timer.
 */
export async function getAttemptReview(
  userId: string,
  assignmentId: string,
  now: Date = new Date(),
): Promise<AttemptReview> {
  const assignment = await db.assignment.findFirst({
    where: {
      id: assignmentId,
      OR: [
        { classes: { some: { class: { members: { some: { userId } } } } } },
        { attempts: { some: { userId } } },
      ],
    },
    select: {
      id: true,
      title: true,
      mode: true,
      reveal: true,
      dueAt: true,
      negativeMark: true,
      attempts: { where: { userId }, select: attemptSelect },
    },
  });
  if (!assignment) throw new AppError("not_found", "There is no such assignment.");
  const summary: ReviewAssignment = {
    id: assignment.id,
    title: assignment.title,
    mode: assignment.mode,
    reveal: assignment.reveal,
    dueAt: assignment.dueAt.toISOString(),
    negativeMark: assignment.negativeMark,
  };
  const own = assignment.attempts[0];
  // The attempt's state needs no question: nothing of the content is read before the answers may be shown.
  const { state, finishedAt, expired } = gradeAttempt(own, [], assignment.negativeMark, now);
  if (state !== "finished" || !finishedAt) {
    return { state: state === "not_started" ? "not_started" : "in_progress", assignment: summary };
  }
  const revealedAtDue = assignment.mode === "test" && assignment.reveal === "due";
  if (revealedAtDue && now.getTime() < assignment.dueAt.getTime()) {
    return {
      state: "waiting",
      assignment: summary,
      revealAt: summary.dueAt,
      finishedAt: finishedAt.toISOString(),
    };
  }

  const [questions, everyone] = await Promise.all([
    loadAssignedQuestions(assignment.id),
    db.attempt.findMany({ where: { assignmentId: assignment.id }, select: attemptSelect }),
  ]);
  const graded = gradeAttempt(own, questions, assignment.negativeMark, now);
  if (!graded.marks) throw new AppError("internal", "A finished attempt has no marks.");
  const scores = everyone.flatMap(
    (attempt) => gradeAttempt(attempt, questions, assignment.negativeMark, now).marks?.score ?? [],
  );
  const articleIds = [...new Set(questions.flatMap((question) => question.sources.map((s) => s.articleId)))];
  const openable = new Set(
    (
      await db.article.findMany({
        where: { id: { in: articleIds }, ...visibleArticleWhere(userId) },
        select: { id: true },
      })
    ).map((article) => article.id),
  );
  return {
    state: "ready",
    assignment: summary,
    finishedAt: finishedAt.toISOString(),
    expired,
    timeTakenSec: graded.timeTakenSec ?? 0,
    marks: graded.marks,
    classAverage: {
      score: Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100,
      attempts: scores.length,
    },
    questions: questions.map((question, index) => {
      const choice = graded.choices[index] ?? null;
      return {
        questionId: question.questionId,
        position: question.position,
        prompt: question.prompt,
        choice,
        answer: question.answer,
        correct: choice === question.answer,
        explanation: question.explanation,
        sources: question.sources.map((source) => ({
          articleId: openable.has(source.articleId) ? source.articleId : null,
          articleTitle: source.articleTitle,
        })),
      };
    }),
  };
}
