import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { visibleQuestionWhere } from "@/server/permissions/visibility";
import { answerStore } from "./answer-store";

/** What the browser may see before answering: the prompt and options, never which one is right. */
export interface StudyQuestion {
  id: string;
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
  topic: string;
  front: string;
}

/** What the server reveals once an answer is recorded. */
export interface QuestionKey {
  id: string;
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
    select: { id: true, kind: true, topic: true, prompt: true, options: true },
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
    select: { id: true, topic: true, flashcardFront: true },
  });
  return inOrder(
    options.questionIds,
    rows.map((row) => ({ id: row.id, topic: row.topic, front: row.flashcardFront })),
  );
}

/**
 * The answer key of a question, for checking and for feedback after the answer is recorded; 404 when there is none
 * or the user may not see it.
 */
export async function getQuestionKey(options: { questionId: string; userId: string }): Promise<QuestionKey> {
  const row = await answerStore.findQuestionKey(options.questionId, options.userId);
  if (!row) throw new AppError("not_found", "That question does not exist.");
  const { flashcardBack, ...key } = row;
  return {
    ...key,
    back: flashcardBack,
    aliases: parseStringList(row.aliases),
    options: parseStringList(row.options),
  };
}
