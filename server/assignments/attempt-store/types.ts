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

/** What saving one answer needs to know, read in one go. */
export interface AnswerContext {
  mode: string;
  /** Null when the question is not in the assignment. */
  version: number | null;
  /** Null before the student starts. */
  attempt: { id: string; layout: string } | null;
}

/** A question's content at one version (options as stored: a JSON array). */
export interface VersionKey {
  answer: string;
  options: string;
  explanation: string;
}

/**
 * The reads on the way to saving an answer (the busiest request of a class taking a test), and the writes of
 * taking an assignment, each one write transaction that reads what it depends on after taking the
 * write lock: an answer and the finalising of its attempt never interleave.
 */
export interface AttemptStore {
  /** The assignment, question and attempt behind an answer; null when the assignment is not set for the student. */
  findAnswerContext(options: {
    assignmentId: string;
    userId: string;
    questionId: string;
  }): Promise<AnswerContext | null>;
  /**
   * The question's content at `version`: its QuestionVersion row, or the question's current content when there is
   * none (it has not been edited since). Null for an unknown question.
   */
  findVersionKey(questionId: string, version: number): Promise<VersionKey | null>;
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
