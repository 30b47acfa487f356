// Shapes the study pages send to the browser; kept here so client components never import from server/.

export interface QuestionView {
  id: string;
  kind: string;
  topic: string;
  prompt: string;
  options: string[];
}

export interface FlashcardView {
  id: string;
  topic: string;
  front: string;
  back: string;
  sources: SourceView[];
  intervals: Record<"again" | "hard" | "good" | "easy", string>;
}

export interface SourceView {
  articleId: string;
  articleTitle: string;
  sentence: string;
}

export interface AnswerFeedback {
  clientId: string;
  correct: boolean;
  overridden: boolean;
  rating: number;
  nextDue: string;
  /** A typed answer accepted despite a typo: the spelling it was taken for. */
  acceptedAs?: string | null;
  correctAnswer: string;
  explanation: string;
  sources: SourceView[];
}
