import "server-only";

/** An answer of an attempt as stored. */
export interface StoredAttemptAnswer {
  questionId: string;
  /** The option's text in the question's version shown. */
  choice: string;
  correct: boolean;
  clientId: string;
  answeredAt: Date;
}

export interface NewAttemptAnswer {
  attemptId: string;
  questionId: string;
  choice: string;
  correct: boolean;
  clientId: string;
  /** Server time: the answer is refused when it is not before the attempt's deadline. */
  now: Date;
  /** Practice: the first answer to a question is final. */
  firstAnswerFinal: boolean;
}

export type SaveOutcome =
  | { kind: "saved"; answer: StoredAttemptAnswer }
  | { kind: "late" }
  | { kind: "submitted" };

/**
 * The writes of taking an assignment, each one write transaction that reads what it depends on after taking the
 * write lock: an answer and the finalising of its attempt never interleave.
 */
export interface AttemptWriter {
  /**
   * Saves an answer, unless the attempt is submitted or its deadline is not after `now`. The same clientId again
   * returns the answer saved under it (a 409 AppError when that was for another question); with
   * `firstAnswerFinal`, a second answer to a question is a 409 AppError.
   */
  saveAnswer(answer: NewAttemptAnswer): Promise<SaveOutcome>;
  /**
   * Marks the attempt with `mark` over its saved answers and stamps it submitted at `submittedAt`, if it is not
   * yet. True for the call that did.
   */
  finalise(options: {
    attemptId: string;
    submittedAt: Date;
    mark: (answers: { correct: boolean }[]) => { score: number; correct: number; wrong: number };
  }): Promise<boolean>;
}
