import "server-only";
import { type Grade, Rating } from "ts-fsrs";
import { Prisma } from "@/prisma/generated/client";
import { answerStore } from "@/server/data/answer-store";
import { getSettings } from "@/server/data/settings";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { ratingForOutcome } from "@/server/scheduling";
import { forStudentWhere } from "./access";
import { attemptStore } from "./attempt-store";
import { type AttemptLayout, buildLayout, parseLayout } from "./layout";
import { contentAtVersions, parseStrings, type VersionContent } from "./question-versions";
import { markAttempt } from "./score";

// A student's side of assignments: the inbox, starting, answering and submitting. Deadlines live in the database
// (Attempt.deadlineAt, fixed at start) and are checked against the server's clock on every write; no timer runs
// anywhere. An attempt whose deadline has passed is finalised by whichever request reads it first, in a
// transaction with a conditional update, so two requests racing finalise it once.

export type AssignmentStatus = "not_open" | "open" | "in_progress" | "submitted" | "missed";
export type AssignmentMode = "practice" | "test";

export interface StudentAssignmentSummary {
  id: string;
  title: string;
  mode: AssignmentMode;
  opensAt: string;
  dueAt: string;
  timeLimitSec: number | null;
  negativeMark: number;
  questionCount: number;
  /** The student's classes the assignment is set for. */
  classNames: string[];
  status: AssignmentStatus;
  /** While in progress: when the server stops taking answers. */
  deadlineAt: string | null;
}

/** Shown after an answer in practice mode (never in test mode: a test's key waits for the result page, server/assignments/review.ts). */
export interface AnswerFeedback {
  correct: boolean;
  /** The right option's place in the order the student sees. */
  correctChoice: number;
  correctAnswer: string;
  explanation: string;
}

export interface SavedAnswer {
  questionId: string;
  /** The chosen option's place in the order the student sees. */
  choice: number;
  clientId: string;
  answeredAt: string;
  feedback: AnswerFeedback | null;
}

export interface AttemptView {
  assignment: Omit<StudentAssignmentSummary, "status" | "deadlineAt" | "classNames"> & {
    reveal: "submit" | "due";
  };
  status: AssignmentStatus;
  /** The server's clock when this view was made, so a page can show time left without trusting its own. */
  now: string;
  attempt: {
    startedAt: string;
    deadlineAt: string;
    submittedAt: string | null;
    /** In this student's order, options in this student's order; no answer key. */
    questions: { id: string; prompt: string; options: string[] }[];
    answers: SavedAnswer[];
  } | null;
  /** Whether the result page may show this student's answers and the key now. */
  reviewAvailable: boolean;
  /** When the review becomes available, if it is not yet (reveal after the due time). */
  reviewAvailableAt: string | null;
}

const NOT_FOUND = "There is no such assignment, or it is not set for your classes.";

const assignmentSelect = {
  id: true,
  title: true,
  mode: true,
  opensAt: true,
  dueAt: true,
  timeLimitSec: true,
  negativeMark: true,
  shuffle: true,
  reveal: true,
  questions: { select: { questionId: true, version: true }, orderBy: { position: "asc" } },
} satisfies Prisma.AssignmentSelect;
type AssignmentRow = Prisma.AssignmentGetPayload<{ select: typeof assignmentSelect }>;

const attemptSelect = {
  id: true,
  userId: true,
  startedAt: true,
  deadlineAt: true,
  submittedAt: true,
  layout: true,
} satisfies Prisma.AttemptSelect;
type AttemptRow = Prisma.AttemptGetPayload<{ select: typeof attemptSelect }>;

const modeOf = (mode: string): AssignmentMode => (mode === "test" ? "test" : "practice");

async function findForStudent(userId: string, assignmentId: string): Promise<AssignmentRow> {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, ...forStudentWhere(userId) },
    select: assignmentSelect,
  });
  if (!row) throw new AppError("not_found", NOT_FOUND);
  return row;
}

function findAttempt(userId: string, assignmentId: string): Promise<AttemptRow | null> {
  return db.attempt.findUnique({
    where: { assignmentId_userId: { assignmentId, userId } },
    select: attemptSelect,
  });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

type AnswerKey = Pick<VersionContent, "answer" | "options" | "explanation">;

/** Where `text` sits among the options as this student sees them (-1 when it is not there). */
function displayIndex(content: AnswerKey, order: readonly number[], text: string): number {
  return order.findIndex((index) => content.options[index] === text);
}

/**
 * One review log per answer on the student's FSRS schedule, through the study screens' write path (mode "quiz",
 * the answer's clientId, so repeating this writes nothing). Practice answers are rated like a quiz answer (by
 * speed); test answers only right (Good) or wrong (Again), since a test's pace says little about one question.
 */
async function feedSchedule(
  userId: string,
  reviews: readonly {
    questionId: string;
    version: number;
    clientId: string;
    correct: boolean;
    choice: string;
    answeredAt: Date;
    rating: Grade;
    durationMs: number;
  }[],
): Promise<void> {
  if (reviews.length === 0) return;
  const { desiredRetention } = await getSettings({ userId });
  for (const review of reviews) {
    await answerStore.recordReview({
      userId,
      questionId: review.questionId,
      questionVersion: review.version,
      clientId: review.clientId,
      mode: "quiz",
      rating: review.rating,
      correct: review.correct,
      response: review.choice,
      durationMs: review.durationMs,
      now: review.answeredAt,
      params: { desiredRetention },
    });
  }
}

/**
 * Marks the attempt with `markAttempt` and stamps it submitted at `submittedAt`, unless it already is: one
 * conditional update in a write transaction (attempt-store), as answers are saved, so the answers marked are
 * exactly those saved before it. In test mode the winner then feeds the schedule.
 */
async function finalise(assignment: AssignmentRow, attempt: AttemptRow, submittedAt: Date): Promise<void> {
  const won = await attemptStore.finalise({
    attemptId: attempt.id,
    submittedAt,
    mark: (answers) => markAttempt(answers, assignment.questions.length, assignment.negativeMark),
  });
  if (!won || modeOf(assignment.mode) !== "test") return;
  const versions = new Map(assignment.questions.map((question) => [question.questionId, question.version]));
  const answers = await db.attemptAnswer.findMany({ where: { attemptId: attempt.id } });
  await feedSchedule(
    attempt.userId,
    answers.map((answer) => ({
      questionId: answer.questionId,
      version: versions.get(answer.questionId) ?? 1,
      clientId: answer.clientId,
      correct: answer.correct,
      choice: answer.choice,
      answeredAt: answer.answeredAt,
      rating: answer.correct ? Rating.Good : Rating.Again,
      durationMs: 0,
    })),
  );
}

/** The attempt as it stands at `now`: one past its deadline is finalised (submitted at its deadline) first. */
async function settle(assignment: AssignmentRow, attempt: AttemptRow, now: Date): Promise<AttemptRow> {
  if (attempt.submittedAt !== null || now < attempt.deadlineAt) return attempt;
  await finalise(assignment, attempt, attempt.deadlineAt);
  return (await findAttempt(attempt.userId, assignment.id)) ?? attempt;
}

function statusOf(
  assignment: { opensAt: Date; dueAt: Date },
  attempt: { submittedAt: Date | null } | null,
  now: Date,
): AssignmentStatus {
  if (attempt) return attempt.submittedAt ? "submitted" : "in_progress";
  if (now < assignment.opensAt) return "not_open";
  if (now >= assignment.dueAt) return "missed";
  return "open";
}

function reviewAllowed(assignment: AssignmentRow, attempt: AttemptRow | null, now: Date): boolean {
  if (!attempt?.submittedAt) return false;
  return modeOf(assignment.mode) === "practice" || assignment.reveal !== "due" || now >= assignment.dueAt;
}

/** The assignments of the student's classes, soonest due first, each with the student's status. */
export async function listStudentAssignments(options: {
  userId: string;
  now: Date;
}): Promise<StudentAssignmentSummary[]> {
  const { userId, now } = options;
  const rows = await db.assignment.findMany({
    where: forStudentWhere(userId),
    select: {
      ...assignmentSelect,
      classes: {
        where: { class: { archivedAt: null, members: { some: { userId } } } },
        select: { class: { select: { name: true } } },
      },
      attempts: { where: { userId }, select: attemptSelect },
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  const summaries: StudentAssignmentSummary[] = [];
  for (const row of rows) {
    const stored = row.attempts[0];
    const attempt = stored ? await settle(row, stored, now) : null;
    summaries.push({
      id: row.id,
      title: row.title,
      mode: modeOf(row.mode),
      opensAt: row.opensAt.toISOString(),
      dueAt: row.dueAt.toISOString(),
      timeLimitSec: row.timeLimitSec,
      negativeMark: row.negativeMark,
      questionCount: row.questions.length,
      classNames: row.classes.map((entry) => entry.class.name),
      status: statusOf(row, attempt, now),
      deadlineAt: attempt && !attempt.submittedAt ? attempt.deadlineAt.toISOString() : null,
    });
  }
  return summaries;
}

async function buildView(
  assignment: AssignmentRow,
  attempt: AttemptRow | null,
  now: Date,
  /** The questions' content, when the caller has read it already. */
  known?: Map<string, VersionContent>,
): Promise<AttemptView> {
  const mode = modeOf(assignment.mode);
  const status = statusOf(assignment, attempt, now);
  let attemptView: AttemptView["attempt"] = null;
  if (attempt) {
    const layout = parseLayout(attempt.layout);
    const contents = known ?? (await contentAtVersions(assignment.questions));
    const answers = await db.attemptAnswer.findMany({ where: { attemptId: attempt.id } });
    const orderOf = new Map(layout.questions.map((entry) => [entry.id, entry.options]));
    attemptView = {
      startedAt: attempt.startedAt.toISOString(),
      deadlineAt: attempt.deadlineAt.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      questions: layout.questions.map((entry) => {
        const content = contents.get(entry.id);
        return {
          id: entry.id,
          prompt: content?.prompt ?? "",
          options: entry.options.map((index) => content?.options[index] ?? ""),
        };
      }),
      answers: answers.flatMap((answer) => {
        const content = contents.get(answer.questionId);
        const order = orderOf.get(answer.questionId);
        if (!content || !order) return [];
        return [toSavedAnswer(answer, content, order, mode)];
      }),
    };
  }
  const allowed = reviewAllowed(assignment, attempt, now);
  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      mode,
      opensAt: assignment.opensAt.toISOString(),
      dueAt: assignment.dueAt.toISOString(),
      timeLimitSec: assignment.timeLimitSec,
      negativeMark: assignment.negativeMark,
      questionCount: assignment.questions.length,
      reveal: assignment.reveal === "due" ? "due" : "submit",
    },
    status,
    now: now.toISOString(),
    attempt: attemptView,
    reviewAvailable: allowed,
    reviewAvailableAt:
      attempt?.submittedAt && !allowed && assignment.reveal === "due" ? assignment.dueAt.toISOString() : null,
  };
}

function toSavedAnswer(
  answer: { questionId: string; choice: string; correct: boolean; clientId: string; answeredAt: Date },
  content: AnswerKey,
  order: readonly number[],
  mode: AssignmentMode,
): SavedAnswer {
  return {
    questionId: answer.questionId,
    choice: displayIndex(content, order, answer.choice),
    clientId: answer.clientId,
    answeredAt: answer.answeredAt.toISOString(),
    feedback:
      mode === "practice"
        ? {
            correct: answer.correct,
            correctChoice: displayIndex(content, order, content.answer),
            correctAnswer: content.answer,
            explanation: content.explanation,
          }
        : null,
  };
}

/** The assignment as the student sees it now, with their attempt (finalised first if its time is up). */
export async function getAttemptView(options: {
  userId: string;
  assignmentId: string;
  now: Date;
}): Promise<AttemptView> {
  const { userId, assignmentId, now } = options;
  const assignment = await findForStudent(userId, assignmentId);
  const stored = await findAttempt(userId, assignmentId);
  const attempt = stored ? await settle(assignment, stored, now) : null;
  return buildView(assignment, attempt, now);
}

/**
 * Starts the student's attempt, or returns the one they started: its deadline is the time limit from now or the
 * due time, whichever comes first, and its layout (question and option order) is fixed here.
 */
export async function startAttempt(options: {
  userId: string;
  assignmentId: string;
  now: Date;
}): Promise<AttemptView> {
  const { userId, assignmentId, now } = options;
  const assignment = await findForStudent(userId, assignmentId);
  let attempt = await findAttempt(userId, assignmentId);
  let contents: Map<string, VersionContent> | undefined;
  if (!attempt) {
    if (now < assignment.opensAt) throw new AppError("conflict", "This assignment is not open yet.");
    if (now >= assignment.dueAt) {
      throw new AppError("conflict", "This assignment is closed: its due time has passed.");
    }
    contents = await contentAtVersions(assignment.questions);
    const known = contents;
    const layout: AttemptLayout = buildLayout({
      questions: assignment.questions.map((question) => ({
        id: question.questionId,
        optionCount: known.get(question.questionId)?.options.length ?? 0,
      })),
      shuffle: assignment.shuffle,
      seed: `${assignmentId}:${userId}`,
    });
    const limitEnd =
      assignment.timeLimitSec === null ? null : new Date(now.getTime() + assignment.timeLimitSec * 1000);
    const deadlineAt = limitEnd && limitEnd < assignment.dueAt ? limitEnd : assignment.dueAt;
    try {
      attempt = await db.attempt.create({
        data: { assignmentId, userId, startedAt: now, deadlineAt, layout: JSON.stringify(layout) },
        select: attemptSelect,
      });
    } catch (error) {
      // Two tabs pressed Start at once: the first attempt stands.
      if (!isUniqueViolation(error)) throw error;
      attempt = await findAttempt(userId, assignmentId);
    }
  }
  if (!attempt) throw new AppError("conflict", "Your attempt could not be started. Please try again.");
  return buildView(assignment, await settle(assignment, attempt, now), now, contents);
}

const TIME_UP =
  "Time is up: this answer arrived after your deadline and was not saved. Your saved answers have been submitted.";
const ALREADY_SUBMITTED = "You have already submitted this assignment, so answers can no longer change.";

/**
 * Saves one answer. The same clientId twice is one answer (the first stands). In a test an answer may be changed
 * until the deadline; in practice the first answer to a question is final and comes back with its feedback (and
 * goes on the student's FSRS schedule). After the deadline or the submission nothing is saved (409).
 */
export async function saveAnswer(options: {
  userId: string;
  assignmentId: string;
  questionId: string;
  choice: number;
  clientId: string;
  durationMs: number;
  now: Date;
}): Promise<SavedAnswer> {
  const { userId, assignmentId, questionId, choice, clientId, now } = options;
  // Two prepared reads on SQLite (attempt-store): this is the request a class taking a test sends most.
  const context = await attemptStore.findAnswerContext({ assignmentId, userId, questionId });
  if (!context) throw new AppError("not_found", NOT_FOUND);
  const mode = modeOf(context.mode);
  const { attempt, version } = context;
  if (!attempt) throw new AppError("conflict", "Start the assignment before answering.");
  const order = parseLayout(attempt.layout).questions.find((entry) => entry.id === questionId)?.options;
  const key = order && version !== null ? await attemptStore.findVersionKey(questionId, version) : null;
  if (!order || version === null || !key) {
    throw new AppError("not_found", "That question is not in this assignment.");
  }
  const content = { answer: key.answer, options: parseStrings(key.options), explanation: key.explanation };
  const optionIndex = order[choice];
  const choiceText = optionIndex === undefined ? undefined : content.options[optionIndex];
  if (choiceText === undefined) throw new AppError("invalid_input", "Choose one of the options shown.");
  const correct = choiceText === content.answer;

  const outcome = await attemptStore.saveAnswer({
    attemptId: attempt.id,
    questionId,
    choice: choiceText,
    correct,
    clientId,
    now,
    firstAnswerFinal: mode === "practice",
  });
  if (outcome.kind === "late") {
    const stored = await findAttempt(userId, assignmentId);
    if (stored) await settle(await findForStudent(userId, assignmentId), stored, now);
    throw new AppError("conflict", TIME_UP);
  }
  if (outcome.kind === "submitted") throw new AppError("conflict", ALREADY_SUBMITTED);
  const row = outcome.answer;
  if (mode === "practice") {
    await feedSchedule(userId, [
      {
        questionId,
        version,
        clientId: row.clientId,
        correct: row.correct,
        choice: row.choice,
        answeredAt: row.answeredAt,
        rating: ratingForOutcome({ mode: "quiz", correct: row.correct, durationMs: options.durationMs }),
        durationMs: options.durationMs,
      },
    ]);
  }
  return toSavedAnswer(row, content, order, mode);
}

/**
 * Submits the attempt with the answers saved so far. Submitting again answers as the first time did; a submit
 * after the deadline is refused (409), the attempt having counted as submitted with what was saved by then.
 */
export async function submitAttempt(options: {
  userId: string;
  assignmentId: string;
  now: Date;
}): Promise<AttemptView> {
  const { userId, assignmentId, now } = options;
  const assignment = await findForStudent(userId, assignmentId);
  const stored = await findAttempt(userId, assignmentId);
  if (!stored) throw new AppError("conflict", "Start the assignment before submitting it.");
  if (stored.submittedAt === null && now < stored.deadlineAt) {
    await finalise(assignment, stored, now);
  }
  const attempt = await settle(assignment, (await findAttempt(userId, assignmentId)) ?? stored, now);
  if (
    attempt.submittedAt &&
    attempt.submittedAt.getTime() === attempt.deadlineAt.getTime() &&
    now >= attempt.deadlineAt
  ) {
    throw new AppError(
      "conflict",
      "Time was up before you submitted: your answers saved by the deadline were submitted then.",
    );
  }
  return buildView(assignment, attempt, now);
}
