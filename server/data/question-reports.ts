import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canEditQuestion } from "@/server/permissions/questions";
import { canTeach } from "@/server/permissions/roles";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import type { CurrentUser } from "@/server/session-user";
import type { TReportRequest } from "@/server/teach/report.schema";

// Students report questions as wrong, ambiguous or outdated; teachers review the reports on /teach/reports.

export interface ReportView {
  id: string;
  reason: string;
  note: string;
  /** The version the student was shown, and the question's version now. */
  version: number;
  currentVersion: number;
  createdAt: string;
  resolvedAt: string | null;
  question: { id: string; prompt: string; retired: boolean; storyTitle: string };
  canEdit: boolean;
}

/**
 * Reports a teacher reviews: on content they own, on stories shared with classes they teach, and (for teachers and
 * admins alike) on library content that nobody owns.
 */
export function reviewableReportWhere(
  user: Pick<CurrentUser, "id" | "role">,
): Prisma.QuestionReportWhereInput {
  if (!canTeach(user.role)) return { id: { in: [] } };
  return {
    question: {
      story: {
        OR: [
          { ownerId: user.id },
          { classShares: { some: { class: { teacherId: user.id } } } },
          { ownerId: null, visibility: "library" },
        ],
      },
    },
  };
}

/**
 * Records a report on a question the user may see (404 otherwise). A user has at most one open report per
 * question: reporting it again replaces that report's reason, note and version instead of adding another.
 */
export async function reportQuestion(options: {
  userId: string;
  input: TReportRequest;
  now: Date;
}): Promise<{ id: string; updated: boolean }> {
  const { userId, input, now } = options;
  return db.$transaction(async (tx) => {
    const question = await tx.question.findFirst({
      where: { id: input.questionId, ...visibleQuestionWhere(userId) },
      select: { id: true, version: true },
    });
    if (!question) throw new AppError("not_found", "That question does not exist.");
    if (input.version > question.version) {
      throw new AppError("invalid_input", "That version of the question does not exist.", {
        fields: { version: ["That version of the question does not exist."] },
      });
    }
    const data = { reason: input.reason, note: input.note, version: input.version };
    const open = await tx.questionReport.findFirst({
      where: { questionId: question.id, userId, resolvedAt: null },
      select: { id: true },
    });
    if (open) {
      await tx.questionReport.update({ where: { id: open.id }, data });
      return { id: open.id, updated: true };
    }
    const created = await tx.questionReport.create({
      data: { ...data, questionId: question.id, userId, createdAt: now },
      select: { id: true },
    });
    return { id: created.id, updated: false };
  });
}

/** The reports `user` reviews, open ones (oldest first) or resolved ones (newest first). */
export async function listReports(options: {
  user: Pick<CurrentUser, "id" | "role">;
  status: "open" | "resolved";
  limit?: number;
}): Promise<ReportView[]> {
  const { user, status, limit = 100 } = options;
  const reports = await db.questionReport.findMany({
    where: {
      AND: [reviewableReportWhere(user), { resolvedAt: status === "open" ? null : { not: null } }],
    },
    orderBy:
      status === "open" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ resolvedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      reason: true,
      note: true,
      version: true,
      createdAt: true,
      resolvedAt: true,
      question: {
        select: {
          id: true,
          prompt: true,
          version: true,
          retiredAt: true,
          story: { select: { title: true, ownerId: true, visibility: true } },
        },
      },
    },
  });
  return reports.map((report) => ({
    id: report.id,
    reason: report.reason,
    note: report.note,
    version: report.version,
    currentVersion: report.question.version,
    createdAt: report.createdAt.toISOString(),
    resolvedAt: report.resolvedAt?.toISOString() ?? null,
    question: {
      id: report.question.id,
      prompt: report.question.prompt,
      retired: report.question.retiredAt !== null,
      storyTitle: report.question.story.title,
    },
    canEdit: canEditQuestion(user, report.question.story),
  }));
}

/** Marks a report the user reviews as resolved (404 for any other); resolving it again changes nothing. */
export async function resolveReport(options: {
  user: Pick<CurrentUser, "id" | "role">;
  reportId: string;
  now: Date;
}): Promise<{ resolvedAt: string }> {
  const { user, reportId, now } = options;
  const report = await db.questionReport.findFirst({
    where: { AND: [{ id: reportId }, reviewableReportWhere(user)] },
    select: { id: true, resolvedAt: true },
  });
  if (!report) throw new AppError("not_found", "That report does not exist.");
  if (report.resolvedAt) return { resolvedAt: report.resolvedAt.toISOString() };
  const { count } = await db.questionReport.updateMany({
    where: { id: report.id, resolvedAt: null },
    data: { resolvedAt: now, resolvedById: user.id },
  });
  if (count === 0) {
    const again = await db.questionReport.findUniqueOrThrow({
      where: { id: report.id },
      select: { resolvedAt: true },
    });
    return { resolvedAt: (again.resolvedAt ?? now).toISOString() };
  }
  return { resolvedAt: now.toISOString() };
}
