import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { db } from "@/server/db";
import { canEditQuestion } from "@/server/permissions/questions";
import { visibleQuestionWhere, visibleStoryWhere } from "@/server/permissions/visibility";
import type { CurrentUser } from "@/server/session-user";
import type { TBrowseQuery } from "@/server/teach/browse.schema";
import { parseStringList } from "./study-questions";

// What a teacher browses on /teach/questions: every question they may see (the library's, their classes', their
// own), filtered by topic, story and month of publication, a page at a time.

export const BROWSE_PAGE_SIZE = 20;

/** Whose content a question is, from the browsing teacher's side. */
export type ContentScope = "library" | "class" | "own";

export interface BrowsedQuestion {
  id: string;
  version: number;
  kind: string;
  topic: string;
  prompt: string;
  /** In the order the quiz shows them. */
  options: string[];
  answer: string;
  origin: string;
  publishedOn: string | null;
  editedAt: string | null;
  retiredAt: string | null;
  scope: ContentScope;
  story: { id: string; title: string };
  sources: { articleId: string; articleTitle: string; sentence: string }[];
  canEdit: boolean;
}

export interface BrowsePage {
  questions: BrowsedQuestion[];
  total: number;
  page: number;
  pageCount: number;
  filters: { topics: string[]; stories: { id: string; title: string }[]; months: string[] };
}

function monthRange(month: string): { gte: Date; lt: Date } {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return { gte: new Date(Date.UTC(year, index - 1, 1)), lt: new Date(Date.UTC(year, index, 1)) };
}

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

function scopeOf(story: { ownerId: string | null; visibility: string }, userId: string): ContentScope {
  if (story.ownerId === userId) return "own";
  return story.visibility === "library" ? "library" : "class";
}

export async function browseQuestions(options: {
  user: Pick<CurrentUser, "id" | "role">;
  query: TBrowseQuery;
}): Promise<BrowsePage> {
  const { user, query } = options;
  const visible = visibleQuestionWhere(user.id);
  const where: Prisma.QuestionWhereInput = {
    AND: [
      visible,
      query.status === "retired" ? { retiredAt: { not: null } } : { retiredAt: null },
      query.topic ? { topic: query.topic } : {},
      query.story ? { storyId: query.story } : {},
      query.month ? { publishedOn: monthRange(query.month) } : {},
    ],
  };
  const [total, topics, stories, dates] = await Promise.all([
    db.question.count({ where }),
    db.question.findMany({
      where: visible,
      distinct: ["topic"],
      select: { topic: true },
      orderBy: { topic: "asc" },
    }),
    db.story.findMany({
      where: visibleStoryWhere(user.id),
      select: { id: true, title: true },
      orderBy: [{ title: "asc" }, { id: "asc" }],
    }),
    db.question.findMany({
      where: { AND: [visible, { publishedOn: { not: null } }] },
      distinct: ["publishedOn"],
      select: { publishedOn: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.question.findMany({
    where,
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * BROWSE_PAGE_SIZE,
    take: BROWSE_PAGE_SIZE,
    select: {
      id: true,
      version: true,
      kind: true,
      topic: true,
      prompt: true,
      options: true,
      answer: true,
      origin: true,
      publishedOn: true,
      editedAt: true,
      retiredAt: true,
      story: { select: { id: true, title: true, ownerId: true, visibility: true } },
      sources: {
        orderBy: { articleId: "asc" },
        select: { sentence: true, article: { select: { id: true, title: true } } },
      },
    },
  });
  const months = [
    ...new Set(dates.flatMap(({ publishedOn }) => (publishedOn ? [monthOf(publishedOn)] : []))),
  ].sort((a, b) => b.localeCompare(a));
  return {
    questions: rows.map((row) => ({
      id: row.id,
      version: row.version,
      kind: row.kind,
      topic: row.topic,
      prompt: row.prompt,
      options: parseStringList(row.options),
      answer: row.answer,
      origin: row.origin,
      publishedOn: row.publishedOn?.toISOString() ?? null,
      editedAt: row.editedAt?.toISOString() ?? null,
      retiredAt: row.retiredAt?.toISOString() ?? null,
      scope: scopeOf(row.story, user.id),
      story: { id: row.story.id, title: row.story.title },
      sources: row.sources.map(({ sentence, article }) => ({
        articleId: article.id,
        articleTitle: article.title,
        sentence,
      })),
      canEdit: canEditQuestion(user, row.story),
    })),
    total,
    page,
    pageCount,
    filters: { topics: topics.map((row) => row.topic), stories, months },
  };
}
