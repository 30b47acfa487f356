import "server-only";
import { z } from "zod";

// A UUID in any letter case names the same answer: lower-cased here, at the boundary, so a retry that changed the
// case is still recognised as the same answer by the unique (user, clientId) index.
const ZClientId = z.uuid("The answer id must be a UUID (crypto.randomUUID()).").toLowerCase();

const answerBase = {
  questionId: z.string().trim().min(1, "Which question is this answer for?").max(100),
  clientId: ZClientId,
  /** The question's version shown (StudyQuestion.version): the answer is graded against it. */
  version: z.number().int().min(1).max(1_000_000).optional(),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000),
};

/** POST /api/answers: one answer, in one of the three study modes. */
export const ZAnswerRequest = z.discriminatedUnion("mode", [
  z.object({
    ...answerBase,
    mode: z.literal("quiz"),
    choice: z.number().int().min(0, "Choose an option.").max(9),
  }),
  z.object({
    ...answerBase,
    mode: z.literal("typed"),
    response: z.string().trim().min(1, "Type an answer first.").max(300, "That answer is too long."),
  }),
  // Without a rating: "Show answer". The flip is recorded (as Again until rated) before the back is sent.
  z.object({
    ...answerBase,
    mode: z.literal("flashcard"),
    rating: z.literal([1, 2, 3, 4], "Rate the card 1 to 4.").optional(),
  }),
]);
export type TAnswerRequest = z.infer<typeof ZAnswerRequest>;

/** POST /api/answers/override: "I was right" on a typed answer. */
export const ZOverrideRequest = z.object({ clientId: ZClientId });
export type TOverrideRequest = z.infer<typeof ZOverrideRequest>;
