/** The question generator's public surface. */
export { generate } from "./generate";
export { outputDocumentSchema } from "./schema";
export { normKey } from "./text";
export { QUESTION_KINDS, TOPICS } from "./types";
export type { OutputDocument } from "./schema";
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
