/** The zod schema of the CLI's JSON document: what outside evaluation reads. */
import { z } from "zod";
import { QUESTION_KINDS, TOPICS } from "./types";

export const articleRecordSchema = z.object({
  id: z.string().min(1),
  file: z.string(),
  title: z.string(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  source: z.string().nullable(),
  topic: z.enum(TOPICS),
  duplicateOf: z.string().nullable(),
});

export const questionRecordSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string().min(1).endsWith("?"),
  answer: z.string().min(1),
  aliases: z.array(z.string()),
  options: z.array(z.string()).length(4),
  explanation: z.string().min(1),
  sources: z.array(z.object({ articleId: z.string(), sentence: z.string() })).min(1),
});

export const outputDocumentSchema = z.object({
  articles: z.array(articleRecordSchema),
  questions: z.array(questionRecordSchema),
});

export type OutputDocument = z.infer<typeof outputDocumentSchema>;
