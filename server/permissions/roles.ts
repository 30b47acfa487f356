import "server-only";
import { z } from "zod";

/** An admin manages roles (and is also a teacher); a teacher publishes to the library and teaches classes. */
export const ROLES = ["student", "teacher", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Teachers and admins may publish to the library, run classes, edit questions and build sets. */
export function canTeach(role: Role): boolean {
  return role === "teacher" || role === "admin";
}
