import "server-only";
import { stringify } from "csv-stringify/sync";
import { bin, max, mean, median, min, range, tickStep } from "d3-array";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canTeach } from "@/server/permissions/roles";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import type { CurrentUser } from "@/server/session-user";
import {
  type AssignedQuestion,
  type AttemptState,
  attemptSelect,
  type GradedAttempt,
  gradeAttempt,
  loadAssignedQuestions,
} from "./graded-attempts";
import type { AttemptMarks } from "./score";

// A teacher's view of results: per assignment (who has finished, the score distribution, each student's marks,
// each question's correct rate and its most chosen wrong option), its CSV export, and one student's results
// across a class. Only finished attempts (submitted, or past their deadline) count in the figures.

export interface StudentResult {
  userId: string;
  name: string;
  email: string;
  /** The classes of this assignment the student is in (among those the viewer may see). */
  classNames: string[];
  /** One of those classes the viewer teaches (for a link to the student's page), if any. */
  taughtClassId: string | null;
  state: AttemptState;
  startedAt: string | null;
  finishedAt: string | null;
  expired: boolean;
  timeTakenSec: number | null;
  marks: AttemptMarks | null;
  choices: (string | null)[];
}

export interface QuestionResult {
  questionId: string;
  position: number;
  prompt: string;
  answer: string;
  /** Finished attempts, each of which counts this question as right, wrong or unanswered. */
  attempts: number;
  correct: number;
  wrong: number;
  unanswered: number;
  /** correct / attempts; null before any attempt is finished. */
  correctRate: number | null;
  /** The wrong option chosen most often (the misconception), with how many chose it; ties go to option order. */
  topWrong: { choice: string; count: number } | null;
}

export interface ScoreBin {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound, except for the last bin, which holds only the full mark. */
  to: number;
  label: string;
  count: number;
}

export interface AssignmentResults {
  assignment: {
    id: string;
    title: string;
    mode: string;
    reveal: string;
    opensAt: string;
    dueAt: string;
    negativeMark: number;
    questionCount: number;
    maxScore: number;
  };
  classes: { id: string; name: string }[];
  counts: { finished: number; inProgress: number; notStarted: number };
  /** Mean, median, lowest and highest score of finished attempts (two decimals); null without any. */
  average: number | null;
  median: number | null;
  lowest: number | null;
  highest: number | null;
  distribution: ScoreBin[];
  students: StudentResult[];
  questions: QuestionResult[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The assignment as `user` may see its results: its creator sees every class it was given to, the teacher of
 * one of its classes sees that class. An admin is no exception (only their own classes). Anyone else: 404, so
 * an assignment's existence does not leak.
 */
async function findViewableAssignment(user: CurrentUser, assignmentId: string) {
  const notFound = new AppError("not_found", "There is no such assignment.");
  if (!canTeach(user.role)) throw notFound;
  const assignment = await db.assignment.findFirst({
    where: {
      id: assignmentId,
      OR: [{ createdById: user.id }, { classes: { some: { class: { teacherId: user.id } } } }],
    },
    include: { classes: { include: { class: { select: { id: true, name: true, teacherId: true } } } } },
  });
  if (!assignment) throw notFound;
  const classes = assignment.classes
    .map((link) => link.class)
    .filter((klass) => assignment.createdById === user.id || klass.teacherId === user.id)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { assignment, classes };
}

/**
 * Score bins from the lowest possible score (negative marking) to the full mark, on a round step (1 for up to 10
 * marks, then 2, 5, 10…, from d3-array's tickStep); the full mark has a bin of its own.
 */
export function scoreDistribution(scores: readonly number[], maxScore: number): ScoreBin[] {
  const lowest = Math.min(0, min(scores) ?? 0);
  const step = Math.max(1, tickStep(lowest, maxScore, 10));
  const start = Math.floor(lowest / step) * step;
  const top = maxScore + step;
  const bins = bin()
    .domain([start, top])
    .thresholds([...range(start + step, maxScore, step), maxScore])(scores);
  const integers = step === 1 && scores.every(Number.isInteger);
  return bins.map((group) => {
    const from = group.x0 ?? start;
    const to = group.x1 ?? top;
    const label =
      from >= maxScore
        ? `${maxScore} (full marks)`
        : integers
          ? `${from}`
          : `${from} to under ${Math.min(to, maxScore)}`;
    return { from, to: Math.min(to, maxScore), label, count: group.length };
  });
}

function questionFigures(
  questions: readonly AssignedQuestion[],
  finished: readonly GradedAttempt[],
): QuestionResult[] {
  return questions.map((question, index) => {
    let correct = 0;
    let unanswered = 0;
    const wrongChoices = new Map<string, number>();
    for (const attempt of finished) {
      const choice = attempt.choices[index] ?? null;
      if (choice === null) unanswered++;
      else if (choice === question.answer) correct++;
      else wrongChoices.set(choice, (wrongChoices.get(choice) ?? 0) + 1);
    }
    const order = (choice: string) => {
      const at = question.options.indexOf(choice);
      return at === -1 ? Number.MAX_SAFE_INTEGER : at;
    };
    const [topChoice, topCount] =
      [...wrongChoices].sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]))[0] ?? [];
    return {
      questionId: question.questionId,
      position: question.position,
      prompt: question.prompt,
      answer: question.answer,
      attempts: finished.length,
      correct,
      wrong: finished.length - correct - unanswered,
      unanswered,
      correctRate: finished.length > 0 ? correct / finished.length : null,
      topWrong: topChoice === undefined ? null : { choice: topChoice, count: topCount ?? 0 },
    };
  });
}

/** Results of one assignment for a teacher who may see them (else 404), read at `now`. */
export async function getAssignmentResults(options: {
  user: CurrentUser;
  assignmentId: string;
  now: Date;
}): Promise<AssignmentResults> {
  const { assignment, classes } = await findViewableAssignment(options.user, options.assignmentId);
  const classIds = classes.map((klass) => klass.id);
  const [questions, members] = await Promise.all([
    loadAssignedQuestions(assignment.id),
    db.classMember.findMany({
      where: { classId: { in: classIds } },
      select: { classId: true, user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  const studentIds = [...new Set(members.map((member) => member.user.id))];
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, userId: { in: studentIds } },
    select: attemptSelect,
  });
  const attemptOf = new Map(attempts.map((attempt) => [attempt.userId, attempt]));
  const classNameOf = new Map(classes.map((klass) => [klass.id, klass.name]));
  const taughtIds = new Set(classes.filter((klass) => klass.teacherId === options.user.id).map((k) => k.id));

  const byStudent = new Map<string, StudentResult>();
  const graded: GradedAttempt[] = [];
  for (const member of members) {
    const known = byStudent.get(member.user.id);
    const className = classNameOf.get(member.classId) ?? "";
    const taught = taughtIds.has(member.classId) ? member.classId : null;
    if (known) {
      known.classNames.push(className);
      known.taughtClassId ??= taught;
      continue;
    }
    const result = gradeAttempt(
      attemptOf.get(member.user.id),
      questions,
      assignment.negativeMark,
      options.now,
    );
    graded.push(result);
    byStudent.set(member.user.id, {
      userId: member.user.id,
      name: member.user.name,
      email: member.user.email,
      classNames: [className],
      taughtClassId: taught,
      state: result.state,
      startedAt: result.startedAt?.toISOString() ?? null,
      finishedAt: result.finishedAt?.toISOString() ?? null,
      expired: result.expired,
      timeTakenSec: result.timeTakenSec,
      marks: result.marks,
      choices: result.choices,
    });
  }
  const students = [...byStudent.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email),
  );
  for (const student of students) student.classNames.sort();
  const finished = graded.filter((attempt) => attempt.state === "finished");
  const scores = finished.flatMap((attempt) => (attempt.marks ? [attempt.marks.score] : []));
  const orNull = (value: number | undefined) => (value === undefined ? null : round2(value));

  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      mode: assignment.mode,
      reveal: assignment.reveal,
      opensAt: assignment.opensAt.toISOString(),
      dueAt: assignment.dueAt.toISOString(),
      negativeMark: assignment.negativeMark,
      questionCount: questions.length,
      maxScore: questions.length,
    },
    classes: classes.map(({ id, name }) => ({ id, name })),
    counts: {
      finished: finished.length,
      inProgress: graded.filter((attempt) => attempt.state === "in_progress").length,
      notStarted: graded.filter((attempt) => attempt.state === "not_started").length,
    },
    average: orNull(mean(scores)),
    median: orNull(median(scores)),
    lowest: orNull(min(scores)),
    highest: orNull(max(scores)),
    distribution: scoreDistribution(scores, questions.length),
    students,
    questions: questionFigures(questions, finished),
  };
}

// ---------- CSV ----------

export const STATE_LABELS: Record<AttemptState, string> = {
  finished: "Finished",
  in_progress: "In progress",
  not_started: "Not started",
};

/**
 * A text cell a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return that
 * some strip before reading it) gets a leading apostrophe, as OWASP advises: it shows as text. Numbers are
 * written as numbers, so a negative score stays a number.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The CSV export: one row per student, then one column per question with the option chosen. */
export function resultsCsv(results: AssignmentResults): string {
  const columns = [
    "Name",
    "Email",
    "Class",
    "Status",
    "Started",
    "Submitted",
    "Time taken (s)",
    "Score",
    "Max",
    "Correct",
    "Wrong",
    "Unanswered",
    ...results.questions.map((question) => `Q${question.position}: ${question.prompt}`),
  ];
  const rows = results.students.map((student) => [
    student.name,
    student.email,
    student.classNames.join("; "),
    student.expired ? "Finished (time ran out)" : STATE_LABELS[student.state],
    student.startedAt ?? "",
    student.finishedAt ?? "",
    student.timeTakenSec ?? "",
    student.marks?.score ?? "",
    results.assignment.maxScore,
    student.marks?.correct ?? "",
    student.marks?.wrong ?? "",
    student.marks?.unanswered ?? "",
    ...student.choices.map((choice) => choice ?? ""),
  ]);
  return stringify(rows, {
    bom: true,
    header: true,
    columns,
    record_delimiter: "windows",
    cast: { string: guardFormula },
  });
}

/** A file name for the export, from the title: letters, digits and dashes only. */
export function resultsFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `results-${slug || "assignment"}.csv`;
}

// ---------- one student across a class ----------

export interface StudentAssignmentResult {
  id: string;
  title: string;
  mode: string;
  dueAt: string;
  state: AttemptState;
  expired: boolean;
  finishedAt: string | null;
  timeTakenSec: number | null;
  marks: AttemptMarks | null;
  /** The full mark (one per question), also before the student starts. */
  maxScore: number;
}

export interface TopicMasteryReport {
  topic: string;
  /** Questions of this topic in the student's finished attempts of the class's assignments. */
  asked: number;
  correct: number;
  wrong: number;
  unanswered: number;
  /** The student's own study of this topic's questions (those the teacher may see): FSRS cards and reviews. */
  cardsStudied: number;
  cardsMastered: number;
  reviews: number;
  reviewsCorrect: number;
  /** Right answers over all answers counted above (assignment questions and reviews); null without any. */
  accuracy: number | null;
}

export interface StudentClassReport {
  class: { id: string; name: string };
  student: { id: string; name: string; email: string };
  assignments: StudentAssignmentResult[];
  topics: TopicMasteryReport[];
}

const REVIEW_STATE = 2;
/** As on the Stats page: mastered once FSRS expects it remembered for three weeks. */
const MASTERED_STABILITY_DAYS = 21;

/** One student's results in one class, for the class's teacher only (else 404). */
export async function getStudentClassReport(options: {
  user: CurrentUser;
  classId: string;
  studentId: string;
  now: Date;
}): Promise<StudentClassReport> {
  const { user, classId, studentId, now } = options;
  const notFound = new AppError("not_found", "There is no such student in your class.");
  if (!canTeach(user.role)) throw notFound;
  const member = await db.classMember.findFirst({
    where: { classId, userId: studentId, class: { teacherId: user.id } },
    select: {
      class: { select: { id: true, name: true } },
      user: { select: { id: true, name: true, email: true } },
    },
  });
  if (!member) throw notFound;

  const links = await db.assignmentClass.findMany({
    where: { classId },
    select: {
      assignment: {
        select: {
          id: true,
          title: true,
          mode: true,
          dueAt: true,
          negativeMark: true,
          attempts: { where: { userId: studentId }, select: attemptSelect },
        },
      },
    },
    orderBy: [{ assignment: { dueAt: "desc" } }, { assignment: { title: "asc" } }],
  });
  const topicFigures = new Map<
    string,
    { asked: number; correct: number; wrong: number; unanswered: number }
  >();
  const assignments: StudentAssignmentResult[] = [];
  for (const { assignment } of links) {
    const questions = await loadAssignedQuestions(assignment.id);
    const graded = gradeAttempt(assignment.attempts[0], questions, assignment.negativeMark, now);
    assignments.push({
      id: assignment.id,
      title: assignment.title,
      mode: assignment.mode,
      dueAt: assignment.dueAt.toISOString(),
      state: graded.state,
      expired: graded.expired,
      finishedAt: graded.finishedAt?.toISOString() ?? null,
      timeTakenSec: graded.timeTakenSec,
      marks: graded.marks,
      maxScore: questions.length,
    });
    for (const [index, question] of questions.entries()) {
      const figures = topicFigures.get(question.topic) ?? { asked: 0, correct: 0, wrong: 0, unanswered: 0 };
      topicFigures.set(question.topic, figures);
      if (graded.state !== "finished") continue;
      const choice = graded.choices[index] ?? null;
      figures.asked++;
      if (choice === null) figures.unanswered++;
      else if (choice === question.answer) figures.correct++;
      else figures.wrong++;
    }
  }

  const topics = await Promise.all(
    [...topicFigures.keys()].sort().map(async (topic): Promise<TopicMasteryReport> => {
      const figures = topicFigures.get(topic) ?? { asked: 0, correct: 0, wrong: 0, unanswered: 0 };
      const question = { ...visibleQuestionWhere(user.id), topic };
      const [cardsStudied, cardsMastered, reviews, reviewsCorrect] = await Promise.all([
        db.card.count({ where: { userId: studentId, state: { not: 0 }, question } }),
        db.card.count({
          where: {
            userId: studentId,
            state: REVIEW_STATE,
            stability: { gte: MASTERED_STABILITY_DAYS },
            question,
          },
        }),
        db.reviewLog.count({ where: { userId: studentId, card: { question } } }),
        db.reviewLog.count({ where: { userId: studentId, correct: true, card: { question } } }),
      ]);
      const answers = figures.asked + reviews;
      return {
        topic,
        ...figures,
        cardsStudied,
        cardsMastered,
        reviews,
        reviewsCorrect,
        accuracy: answers > 0 ? (figures.correct + reviewsCorrect) / answers : null,
      };
    }),
  );
  return { class: member.class, student: member.user, assignments, topics };
}
