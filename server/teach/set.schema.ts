import { z } from "zod";

const title = z
  .string({ error: "Give the set a title." })
  .trim()
  .min(1, "Give the set a title.")
  .max(120, "The title can be at most 120 characters.");
const description = z
  .string({ error: "The description must be text." })
  .trim()
  .max(1000, "The description can be at most 1000 characters.");
const questionId = z.string({ error: "Which question?" }).trim().min(1, "Which question?").max(100);

/** POST /api/teach/sets */
export const ZCreateSetRequest = z.object({ title, description: description.default("") });
export type TCreateSetRequest = z.infer<typeof ZCreateSetRequest>;

/**
 * PATCH /api/teach/sets/[id]: new title or description, and/or the questions in their new order (a removal leaves
 * one out). `updatedAt` is the set as the page showed it: a set changed since (another tab) is a 409.
 */
export const ZUpdateSetRequest = z.object({
  updatedAt: z.iso.datetime({ error: "Reload the set and try again." }),
  title: title.optional(),
  description: description.optional(),
  questionIds: z
    .array(questionId)
    .max(500, "A set can hold at most 500 questions.")
    .refine((ids) => new Set(ids).size === ids.length, "A question is listed twice.")
    .optional(),
});
export type TUpdateSetRequest = z.infer<typeof ZUpdateSetRequest>;

/** POST /api/teach/sets/[id]/items: adds a question at the end of the set. */
export const ZAddSetItemRequest = z.object({ questionId });

export const ZSetIdParams = z.object({ id: z.string().trim().min(1).max(100) });
