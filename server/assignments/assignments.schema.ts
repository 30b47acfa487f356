import "server-only";
import { z } from "zod";

/** A date and time as a datetime-local input sends it ("2026-12-01T09:30"), read in the teacher's time zone. */
const ZLocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Give a date and time (YYYY-MM-DDTHH:MM).");

/** POST /api/assignments: a teacher gives one of their sets to one or more of their classes. */
export const ZCreateAssignmentRequest = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, "Give the assignment a title.")
      .max(120, "Keep the title under 120 characters."),
    setId: z.string().trim().min(1, "Choose a question set.").max(100),
    classIds: z
      .array(z.string().trim().min(1).max(100))
      .min(1, "Choose at least one class.")
      .max(50)
      .transform((ids) => [...new Set(ids)]),
    opensAt: ZLocalDateTime,
    dueAt: ZLocalDateTime,
    mode: z.enum(["practice", "test"], "Choose practice or test."),
    /** Test only: minutes from starting; empty for no limit (the due time still applies). */
    timeLimitMinutes: z
      .number()
      .int()
      .min(1, "A time limit is at least 1 minute.")
      .max(600)
      .nullable()
      .default(null),
    /** Test only: marks off per wrong answer (1/3 as in UPSC prelims, 0.5 as in SSC CGL, or any value 0-1). */
    negativeMark: z
      .number()
      .min(0, "Negative marking is 0 to 1.")
      .max(1, "Negative marking is 0 to 1.")
      .default(0),
    shuffle: z.boolean().default(false),
    /** Test only: when the answers are shown. */
    reveal: z.enum(["submit", "due"]).default("submit"),
  })
  .strict();
export type TCreateAssignmentRequest = z.infer<typeof ZCreateAssignmentRequest>;

/** POST /api/assignments/[id]/answers: one answer in an attempt. */
export const ZAttemptAnswerRequest = z.object({
  questionId: z.string().trim().min(1, "Which question is this answer for?").max(100),
  /** The option's place in the order this student sees (the attempt's layout). */
  choice: z.number().int().min(0, "Choose an option.").max(9),
  /** Browser-made per answer: the same id twice is one answer. Lower-cased, as in server/answers/answer.schema. */
  clientId: z.uuid("The answer id must be a UUID (crypto.randomUUID()).").toLowerCase(),
  /** Time spent on the question, for the practice-mode review's FSRS rating. */
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000)
    .default(0),
});
export type TAttemptAnswerRequest = z.infer<typeof ZAttemptAnswerRequest>;

export const ZAssignmentParams = z.object({ id: z.string().min(1).max(100) });
