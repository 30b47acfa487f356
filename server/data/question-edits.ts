import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { newId } from "@/server/ingest-store/plan";
import { canEditQuestion } from "@/server/permissions/questions";
import { visibleQuestionWhere, visibleStoryWhere } from "@/server/permissions/visibility";
import type { CurrentUser } from "@/server/session-user";
import type { TQuestionContent } from "@/server/teach/question.schema";
import { parseStringList } from "./study-questions";

// A teacher's changes to questions: edits (each one a new version, kept in QuestionVersion), retiring and
// restoring, and questions written by hand. Every function takes the acting user and answers 404 for a question
// they may not see or may not edit (server/permissions/questions.ts).

type Editor = Pick<CurrentUser, "id" | "role">;
type Client = Pick<typeof db, "question" | "questionVersion">;

export const CONTENT_FIELDS = ["prompt", "answer", "aliases", "options", "explanation"] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

export interface QuestionContent {
  prompt: string;
  answer: string;
  aliases: string[];
  options: string[];
  explanation: string;
}

export interface VersionChange {
  field: ContentField;
  before: string;
  after: string;
}

export interface QuestionVersionView {
  version: number;
  /** Null for the generated original. */
  editedBy: string | null;
  createdAt: string;
  /** What this version changed from the one before; empty for the first. */
  changes: VersionChange[];
}

export interface EditableQuestion extends QuestionContent {
  id: string;
  version: number;
  kind: string;
  topic: string;
  origin: string;
  editedAt: string | null;
  retiredAt: string | null;
  story: { id: string; title: string };
  sources: { articleId: string; articleTitle: string; sentence: string }[];
  history: QuestionVersionView[];
}

const editableSelect = {
  id: true,
  version: true,
  kind: true,
  topic: true,
  origin: true,
  prompt: true,
  answer: true,
  aliases: true,
  options: true,
  explanation: true,
  createdAt: true,
  editedAt: true,
  retiredAt: true,
  story: { select: { id: true, title: true, ownerId: true, visibility: true } },
} satisfies Prisma.QuestionSelect;

const notFound = () => new AppError("not_found", "That question does not exist.");

/** The question, when `user` may see and edit it; otherwise a 404 (the same for both, so nothing leaks). */
async function findEditable(client: Client, user: Editor, questionId: string) {
  const question = await client.question.findFirst({
    where: { id: questionId, ...visibleQuestionWhere(user.id) },
    select: editableSelect,
  });
  if (!question || !canEditQuestion(user, question.story)) throw notFound();
  return question;
}

function contentOf(row: {
  prompt: string;
  answer: string;
  aliases: string;
  options: string;
  explanation: string;
}): QuestionContent {
  return {
    prompt: row.prompt,
    answer: row.answer,
    aliases: parseStringList(row.aliases),
    options: parseStringList(row.options),
    explanation: row.explanation,
  };
}

/** The stored columns of `content`; a flashcard's front and back are the question and its answer. */
function storedContent(content: TQuestionContent) {
  return {
    prompt: content.prompt,
    answer: content.answer,
    aliases: JSON.stringify(content.aliases),
    options: JSON.stringify(content.options),
    explanation: content.explanation,
    flashcardFront: content.prompt,
    flashcardBack: content.answer,
  };
}

const shown = (content: QuestionContent, field: ContentField): string => {
  const value = content[field];
  return Array.isArray(value) ? value.join(" | ") : value;
};

/** Field by field, what `after` changed from `before` (lists compared in order, shown joined by " | "). */
export function diffContent(before: QuestionContent, after: QuestionContent): VersionChange[] {
  return CONTENT_FIELDS.flatMap((field) => {
    const was = shown(before, field);
    const now = shown(after, field);
    const same =
      Array.isArray(before[field]) && Array.isArray(after[field])
        ? JSON.stringify(before[field]) === JSON.stringify(after[field])
        : was === now;
    return same ? [] : [{ field, before: was, after: now }];
  });
}

async function historyOf(questionId: string): Promise<QuestionVersionView[]> {
  const versions = await db.questionVersion.findMany({
    where: { questionId },
    orderBy: { version: "asc" },
    select: {
      version: true,
      prompt: true,
      answer: true,
      aliases: true,
      options: true,
      explanation: true,
      createdAt: true,
      editedBy: { select: { name: true } },
    },
  });
  return versions.map((row, index) => {
    const previous = index > 0 ? versions[index - 1] : undefined;
    return {
      version: row.version,
      editedBy: row.editedBy?.name ?? null,
      createdAt: row.createdAt.toISOString(),
      changes: previous ? diffContent(contentOf(previous), contentOf(row)) : [],
    };
  });
}

/** A question for its edit page, with its sources and its history (newest last); 404 unless `user` may edit it. */
export async function getEditableQuestion(options: {
  user: Editor;
  questionId: string;
}): Promise<EditableQuestion> {
  const question = await findEditable(db, options.user, options.questionId);
  const [sources, history] = await Promise.all([
    db.questionSource.findMany({
      where: { questionId: question.id },
      orderBy: { articleId: "asc" },
      select: { sentence: true, article: { select: { id: true, title: true } } },
    }),
    historyOf(question.id),
  ]);
  return {
    id: question.id,
    version: question.version,
    kind: question.kind,
    topic: question.topic,
    origin: question.origin,
    ...contentOf(question),
    editedAt: question.editedAt?.toISOString() ?? null,
    retiredAt: question.retiredAt?.toISOString() ?? null,
    story: { id: question.story.id, title: question.story.title },
    sources: sources.map(({ sentence, article }) => ({
      articleId: article.id,
      articleTitle: article.title,
      sentence,
    })),
    history,
  };
}

function conflict(current: number): AppError {
  return new AppError(
    "conflict",
    `Someone saved a newer version of this question (version ${current}) since you opened it. Your changes were not saved: copy them, reload the page and make them again on the new version.`,
  );
}

/**
 * Saves `content` as the next version of the question, if it is still at `version` (the one the teacher opened):
 * otherwise a 409 and nothing is written, so two tabs never overwrite each other. The first edit also keeps the
 * original as version 1. One transaction: the version rows, the question's content, version and editedAt.
 * Saving unchanged content writes nothing.
 */
export async function editQuestion(options: {
  user: Editor;
  questionId: string;
  version: number;
  content: TQuestionContent;
  now: Date;
}): Promise<{ version: number; changed: boolean }> {
  const { user, questionId, version, content, now } = options;
  return db.$transaction(async (tx) => {
    const question = await findEditable(tx, user, questionId);
    if (question.version !== version) throw conflict(question.version);
    const current = contentOf(question);
    if (diffContent(current, content).length === 0) return { version, changed: false };
    const kept = await tx.questionVersion.count({ where: { questionId, version } });
    if (kept === 0) {
      await tx.questionVersion.create({
        data: {
          questionId,
          version,
          ...storedVersion(current),
          editedById: null,
          createdAt: question.editedAt ?? question.createdAt,
        },
      });
    }
    const next = version + 1;
    const { count } = await tx.question.updateMany({
      where: { id: questionId, version },
      data: { ...storedContent(content), version: next, editedAt: now },
    });
    if (count === 0) throw conflict(next);
    await tx.questionVersion.create({
      data: { questionId, version: next, ...storedVersion(content), editedById: user.id, createdAt: now },
    });
    return { version: next, changed: true };
  });
}

function storedVersion(content: QuestionContent) {
  return {
    prompt: content.prompt,
    answer: content.answer,
    aliases: JSON.stringify(content.aliases),
    options: JSON.stringify(content.options),
    explanation: content.explanation,
  };
}

/** Retires the question (never studied again, history kept) or restores it; 404 unless `user` may edit it. */
export async function setQuestionRetired(options: {
  user: Editor;
  questionId: string;
  retired: boolean;
  now: Date;
}): Promise<{ retiredAt: string | null }> {
  const { user, questionId, retired, now } = options;
  await findEditable(db, user, questionId);
  const updated = await db.question.update({
    where: { id: questionId },
    data: retired ? { retiredAt: now, retiredById: user.id } : { retiredAt: null, retiredById: null },
    select: { retiredAt: true },
  });
  return { retiredAt: updated.retiredAt?.toISOString() ?? null };
}

/** Stories `user` may add questions to: visible ones they may edit, newest first. */
export async function listEditableStories(options: {
  user: Editor;
}): Promise<{ id: string; title: string; topic: string }[]> {
  const stories = await db.story.findMany({
    where: visibleStoryWhere(options.user.id),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, topic: true, ownerId: true, visibility: true },
  });
  return stories
    .filter((story) => canEditQuestion(options.user, story))
    .map(({ id, title, topic }) => ({ id, title, topic }));
}

/**
 * A question written by hand (origin "manual", fact key "manual:<id>") in a story `user` may edit, 404
 * otherwise. Its content is version 1, by its author; its date is the story's earliest article's.
 */
export async function createManualQuestion(options: {
  user: Editor;
  storyId: string;
  kind: string;
  content: TQuestionContent;
  now: Date;
}): Promise<{ id: string }> {
  const { user, storyId, kind, content, now } = options;
  const story = await db.story.findFirst({
    where: { id: storyId, ...visibleStoryWhere(user.id) },
    select: { id: true, topic: true, ownerId: true, visibility: true },
  });
  if (!story || !canEditQuestion(user, story)) {
    throw new AppError("not_found", "That story does not exist.");
  }
  const earliest = await db.article.findFirst({
    where: { storyId, publishedOn: { not: null } },
    orderBy: { publishedOn: "asc" },
    select: { publishedOn: true },
  });
  const id = newId();
  await db.$transaction([
    db.question.create({
      data: {
        id,
        factKey: `manual:${id}`,
        origin: "manual",
        kind,
        ...storedContent(content),
        topic: story.topic,
        storyId,
        score: 1,
        clozeText: "",
        publishedOn: earliest?.publishedOn ?? null,
        createdAt: now,
      },
    }),
    db.questionVersion.create({
      data: { questionId: id, version: 1, ...storedVersion(content), editedById: user.id, createdAt: now },
    }),
  ]);
  return { id };
}
