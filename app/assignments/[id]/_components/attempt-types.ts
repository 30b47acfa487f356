// The JSON of GET /api/assignments/[id] (server/assignments/attempts.ts, AttemptView), as the page reads it.

export type AssignmentStatus = "not_open" | "open" | "in_progress" | "submitted" | "missed";

export interface AnswerFeedback {
  correct: boolean;
  correctChoice: number;
  correctAnswer: string;
  explanation: string;
}

export interface SavedAnswer {
  questionId: string;
  choice: number;
  clientId: string;
  answeredAt: string;
  feedback: AnswerFeedback | null;
}

export interface AttemptViewData {
  assignment: {
    id: string;
    title: string;
    mode: "practice" | "test";
    opensAt: string;
    dueAt: string;
    timeLimitSec: number | null;
    negativeMark: number;
    questionCount: number;
    reveal: "submit" | "due";
  };
  status: AssignmentStatus;
  now: string;
  attempt: {
    startedAt: string;
    deadlineAt: string;
    submittedAt: string | null;
    questions: { id: string; prompt: string; options: string[] }[];
    answers: SavedAnswer[];
  } | null;
  reviewAvailable: boolean;
  reviewAvailableAt: string | null;
}
