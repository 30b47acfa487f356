import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { MONTHS } from "@/questions";
import { db } from "@/server/db";
import { visibleQuestionWhere, visibleStoryWhere } from "@/server/permissions/visibility";

/**
 * Sets group questions for study: one per story, topic, ISO week and month of publication.
 * A set id names its kind and key: `story:<storyId>`, `topic:<topic>`, `week:<YYYY-Www>`, `month:<YYYY-MM>`.
 */
export const SET_KINDS = ["story", "topic", "month", "week"] as const;
export type SetKind = (typeof SET_KINDS)[number];

export type SetRef =
  | { kind: "story"; storyId: string }
  | { kind: "topic"; topic: string }
  | { kind: "week"; year: number; week: number }
  | { kind: "month"; year: number; month: number };

/**
 * Mastered: the user's card is in Review (ts-fsrs state 2) with a stability of at least 21 days,
 * i.e. FSRS expects it to be remembered three weeks after the last review.
 */
export const MASTERED_STATE = 2;
export const MASTERED_MIN_STABILITY_DAYS = 21;

export interface StudySetSummary {
  id: string;
  kind: SetKind;
  title: string;
  /** Secondary line: a story's topic, a week's dates. */
  subtitle: string | null;
  questionCount: number;
  masteredCount: number;
  /** masteredCount / questionCount, 0..1 (0 for an empty set). */
  mastery: number;
}

export interface SetQuestion {
  id: string;
  prompt: string;
  topic: string;
  publishedOn: string | null;
  sources: { articleId: string; articleTitle: string }[];
  mastered: boolean;
}

export interface StudySet extends StudySetSummary {
  questions: SetQuestion[];
}

const pad = (value: number) => String(value).padStart(2, "0");

/** ISO-8601 week (Monday first; week 1 holds the year's first Thursday) of a UTC date. */
export function isoWeek(date: Date): { year: number; week: number } {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return { year: day.getUTCFullYear(), week: Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

/** Monday 00:00 UTC of an ISO week. */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (week - 1) * 7);
  return monday;
}

export function setIdOf(ref: SetRef): string {
  switch (ref.kind) {
    case "story":
      return `story:${ref.storyId}`;
    case "topic":
      return `topic:${ref.topic}`;
    case "week":
      return `week:${ref.year}-W${pad(ref.week)}`;
    case "month":
      return `month:${ref.year}-${pad(ref.month)}`;
  }
}

/** The set a set id names, or null when it is malformed. */
export function parseSetId(setId: string): SetRef | null {
  const separator = setId.indexOf(":");
  if (separator < 0) return null;
  const kind = setId.slice(0, separator);
  const key = setId.slice(separator + 1);
  if (!key) return null;
  if (kind === "story") return { kind, storyId: key };
  if (kind === "topic") return { kind, topic: key };
  if (kind === "week") {
    const match = /^(\d{4})-W(\d{2})$/.exec(key);
    const week = Number(match?.[2]);
    return match && week >= 1 && week <= 53 ? { kind, year: Number(match[1]), week } : null;
  }
  if (kind === "month") {
    const match = /^(\d{4})-(\d{2})$/.exec(key);
    const month = Number(match?.[2]);
    return match && month >= 1 && month <= 12 ? { kind, year: Number(match[1]), month } : null;
  }
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shortDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]?.slice(0, 3)}`;
}

function describe(ref: SetRef, storyTitles: Map<string, { title: string; topic: string }>) {
  switch (ref.kind) {
    case "story": {
      const story = storyTitles.get(ref.storyId);
      return { title: story?.title ?? "Untitled story", subtitle: story ? capitalise(story.topic) : null };
    }
    case "topic":
      return { title: capitalise(ref.topic), subtitle: null };
    case "week": {
      const start = isoWeekStart(ref.year, ref.week);
      const end = new Date(start.getTime() + 6 * 86_400_000);
      return { title: `Week ${ref.week}, ${ref.year}`, subtitle: `${shortDay(start)} – ${shortDay(end)}` };
    }
    case "month":
      return { title: `${MONTHS[ref.month - 1]} ${ref.year}`, subtitle: null };
  }
}

/**
 * The stories whose questions a visitor's sets hold: what the user may see (server/permissions/visibility.ts);
 * the library alone for a visitor who is not signed in.
 */
function storiesFor(userId: string | null): Prisma.StoryWhereInput {
  return userId ? visibleStoryWhere(userId) : { visibility: "library" };
}

function questionsFor(userId: string | null): Prisma.QuestionWhereInput {
  return userId ? visibleQuestionWhere(userId) : { story: storiesFor(null) };
}

/** Portable filter for the questions of a set. */
function questionWhere(ref: SetRef): Prisma.QuestionWhereInput {
  switch (ref.kind) {
    case "story":
      return { storyId: ref.storyId };
    case "topic":
      return { topic: ref.topic };
    case "week": {
      const start = isoWeekStart(ref.year, ref.week);
      return { publishedOn: { gte: start, lt: new Date(start.getTime() + 7 * 86_400_000) } };
    }
    case "month":
      return {
        publishedOn: {
          gte: new Date(Date.UTC(ref.year, ref.month - 1, 1)),
          lt: new Date(Date.UTC(ref.year, ref.month, 1)),
        },
      };
  }
}

/** The refs of every set a question belongs to. */
function refsOf(question: { storyId: string; topic: string; publishedOn: Date | null }): SetRef[] {
  const refs: SetRef[] = [
    { kind: "story", storyId: question.storyId },
    { kind: "topic", topic: question.topic },
  ];
  if (question.publishedOn) {
    refs.push({
      kind: "month",
      year: question.publishedOn.getUTCFullYear(),
      month: question.publishedOn.getUTCMonth() + 1,
    });
    refs.push({ kind: "week", ...isoWeek(question.publishedOn) });
  }
  return refs;
}

/** Ids of the questions this user has mastered, among `questionIds` when given. */
async function masteredQuestionIds({ userId, questionIds }: { userId: string; questionIds?: string[] }) {
  const cards = await db.card.findMany({
    where: {
      userId,
      state: MASTERED_STATE,
      stability: { gte: MASTERED_MIN_STABILITY_DAYS },
      ...(questionIds ? { questionId: { in: questionIds } } : {}),
    },
    select: { questionId: true },
  });
  return new Set(cards.map((card) => card.questionId));
}

const KIND_ORDER = new Map(SET_KINDS.map((kind, index) => [kind, index]));

/** Every non-empty set with its size and this user's mastery: stories, topics, months, then weeks (newest first). */
export async function listSets({ userId }: { userId: string | null }): Promise<StudySetSummary[]> {
  const [questions, stories, mastered] = await Promise.all([
    db.question.findMany({
      where: { retiredAt: null, ...questionsFor(userId) },
      select: { id: true, storyId: true, topic: true, publishedOn: true },
    }),
    db.story.findMany({
      where: storiesFor(userId),
      select: { id: true, title: true, topic: true, createdAt: true },
    }),
    userId ? masteredQuestionIds({ userId }) : Promise.resolve(new Set<string>()),
  ]);
  const storyInfo = new Map(stories.map((story) => [story.id, story]));

  const sets = new Map<
    string,
    { ref: SetRef; questionCount: number; masteredCount: number; sortKey: string }
  >();
  for (const question of questions) {
    for (const ref of refsOf(question)) {
      const id = setIdOf(ref);
      const entry = sets.get(id) ?? {
        ref,
        questionCount: 0,
        masteredCount: 0,
        sortKey: sortKeyOf(ref, storyInfo),
      };
      entry.questionCount += 1;
      if (mastered.has(question.id)) entry.masteredCount += 1;
      sets.set(id, entry);
    }
  }

  return [...sets.entries()]
    .sort(
      ([, a], [, b]) =>
        (KIND_ORDER.get(a.ref.kind) ?? 0) - (KIND_ORDER.get(b.ref.kind) ?? 0) ||
        b.sortKey.localeCompare(a.sortKey),
    )
    .map(([id, entry]) => ({
      id,
      kind: entry.ref.kind,
      ...describe(entry.ref, storyInfo),
      questionCount: entry.questionCount,
      masteredCount: entry.masteredCount,
      mastery: entry.questionCount > 0 ? entry.masteredCount / entry.questionCount : 0,
    }));
}

// Descending sort key: newest stories, weeks and months first; topics alphabetical (inverted for the descending sort).
function sortKeyOf(ref: SetRef, storyInfo: Map<string, { createdAt: Date }>): string {
  switch (ref.kind) {
    case "story":
      // Stories of one add share a creation time; their ids (cuids) still sort in the order they were made.
      return `${storyInfo.get(ref.storyId)?.createdAt.toISOString() ?? ""}|${ref.storyId}`;
    case "topic":
      return [...ref.topic].map((char) => String.fromCharCode(0xffff - char.charCodeAt(0))).join("");
    case "week":
      return setIdOf(ref);
    case "month":
      return setIdOf(ref);
  }
}

/**
 * One set with the questions of it the user may see (prompts only, never answers) and this user's mastery; null
 * when unknown or empty for them.
 */
export async function getSet({
  setId,
  userId,
}: {
  setId: string;
  userId: string | null;
}): Promise<StudySet | null> {
  const ref = parseSetId(setId);
  if (!ref) return null;
  const questions = await db.question.findMany({
    where: { ...questionWhere(ref), retiredAt: null, ...questionsFor(userId) },
    orderBy: [{ publishedOn: "asc" }, { score: "desc" }, { id: "asc" }],
    select: {
      id: true,
      prompt: true,
      topic: true,
      publishedOn: true,
      sources: {
        where: { article: { story: storiesFor(userId) } },
        select: { article: { select: { id: true, title: true } } },
        orderBy: { articleId: "asc" },
      },
    },
  });
  if (questions.length === 0) return null;

  const storyInfo = new Map<string, { title: string; topic: string }>();
  if (ref.kind === "story") {
    const story = await db.story.findFirst({
      where: { id: ref.storyId, ...storiesFor(userId) },
      select: { title: true, topic: true },
    });
    if (story) storyInfo.set(ref.storyId, story);
  }
  const mastered = userId
    ? await masteredQuestionIds({ userId, questionIds: questions.map((question) => question.id) })
    : new Set<string>();

  return {
    id: setIdOf(ref),
    kind: ref.kind,
    ...describe(ref, storyInfo),
    questionCount: questions.length,
    masteredCount: mastered.size,
    mastery: mastered.size / questions.length,
    questions: questions.map((question) => ({
      id: question.id,
      prompt: question.prompt,
      topic: question.topic,
      publishedOn: question.publishedOn?.toISOString() ?? null,
      sources: question.sources.map(({ article }) => ({
        articleId: article.id,
        articleTitle: article.title,
      })),
      mastered: mastered.has(question.id),
    })),
  };
}

/**
 * The ids of a set's questions the user may see, in study order (oldest fact first, then most worth asking);
 * null when the set id is malformed or names no question they may see.
 */
export async function getSetQuestionIds({
  setId,
  userId,
}: {
  setId: string;
  userId: string;
}): Promise<string[] | null> {
  const ref = parseSetId(setId);
  if (!ref) return null;
  const questions = await db.question.findMany({
    where: { ...questionWhere(ref), retiredAt: null, ...visibleQuestionWhere(userId) },
    orderBy: [{ publishedOn: "asc" }, { score: "desc" }, { id: "asc" }],
    select: { id: true },
  });
  return questions.length > 0 ? questions.map((question) => question.id) : null;
}
