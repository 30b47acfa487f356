import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { getSettings } from "@/server/data/settings";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canTeach, type Role } from "@/server/permissions/roles";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import type { TCreateAssignmentRequest } from "./assignments.schema";

// A teacher's side of assignments: what they can give (their sets, their classes) and giving it. Students' side:
// server/assignments/attempts.ts.

export type AssignmentMode = "practice" | "test";

export interface SetChoice {
  id: string;
  title: string;
  /** Questions an assignment made now would copy (not retired). */
  questionCount: number;
}

export interface ClassChoice {
  id: string;
  name: string;
  memberCount: number;
}

export interface TeacherAssignmentSummary {
  id: string;
  title: string;
  mode: AssignmentMode;
  opensAt: string;
  dueAt: string;
  classNames: string[];
  questionCount: number;
  submittedCount: number;
}

function requireTeacher(role: Role): void {
  if (!canTeach(role)) throw new AppError("forbidden", "Only teachers can set assignments.");
}

/** The questions of a set an assignment copies: not retired, and still visible to the teacher. */
function assignableItemsWhere(ownerId: string) {
  return { question: { retiredAt: null, ...visibleQuestionWhere(ownerId) } };
}

/** The teacher's own sets and live classes, for the new-assignment form. */
export async function getAssignmentChoices(options: {
  user: { id: string; role: Role };
}): Promise<{ sets: SetChoice[]; classes: ClassChoice[]; timeZone: string }> {
  const { user } = options;
  requireTeacher(user.role);
  const [sets, classes, settings] = await Promise.all([
    db.questionSet.findMany({
      where: { ownerId: user.id },
      select: {
        id: true,
        title: true,
        _count: { select: { items: { where: assignableItemsWhere(user.id) } } },
      },
      orderBy: { updatedAt: "desc" },
    }),
    db.class.findMany({
      where: { teacherId: user.id, archivedAt: null },
      select: { id: true, name: true, _count: { select: { members: true } } },
      orderBy: { createdAt: "desc" },
    }),
    getSettings({ userId: user.id }),
  ]);
  return {
    sets: sets.map((set) => ({ id: set.id, title: set.title, questionCount: set._count.items })),
    classes: classes.map((row) => ({ id: row.id, name: row.name, memberCount: row._count.members })),
    timeZone: settings.timeZone,
  };
}

/** "2026-12-01T09:30" on the wall clock of `zone`, as an instant. */
export function localDateTimeToInstant(local: string, zone: string): Date {
  const [date = "", time = ""] = local.split("T");
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const [hours = 0, minutes = 0, seconds = 0] = time.split(":").map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, seconds, zone).getTime());
}

/** `date` on the wall clock of `zone`, as a datetime-local input shows it ("2026-12-01T09:30"). */
export function instantToLocalDateTime(date: Date, zone: string): string {
  return format(new TZDate(date, zone), "yyyy-MM-dd'T'HH:mm");
}

function invalid(field: string, message: string): AppError {
  return new AppError("invalid_input", message, { fields: { [field]: [message] } });
}

/**
 * Gives one of the teacher's sets to one or more of their classes. The set's questions that are not retired are
 * copied with the version each is at now, so later edits to the set or to the questions leave the assignment as
 * it was given. Times are read in the teacher's time zone (Settings).
 */
export async function createAssignment(options: {
  user: { id: string; role: Role };
  input: TCreateAssignmentRequest;
  now: Date;
}): Promise<{ id: string }> {
  const { user, input, now } = options;
  requireTeacher(user.role);
  const { timeZone } = await getSettings({ userId: user.id });
  const opensAt = localDateTimeToInstant(input.opensAt, timeZone);
  const dueAt = localDateTimeToInstant(input.dueAt, timeZone);
  if (Number.isNaN(opensAt.getTime())) throw invalid("opensAt", "That opening time is not a real date.");
  if (Number.isNaN(dueAt.getTime())) throw invalid("dueAt", "That due time is not a real date.");
  if (dueAt <= opensAt) throw invalid("dueAt", "The due time must be after the opening time.");
  if (dueAt <= now) throw invalid("dueAt", "The due time must be in the future.");

  const set = await db.questionSet.findFirst({
    where: { id: input.setId, ownerId: user.id },
    select: {
      items: {
        where: assignableItemsWhere(user.id),
        select: { question: { select: { id: true, version: true } } },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!set) throw new AppError("not_found", "There is no such question set among yours.");
  if (set.items.length === 0) throw invalid("setId", "That set has no questions to give.");

  const classes = await db.class.findMany({
    where: { id: { in: input.classIds }, teacherId: user.id, archivedAt: null },
    select: { id: true },
  });
  if (classes.length !== input.classIds.length) {
    throw new AppError("not_found", "One of those classes is not one of yours, or it is archived.");
  }

  const test = input.mode === "test";
  const assignment = await db.assignment.create({
    data: {
      title: input.title,
      createdById: user.id,
      setId: input.setId,
      mode: input.mode,
      opensAt,
      dueAt,
      timeLimitSec: test && input.timeLimitMinutes !== null ? input.timeLimitMinutes * 60 : null,
      negativeMark: test ? input.negativeMark : 0,
      shuffle: input.shuffle,
      reveal: test ? input.reveal : "submit",
      createdAt: now,
      classes: { create: input.classIds.map((classId) => ({ classId })) },
      questions: {
        create: set.items.map((item, position) => ({
          questionId: item.question.id,
          version: item.question.version,
          position,
        })),
      },
    },
    select: { id: true },
  });
  return assignment;
}

/** The assignments a teacher has set, latest due first. */
export async function listTeacherAssignments(options: {
  teacherId: string;
}): Promise<TeacherAssignmentSummary[]> {
  const rows = await db.assignment.findMany({
    where: { createdById: options.teacherId },
    select: {
      id: true,
      title: true,
      mode: true,
      opensAt: true,
      dueAt: true,
      classes: { select: { class: { select: { name: true } } } },
      _count: { select: { questions: true, attempts: { where: { submittedAt: { not: null } } } } },
    },
    orderBy: { dueAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    mode: row.mode === "test" ? "test" : "practice",
    opensAt: row.opensAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    classNames: row.classes.map((entry) => entry.class.name),
    questionCount: row._count.questions,
    submittedCount: row._count.attempts,
  }));
}
