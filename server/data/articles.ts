import "server-only";
import { db } from "@/server/db";
import { type Visibility, visibilitySchema, visibleArticleWhere } from "@/server/permissions/visibility";

export interface ArticleHighlight {
  sentence: string;
  questions: { id: string; prompt: string }[];
}

export interface ArticleView {
  id: string;
  title: string;
  file: string;
  publishedOn: string | null;
  source: string | null;
  topic: string;
  story: {
    id: string;
    title: string;
    visibility: Visibility;
    /** Whether the reader owns the story (and so may publish it, server/data/publishing.ts). */
    ownedByReader: boolean;
  };
  /** The cleaned text, to be rendered as text. */
  cleanText: string;
  warning: string | null;
  duplicateOf: { id: string; title: string } | null;
  duplicates: { id: string; title: string }[];
  /** Other articles of the same story. */
  related: { id: string; title: string }[];
  /** Source sentences in order of first appearance, each with the questions made from it. */
  highlights: ArticleHighlight[];
}

/**
 * An article for reading, with the sentences its questions came from; null when unknown or the user may not see
 * it (server/permissions/visibility.ts).
 */
export async function getArticle({
  id,
  userId,
}: {
  id: string;
  userId: string;
}): Promise<ArticleView | null> {
  const visible = visibleArticleWhere(userId);
  const article = await db.article.findFirst({
    where: { id, ...visible },
    select: {
      id: true,
      title: true,
      file: true,
      publishedOn: true,
      source: true,
      topic: true,
      cleanText: true,
      warning: true,
      story: {
        select: {
          id: true,
          title: true,
          visibility: true,
          ownerId: true,
          articles: { select: { id: true, title: true } },
        },
      },
      duplicateOfId: true,
      duplicates: { where: visible, select: { id: true, title: true } },
      sources: {
        select: { sentence: true, question: { select: { id: true, prompt: true, score: true } } },
      },
    },
  });
  if (!article) return null;
  // The wire copy it repeats may be in a story the reader does not see: then it is not named.
  const duplicateOf = article.duplicateOfId
    ? await db.article.findFirst({
        where: { id: article.duplicateOfId, ...visible },
        select: { id: true, title: true },
      })
    : null;

  const bySentence = new Map<string, ArticleHighlight>();
  for (const { sentence, question } of article.sources) {
    const highlight = bySentence.get(sentence) ?? { sentence, questions: [] };
    highlight.questions.push({ id: question.id, prompt: question.prompt });
    bySentence.set(sentence, highlight);
  }
  const position = (sentence: string) => {
    const at = article.cleanText.indexOf(sentence);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };

  return {
    id: article.id,
    title: article.title,
    file: article.file,
    publishedOn: article.publishedOn?.toISOString() ?? null,
    source: article.source,
    topic: article.topic,
    story: {
      id: article.story.id,
      title: article.story.title,
      visibility: visibilitySchema.catch("private").parse(article.story.visibility),
      ownedByReader: article.story.ownerId === userId,
    },
    cleanText: article.cleanText,
    warning: article.warning,
    duplicateOf,
    duplicates: article.duplicates,
    related: article.story.articles.filter((other) => other.id !== article.id),
    highlights: [...bySentence.values()].sort((a, b) => position(a.sentence) - position(b.sentence)),
  };
}
