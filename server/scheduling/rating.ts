import "server-only";
import { type Grade, Rating } from "ts-fsrs";

export type StudyMode = "quiz" | "flashcard" | "typed";

/**
 * How fast counts as "knew it cold" and how slow as "struggled", per mode.
 * Typing takes longer than clicking an option, so typed answers get more room.
 */
export const ANSWER_SPEED_MS = {
  quiz: { fast: 8_000, slow: 30_000 },
  typed: { fast: 15_000, slow: 60_000 },
} as const;

/**
 * Outcome -> FSRS rating.
 * - wrong: Again
 * - right and fast (quiz < 8 s, typed < 15 s): Easy
 * - right and slow (quiz > 30 s, typed > 60 s): Hard
 * - right otherwise: Good
 * - flashcards: the button the user pressed (self-graded, no timing).
 * An "I was right" override on a typed answer counts as right at the recorded speed.
 */
export function ratingForOutcome(
  outcome:
    | { mode: "quiz" | "typed"; correct: boolean; durationMs: number }
    | { mode: "flashcard"; rating: Grade },
): Grade {
  if (outcome.mode === "flashcard") return outcome.rating;
  if (!outcome.correct) return Rating.Again;
  const speed = ANSWER_SPEED_MS[outcome.mode];
  if (outcome.durationMs < speed.fast) return Rating.Easy;
  if (outcome.durationMs > speed.slow) return Rating.Hard;
  return Rating.Good;
}
