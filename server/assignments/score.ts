import "server-only";

// How an attempt is marked: +1 per correct answer, minus the assignment's negative mark per wrong answer (e.g.
// 1/3 as in UPSC prelims, 0.5 as in SSC CGL), 0 per unanswered question. The one formula every screen, the CSV
// and the stored Attempt.score use.

export interface AttemptMarks {
  /** Marks after negative marking, rounded to two decimals. */
  score: number;
  /** The most an attempt can score: one per question. */
  maxScore: number;
  correct: number;
  wrong: number;
  unanswered: number;
}

export function markAttempt(
  answers: readonly { correct: boolean }[],
  questionCount: number,
  negativeMark: number,
): AttemptMarks {
  const correct = answers.filter((answer) => answer.correct).length;
  const wrong = answers.length - correct;
  const raw = correct - negativeMark * wrong;
  return {
    score: Math.round(raw * 100) / 100,
    maxScore: questionCount,
    correct,
    wrong,
    unanswered: Math.max(0, questionCount - answers.length),
  };
}
