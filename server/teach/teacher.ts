import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/server/errors";
import { canTeach } from "@/server/permissions/roles";
import { type CurrentUser, getUserFromHeaders, requireUser } from "@/server/session";

// The teacher pages and their routes exist only for teachers and admins: anyone else gets a 404, so the pages
// do not announce themselves.

/** A teacher page: sign-in first (coming back to `path`), then a 404 for anyone who does not teach. */
export async function requireTeacherPage(path: string): Promise<CurrentUser> {
  const user = await requireUser(path);
  if (!canTeach(user.role)) notFound();
  return user;
}

/** A teacher route: 401 without a session, 404 for anyone who does not teach. */
export async function requireTeacher(request: Request): Promise<CurrentUser> {
  const user = await getUserFromHeaders(request.headers);
  if (!user) throw new AppError("unauthenticated", "Sign in first.");
  if (!canTeach(user.role)) throw new AppError("not_found", "There is nothing here.");
  return user;
}
