import "server-only";
import type { Prisma } from "@/prisma/generated/client";

/** Assignments set for the student's live (not archived) classes: all a student may see or take. */
export function forStudentWhere(userId: string): Prisma.AssignmentWhereInput {
  return { classes: { some: { class: { archivedAt: null, members: { some: { userId } } } } } };
}
