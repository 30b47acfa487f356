/** Public types of the question generator. */

export const QUESTION_KINDS = ["who", "where", "which", "when", "how_many", "what"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const TOPICS = [
  "polity",
  "economy",
  "defence",
  "international",
  "science",
  "environment",
  "sports",
  "awards",
  "appointments",
  "other",
] as const;
export type Topic = (typeof TOPICS)[number];

/** One raw article as a user pasted or uploaded it. */
export interface ArticleInput {
  /** Stable id; derived from the file name or a content hash when absent. */
  id?: string;
  /** Where it came from (a path as given on the command line, an upload name). */
  file?: string;
  text: string;
}

export interface GenerateOptions {
  /** "Today" for inferring a missing year; defaults to the current date. */
  now?: Date;
  /** Questions kept per story at most, after ranking. */
  maxQuestionsPerStory?: number;
}

export interface Warning {
  articleId: string;
  code: "empty" | "binary" | "not_english" | "no_questions" | "teasers_dropped" | "too_long";
  message: string;
}

export interface GeneratedArticle {
  id: string;
  file: string;
  title: string;
  /** The article's own date (YYYY-MM-DD), or null when neither it nor its story gives one. */
  date: string | null;
  /** The outlet or agency, when the text names one. */
  source: string | null;
  topic: Topic;
  /** Id of the earlier article this one repeats (the same wire copy), or null. */
  duplicateOf: string | null;
  /** Articles about the same event share a story id. */
  storyId: string;
  /** Title of the story (the first article's title). */
  storyTitle: string;
  /** The article body after cleaning: furniture, ads and teasers removed. */
  cleanText: string;
  /** Set when the article could not be read as an English news text. */
  warning: Warning | null;
}

export interface QuestionSource {
  articleId: string;
  sentence: string;
}

export interface GeneratedQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  aliases: string[];
  /** The answer and three distractors, in display order. */
  options: string[];
  explanation: string;
  sources: QuestionSource[];
  /**
   * Key of the underlying fact within its story: kind and normalised answer ("who:ola berg"), with "#2"
   * for a second question on the same answer. Stable when the story gains articles and the prompt is reworded;
   * callers that store questions scope it by their own story id.
   */
  factKey: string;
  storyId: string;
  topic: Topic;
  /** Higher is more worth asking. */
  score: number;
  flashcard: { front: string; back: string };
  /** The source sentence with the answer blanked as "_____". */
  cloze: { text: string; answer: string };
}

export interface GenerationResult {
  articles: GeneratedArticle[];
  questions: GeneratedQuestion[];
  warnings: Warning[];
}
