import "server-only";
import { db } from "@/server/db";

// An assignment shows and grades each question as it was when the assignment was made (AssignmentQuestion.version).
// A QuestionVersion row holds that content once the question has been edited; a question with no row for the
// version is unedited since, so its current content is that version (version 1 of a never-edited question).
// Content of a (question, version) pair never changes, which is what makes it safe to read outside transactions.

export interface VersionContent {
  questionId: string;
  version: number;
  prompt: string;
  answer: string;
  options: string[];
  explanation: string;
}

/** A stored JSON array of strings (aliases, options). */
export function parseStrings(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

/** The content of each (question, version), by question id. */
export async function contentAtVersions(
  pairs: readonly { questionId: string; version: number }[],
): Promise<Map<string, VersionContent>> {
  const result = new Map<string, VersionContent>();
  if (pairs.length === 0) return result;
  const rows = await db.questionVersion.findMany({
    where: { OR: pairs.map(({ questionId, version }) => ({ questionId, version })) },
    select: { questionId: true, version: true, prompt: true, answer: true, options: true, explanation: true },
  });
  for (const row of rows) result.set(row.questionId, { ...row, options: parseStrings(row.options) });
  const missing = pairs.filter((pair) => !result.has(pair.questionId));
  if (missing.length > 0) {
    const versionOf = new Map(missing.map((pair) => [pair.questionId, pair.version]));
    const current = await db.question.findMany({
      where: { id: { in: missing.map((pair) => pair.questionId) } },
      select: { id: true, prompt: true, answer: true, options: true, explanation: true },
    });
    for (const row of current) {
      result.set(row.id, {
        questionId: row.id,
        version: versionOf.get(row.id) ?? 1,
        prompt: row.prompt,
        answer: row.answer,
        options: parseStrings(row.options),
        explanation: row.explanation,
      });
    }
  }
  return result;
}
