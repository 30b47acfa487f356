import "server-only";
import { Prisma } from "@/prisma/generated/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canTeach, type Role } from "@/server/permissions/roles";
import { attemptSucceeded, beginAttempt, type FailureRule } from "@/server/rate-limit";
import { newJoinCode, normaliseJoinCode } from "./join-code";

// Classes: a teacher makes one and hands out its join code (or the /join/CODE link); students join and leave,
// the teacher removes students and archives the class. Each function puts who may do it in its `where`: a class
// the user neither teaches nor belongs to answers 404, whether or not it exists.

/** Wrong join codes per user: 10 pass, then 30 s, 1 min, 2 min... up to 15 min between tries (a right code is not counted). */
export const JOIN_ATTEMPTS: FailureRule = {
  free: 10,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
};

const CODE_COLLISION_RETRIES = 5;
const NOT_FOUND = "There is no such class, or you are not in it.";
export const WRONG_CODE = "No class has that code. Check it with your teacher (it is 7 letters and digits).";

export interface ClassSummary {
  id: string;
  name: string;
  teacherName: string;
  memberCount: number;
  archived: boolean;
  /** Only for the class's teacher. */
  joinCode: string | null;
}

export interface ClassMemberView {
  userId: string;
  name: string;
  email: string;
  joinedAt: string;
}

export type ClassView =
  | (ClassSummary & { viewer: "teacher"; members: ClassMemberView[] })
  | (ClassSummary & { viewer: "member" });

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

const summarySelect = {
  id: true,
  name: true,
  joinCode: true,
  archivedAt: true,
  teacherId: true,
  teacher: { select: { name: true } },
  _count: { select: { members: true } },
} satisfies Prisma.ClassSelect;

function toSummary(
  row: Prisma.ClassGetPayload<{ select: typeof summarySelect }>,
  viewerId: string,
): ClassSummary {
  return {
    id: row.id,
    name: row.name,
    teacherName: row.teacher.name,
    memberCount: row._count.members,
    archived: row.archivedAt !== null,
    joinCode: row.teacherId === viewerId ? row.joinCode : null,
  };
}

/** A new class with a fresh join code (drawn again on the rare collision). Teachers and admins only. */
export async function createClass(options: {
  user: { id: string; role: Role };
  name: string;
}): Promise<ClassSummary> {
  const { user, name } = options;
  if (!canTeach(user.role)) throw new AppError("forbidden", "Only teachers can make classes.");
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.class.create({
        data: { name, teacherId: user.id, joinCode: newJoinCode() },
        select: summarySelect,
      });
      return toSummary(row, user.id);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= CODE_COLLISION_RETRIES) throw error;
    }
  }
}

/** The classes a user teaches and the classes they belong to, newest first. */
export async function listClasses(options: {
  userId: string;
}): Promise<{ teaching: ClassSummary[]; member: ClassSummary[] }> {
  const { userId } = options;
  const [teaching, member] = await Promise.all([
    db.class.findMany({
      where: { teacherId: userId },
      select: summarySelect,
      orderBy: { createdAt: "desc" },
    }),
    db.class.findMany({
      where: { members: { some: { userId } } },
      select: summarySelect,
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    teaching: teaching.map((row) => toSummary(row, userId)),
    member: member.map((row) => toSummary(row, userId)),
  };
}

/** A class as its teacher (with the roster) or a member sees it; 404 for anyone else. */
export async function getClass(options: { userId: string; classId: string }): Promise<ClassView> {
  const { userId, classId } = options;
  const row = await db.class.findFirst({
    where: { id: classId, OR: [{ teacherId: userId }, { members: { some: { userId } } }] },
    select: {
      ...summarySelect,
      members: {
        select: { userId: true, joinedAt: true, user: { select: { name: true, email: true } } },
        orderBy: { joinedAt: "asc" },
      },
    },
  });
  if (!row) throw new AppError("not_found", NOT_FOUND);
  const summary = toSummary(row, userId);
  if (row.teacherId !== userId) return { ...summary, viewer: "member" };
  return {
    ...summary,
    viewer: "teacher",
    members: row.members.map((member) => ({
      userId: member.userId,
      name: member.user.name,
      email: member.user.email,
      joinedAt: member.joinedAt.toISOString(),
    })),
  };
}

/**
 * Joins the class with `code`. Each wrong code counts against the user's JOIN_ATTEMPTS, so codes cannot be
 * guessed; joining a class twice is one membership.
 */
export async function joinClass(options: {
  userId: string;
  code: string;
  now: Date;
}): Promise<{ id: string; name: string }> {
  const { userId, now } = options;
  const key = `class-join:user:${userId}`;
  const decision = await beginAttempt(key, JOIN_ATTEMPTS, now);
  if (!decision.allowed) {
    const seconds = Math.ceil(decision.retryAfterMs / 1000);
    throw new AppError(
      "too_many_requests",
      `Too many wrong class codes. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
      { retryAfterSeconds: seconds },
    );
  }
  const found = await db.class.findUnique({
    where: { joinCode: normaliseJoinCode(options.code) },
    select: { id: true, name: true, teacherId: true, archivedAt: true },
  });
  if (!found || found.archivedAt) throw new AppError("not_found", WRONG_CODE);
  await attemptSucceeded(key, { reset: false });
  if (found.teacherId === userId) throw new AppError("conflict", "You teach this class.");
  try {
    await db.classMember.create({ data: { classId: found.id, userId, joinedAt: now } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return { id: found.id, name: found.name };
}

/** The user leaves a class they belong to. */
export async function leaveClass(options: { userId: string; classId: string }): Promise<void> {
  const { count } = await db.classMember.deleteMany({ where: options });
  if (count === 0) throw new AppError("not_found", NOT_FOUND);
}

/** The teacher takes a student off the class's roster. */
export async function removeMember(options: {
  teacherId: string;
  classId: string;
  userId: string;
}): Promise<void> {
  const { teacherId, classId, userId } = options;
  const { count } = await db.classMember.deleteMany({
    where: { classId, userId, class: { teacherId } },
  });
  if (count === 0) throw new AppError("not_found", "That student is not in this class.");
}

/** The teacher archives a class: no one can join it, its assignments leave students' lists. Repeating is a no-op. */
export async function archiveClass(options: {
  teacherId: string;
  classId: string;
  now: Date;
}): Promise<void> {
  const { teacherId, classId, now } = options;
  await db.class.updateMany({
    where: { id: classId, teacherId, archivedAt: null },
    data: { archivedAt: now },
  });
  const exists = await db.class.count({ where: { id: classId, teacherId } });
  if (exists === 0) throw new AppError("not_found", NOT_FOUND);
}
