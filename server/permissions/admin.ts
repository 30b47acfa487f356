import "server-only";
import { AppError } from "@/server/errors";
import type { CurrentUser } from "@/server/session-user";

/** Admins manage roles and teacher requests. */
export function isAdmin(user: Pick<CurrentUser, "role"> | null): boolean {
  return user?.role === "admin";
}

/**
 * The admin behind a request; anyone else (signed out included) gets a 404, so /admin and its forms do not show
 * they exist.
 */
export function requireAdmin(user: CurrentUser | null): CurrentUser {
  if (!user || !isAdmin(user)) throw new AppError("not_found", "This page does not exist.");
  return user;
}
