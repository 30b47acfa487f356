import type { SourceView } from "./study-types";

/** One sentence and every article that says it. */
export interface SourceGroup {
  sentence: string;
  articles: { articleId: string; articleTitle: string }[];
}

function words(sentence: string): Set<string> {
  return new Set(
    sentence
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .split(" ")
      .filter(Boolean),
  );
}

/** Sentences that say the same thing: nearly all the words of the shorter one are in the longer one. */
function sameStatement(a: Set<string>, b: Set<string>): boolean {
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a];
  if (shorter.size === 0) return longer.size === 0;
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared / shorter.size >= 0.9 && shorter.size / longer.size >= 0.6;
}

/**
 * A question's sources with copies of one statement shown once: wire copies of a story repeat the same sentence,
 * word for word or nearly. Each group keeps its longest wording and links every article that has it.
 */
export function groupSources(sources: readonly SourceView[]): SourceGroup[] {
  const groups: { words: Set<string>; group: SourceGroup }[] = [];
  for (const { articleId, articleTitle, sentence } of sources) {
    const sentenceWords = words(sentence);
    const same = groups.find((entry) => sameStatement(entry.words, sentenceWords));
    if (!same) {
      groups.push({ words: sentenceWords, group: { sentence, articles: [{ articleId, articleTitle }] } });
      continue;
    }
    if (!same.group.articles.some((article) => article.articleId === articleId)) {
      same.group.articles.push({ articleId, articleTitle });
    }
    if (sentence.length > same.group.sentence.length) {
      same.group.sentence = sentence;
      same.words = sentenceWords;
    }
  }
  return groups.map((entry) => entry.group);
}
