import "server-only";
import type { Visibility } from "@/server/permissions/visibility";
import type { GenerationPlan } from "./plan";

export interface IngestInput {
  /** A path or upload name, shown in the report. */
  file: string;
  text: string;
}

export type IngestStatus = "added" | "duplicate" | "no_questions" | "error";

export interface IngestReport {
  file: string;
  status: IngestStatus;
  /** Questions this article now backs: new ones plus known facts it repeats. */
  questions: number;
  message: string;
  /** The stored article, when there is one. */
  articleId: string | null;
}

/** A new text of the batch, going to the generator. */
export interface Pending {
  index: number;
  input: IngestInput;
  hash: string;
}

/** A stored article given to the generator again, as context for the stories new ones may join. */
export interface StoredContextArticle {
  id: string;
  storyId: string;
  title: string;
  publishedOn: Date | null;
}

/** A stored question with a fact key the generation states again. */
export interface ExistingQuestion {
  id: string;
  factKey: string;
  publishedOn: Date | null;
  sourceArticleIds: string[];
}

/** Every row a generation writes, column by column as the schema names them (camelCase fields). */
export interface GenerationWrites {
  stories: {
    id: string;
    title: string;
    topic: string;
    ownerId: string | null;
    visibility: Visibility;
    createdAt: Date;
  }[];
  articles: {
    id: string;
    contentHash: string;
    file: string;
    title: string;
    publishedOn: Date | null;
    source: string | null;
    topic: string;
    storyId: string;
    duplicateOfId: string | null;
    rawText: string;
    cleanText: string;
    warning: string | null;
    addedById: string | null;
    createdAt: Date;
  }[];
  questions: {
    id: string;
    factKey: string;
    kind: string;
    prompt: string;
    answer: string;
    aliases: string;
    options: string;
    explanation: string;
    topic: string;
    storyId: string;
    score: number;
    flashcardFront: string;
    flashcardBack: string;
    clozeText: string;
    publishedOn: Date | null;
    createdAt: Date;
  }[];
  sources: { questionId: string; articleId: string; sentence: string }[];
  /** Stored questions a new article dates earlier. */
  questionDates: { id: string; publishedOn: Date }[];
  /** The report of each pending text, by its index in the batch. */
  outcomes: { index: number; report: IngestReport }[];
}

/** Stores a generation in one write transaction: reads the stored questions it repeats, then writes. */
export type GenerationStore = (plan: GenerationPlan) => Promise<GenerationWrites["outcomes"]>;
