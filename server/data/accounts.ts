import "server-only";
import { Prisma } from "@/prisma/generated/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canTeach, type Role, roleSchema } from "@/server/permissions/roles";

// Who is a teacher: roles and teacher requests. The first account made through sign-up becomes the instance's
// admin; anyone may ask to teach at sign-up (a TeacherRequest) and stays a student until an admin approves.
// Admins change roles on /admin or with `npm run admin`; nobody changes their own through /api/auth/*.

export const REQUEST_STATUSES = ["pending", "approved", "declined"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface AccountSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  teacherRequest: RequestStatus | null;
}

export interface PendingRequest {
  userId: string;
  name: string;
  email: string;
  requestedAt: Date;
}

const parseRole = (role: string): Role => roleSchema.catch("student").parse(role);
const parseStatus = (status: string): RequestStatus =>
  (REQUEST_STATUSES as readonly string[]).includes(status) ? (status as RequestStatus) : "pending";

/**
 * Makes `userId` the admin when the instance has none yet: the first account to sign up runs the instance. One
 * conditional UPDATE in a serializable transaction, so of two sign-ups at the same moment exactly one becomes
 * admin (SQLite runs writes one at a time; PostgreSQL fails the second serializable transaction, which then stays
 * a student). True when this account became admin.
 */
export async function promoteFirstAdmin(userId: string): Promise<boolean> {
  try {
    const [changed] = await db.$transaction(
      [
        db.$executeRaw`UPDATE users SET role = 'admin'
          WHERE id = ${userId} AND NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin')`,
      ],
      { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
    );
    return changed === 1;
  } catch (error) {
    // A serialization failure means another account became admin at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") return false;
    throw error;
  }
}

/** Files the user's request to teach (sign-up's "I am a teacher"); a teacher or admin needs none. */
export async function requestTeacher({ userId }: { userId: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || canTeach(parseRole(user.role))) return;
  await db.teacherRequest.upsert({
    where: { userId },
    create: { userId, status: "pending" },
    // Filed once, at sign-up: a second call changes nothing.
    update: {},
  });
}

/** The user's own request to teach, if they filed one. */
export async function getTeacherRequest({
  userId,
}: {
  userId: string;
}): Promise<{ status: RequestStatus; createdAt: Date } | null> {
  const request = await db.teacherRequest.findUnique({
    where: { userId },
    select: { status: true, createdAt: true },
  });
  return request ? { status: parseStatus(request.status), createdAt: request.createdAt } : null;
}

/** Requests waiting for an admin, oldest first. */
export async function listPendingRequests(): Promise<PendingRequest[]> {
  const rows = await db.teacherRequest.findMany({
    where: { status: "pending" },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
    select: { userId: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    requestedAt: row.createdAt,
  }));
}

/** Every account with its role, admins first, then teachers, then students, each by email. */
export async function listAccounts(): Promise<AccountSummary[]> {
  const rows = await db.user.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      teacherRequest: { select: { status: true } },
    },
  });
  const rank: Record<Role, number> = { admin: 0, teacher: 1, student: 2 };
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: parseRole(row.role),
      createdAt: row.createdAt,
      teacherRequest: row.teacherRequest ? parseStatus(row.teacherRequest.status) : null,
    }))
    .sort((a, b) => rank[a.role] - rank[b.role]);
}

/** The account with this email (as sign-up stores it: trimmed, lower case); 404 when there is none. */
export async function findAccountByEmail(email: string): Promise<{ id: string; role: Role }> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, role: true },
  });
  if (!user) throw new AppError("not_found", `There is no account with the email ${email}.`);
  return { id: user.id, role: parseRole(user.role) };
}

const lastAdmin = () =>
  new AppError("conflict", "This is the last admin: make another account admin before changing this one.");

/**
 * Sets a user's role (an admin's decision: /admin or `npm run admin`). Never leaves the instance without an
 * admin: the UPDATE itself checks another admin remains, so two admins demoting each other at once cannot both
 * succeed. Making someone a teacher (or admin) approves their pending request.
 */
export async function setRole({
  userId,
  role,
  decidedById = null,
  now = new Date(),
}: {
  userId: string;
  role: Role;
  /** The admin deciding; null from the command line. */
  decidedById?: string | null;
  now?: Date;
}): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
      if (!user) throw new AppError("not_found", "That account does not exist.");
      const changed = await tx.$executeRaw`UPDATE users SET role = ${role}
        WHERE id = ${userId}
          AND (role <> 'admin' OR ${role} = 'admin'
               OR EXISTS (SELECT 1 FROM users other WHERE other.role = 'admin' AND other.id <> ${userId}))`;
      if (changed === 0) throw lastAdmin();
      // Through Prisma as well, which keeps updatedAt.
      await tx.user.update({ where: { id: userId }, data: { role } });
      if (canTeach(role)) {
        await tx.teacherRequest.updateMany({
          where: { userId, status: "pending" },
          data: { status: "approved", decidedAt: now, decidedById },
        });
      }
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
  );
}

/**
 * An admin's answer to a request to teach: approving makes the user a teacher, declining makes them a student (an
 * admin stays admin either way). 404 when the user filed no request; deciding again the same way changes nothing.
 */
export async function decideTeacherRequest({
  userId,
  approve,
  decidedById = null,
  now = new Date(),
}: {
  userId: string;
  approve: boolean;
  decidedById?: string | null;
  now?: Date;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await tx.teacherRequest.findUnique({
      where: { userId },
      select: { status: true, user: { select: { role: true } } },
    });
    if (!request) throw new AppError("not_found", "That account has not asked to teach.");
    await tx.teacherRequest.update({
      where: { userId },
      data: { status: approve ? "approved" : "declined", decidedAt: now, decidedById },
    });
    const role = parseRole(request.user.role);
    if (approve && role === "student")
      await tx.user.update({ where: { id: userId }, data: { role: "teacher" } });
    if (!approve && role === "teacher")
      await tx.user.update({ where: { id: userId }, data: { role: "student" } });
  });
}
