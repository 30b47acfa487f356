import "server-only";
import { db } from "@/server/db";

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
  story: { id: string; title: string };
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

/** An article for reading, with the sentences its questions came from; null when unknown. */
export async function getArticle({ id }: { id: string }): Promise<ArticleView | null> {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      file: true,
      publishedOn: true,
      source: true,
      topic: true,
      cleanText: true,
      warning: true,
      story: { select: { id: true, title: true, articles: { select: { id: true, title: true } } } },
      duplicateOf: { select: { id: true, title: true } },
      duplicates: { select: { id: true, title: true } },
      sources: {
        select: { sentence: true, question: { select: { id: true, prompt: true, score: true } } },
      },
    },
  });
  if (!article) return null;

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
    story: { id: article.story.id, title: article.story.title },
    cleanText: article.cleanText,
    warning: article.warning,
    duplicateOf: article.duplicateOf,
    duplicates: article.duplicates,
    related: article.story.articles.filter((other) => other.id !== article.id),
    highlights: [...bySentence.values()].sort((a, b) => position(a.sentence) - position(b.sentence)),
  };
}
