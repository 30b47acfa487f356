// Shapes the study pages send to the browser; kept here so client components never import from server/.

export interface QuestionView {
  id: string;
  /** The version shown: sent with the answer, which is graded against it. */
  version: number;
  kind: string;
  topic: string;
  prompt: string;
  options: string[];
}

/** A flashcard's front: its back comes from the server once the flip is recorded (AnswerFeedback.back). */
export interface FlashcardView {
  id: string;
  version: number;
  topic: string;
  front: string;
  intervals: Record<"again" | "hard" | "good" | "easy", string>;
}

export interface SourceView {
  articleId: string;
  articleTitle: string;
  sentence: string;
}

export interface AnswerFeedback {
  clientId: string;
  questionId: string;
  /** The question's version the answer was graded against (and a report is about). */
  questionVersion: number;
  correct: boolean;
  overridden: boolean;
  rating: number;
  nextDue: string;
  /** A typed answer accepted despite a typo: the spelling it was taken for. */
  acceptedAs?: string | null;
  correctAnswer: string;
  explanation: string;
  /** The flashcard's back. */
  back: string;
  sources: SourceView[];
}
