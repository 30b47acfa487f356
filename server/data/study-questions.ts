import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import { answerStore } from "./answer-store";

/** What the browser may see before answering: the prompt and options, never which one is right. */
export interface StudyQuestion {
  id: string;
  /** The version shown: the answer is sent back with it and graded against it, whatever edits came since. */
  version: number;
  kind: string;
  topic: string;
  prompt: string;
  options: string[];
}

export interface QuestionSourceView {
  articleId: string;
  articleTitle: string;
  sentence: string;
}

/**
 * A flashcard's front. Its back states the answer, so like a quiz's answer it reaches the browser only once the
 * flip is recorded (server/data/answers.ts, revealFlashcard).
 */
export interface StudyFlashcard {
  id: string;
  version: number;
  topic: string;
  front: string;
}

/** What the server reveals once an answer is recorded. */
export interface QuestionKey {
  id: string;
  /** The version this key is of. */
  version: number;
  answer: string;
  aliases: string[];
  options: string[];
  explanation: string;
  /** The flashcard's back. */
  back: string;
  sources: QuestionSourceView[];
}

const stringList = z.array(z.string());

/** Options and aliases are JSON arrays in the row; a malformed one reads as empty rather than crashing a page. */
export function parseStringList(json: string): string[] {
  try {
    const parsed = stringList.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Quiz and typed-answer payloads for the given questions the user may see, in the order given. */
export async function getStudyQuestions(options: {
  questionIds: readonly string[];
  userId: string;
}): Promise<StudyQuestion[]> {
  const rows = await db.question.findMany({
    where: { id: { in: [...options.questionIds] }, retiredAt: null, ...visibleQuestionWhere(options.userId) },
    select: { id: true, version: true, kind: true, topic: true, prompt: true, options: true },
  });
  return inOrder(
    options.questionIds,
    rows.map((row) => ({ ...row, options: parseStringList(row.options) })),
  );
}

/** One question's quiz payload; 404 when there is no such question or the user may not see it. */
export async function getStudyQuestion(options: {
  questionId: string;
  userId: string;
}): Promise<StudyQuestion> {
  const [question] = await getStudyQuestions({ questionIds: [options.questionId], userId: options.userId });
  if (!question) throw new AppError("not_found", "That question does not exist.");
  return question;
}

/** Flashcard payloads for the given questions the user may see, in the order given. */
export async function getStudyFlashcards(options: {
  questionIds: readonly string[];
  userId: string;
}): Promise<StudyFlashcard[]> {
  const rows = await db.question.findMany({
    where: { id: { in: [...options.questionIds] }, retiredAt: null, ...visibleQuestionWhere(options.userId) },
    select: { id: true, version: true, topic: true, flashcardFront: true },
  });
  return inOrder(
    options.questionIds,
    rows.map((row) => ({ id: row.id, version: row.version, topic: row.topic, front: row.flashcardFront })),
  );
}

/**
 * The answer key of a question, for checking and for feedback after the answer is recorded; 404 when there is
 * none or the user may not see it. With `version`, the key of that version (a teacher may have edited the question
 * since it was shown: the answer is graded against what the student saw); a version the question never had is a 409.
 */
export async function getQuestionKey(options: {
  questionId: string;
  userId: string;
  version?: number | undefined;
}): Promise<QuestionKey> {
  const row = await answerStore.findQuestionKey(options.questionId, options.userId);
  if (!row) throw new AppError("not_found", "That question does not exist.");
  const { flashcardBack, ...key } = row;
  const current = {
    ...key,
    back: flashcardBack,
    aliases: parseStringList(row.aliases),
    options: parseStringList(row.options),
  };
  if (options.version === undefined || options.version === row.version) return current;
  const shown = await answerStore.findQuestionVersion(options.questionId, options.version);
  if (!shown) {
    throw new AppError(
      "conflict",
      "This question has changed since it was shown. Reload the page to answer its current version.",
    );
  }
  return {
    ...current,
    version: options.version,
    answer: shown.answer,
    aliases: parseStringList(shown.aliases),
    options: parseStringList(shown.options),
    explanation: shown.explanation,
    // A flashcard's back is its answer (questions/generate.ts; a teacher's edit keeps it so).
    back: shown.answer,
  };
}
