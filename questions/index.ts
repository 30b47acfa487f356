/** The question generator's public surface. */
export { generate } from "./generate";
export type { OutputDocument } from "./schema";
export { outputDocumentSchema } from "./schema";
export { MONTHS, normKey } from "./text";
export type {
  ArticleInput,
  GeneratedArticle,
  GeneratedQuestion,
  GenerateOptions,
  GenerationResult,
  QuestionKind,
  QuestionSource,
  Topic,
  Warning,
} from "./types";
export { QUESTION_KINDS, TOPICS } from "./types";
