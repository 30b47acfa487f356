import "server-only";
import { createHash } from "node:crypto";
import { unsafeUniformIntDistribution, xoroshiro128plus } from "pure-rand";
import { z } from "zod";

// An attempt's layout: the order this student sees the questions in, and each question's options (as indexes
// into the options of the question's version). Built once when the attempt starts and stored on it, so a reload,
// a second tab or another server shows the same test. With shuffling on, the order comes from a PRNG (pure-rand's
// xoroshiro128+) seeded by the assignment and the student: the same student gets the same order, two students
// different ones.

const ZAttemptLayout = z.object({
  questions: z.array(z.object({ id: z.string(), options: z.array(z.number().int().min(0)) })),
});
export type AttemptLayout = z.infer<typeof ZAttemptLayout>;

function seedOf(text: string): number {
  return createHash("sha256").update(text).digest().readInt32LE(0);
}

/** Fisher-Yates on a copy, drawing from `rng`. */
function shuffled<T>(items: readonly T[], rng: ReturnType<typeof xoroshiro128plus>): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = unsafeUniformIntDistribution(0, index, rng);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** The layout of a new attempt; `questions` in the assignment's order. */
export function buildLayout(options: {
  questions: readonly { id: string; optionCount: number }[];
  shuffle: boolean;
  seed: string;
}): AttemptLayout {
  const { questions, shuffle, seed } = options;
  const identity = (count: number) => Array.from({ length: count }, (_, index) => index);
  if (!shuffle) {
    return {
      questions: questions.map((question) => ({ id: question.id, options: identity(question.optionCount) })),
    };
  }
  const rng = xoroshiro128plus(seedOf(seed));
  return {
    questions: shuffled(questions, rng).map((question) => ({
      id: question.id,
      options: shuffled(identity(question.optionCount), rng),
    })),
  };
}

/** A stored layout. */
export function parseLayout(stored: string): AttemptLayout {
  return ZAttemptLayout.parse(JSON.parse(stored));
}
