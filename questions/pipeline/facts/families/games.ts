/**
 * Where the Games were held: a story of a multi-sport Games that names its edition as a city and a year ("won
 * silver at Harbourton 2031") asks "Which city hosted the 2031 Olympic Games?". Its options are the other
 * editions the story names ("a bronze in Lakeside 2027"): the cities an aspirant could mix it up with.
 */
import type { Candidate, StoryArticle } from "./candidate";

/** The Games a story is about, by the words that name them. */
const GAMES: [RegExp, string][] = [
  [/\bOlympics?\b/, "Olympic Games"],
  [/\bCommonwealth Games\b/, "Commonwealth Games"],
  [/\bAsian Games\b/, "Asian Games"],
];

/** "at Harbourton 2031", "in Lakeside 2027": an edition named by its host city and year. */
const EDITION = /\b(?:at|in)\s+(?<city>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)\s+(?<year>(?:19|20)\d\d)\b/g;

/** How many of the story's first sentences may name the edition it is about. */
const LEAD = 3;

/**
 * The host question for the edition the story's lead names, when the story names at least three other editions
 * to offer against it; none otherwise.
 * @example gamesHost(articles) // [{ prompt: "Which city hosted the 2031 Olympic Games?", answer: "Harbourton", ... }]
 */
export function gamesHost(articles: StoryArticle[]): Candidate[] {
  const text = articles.flatMap((a) => a.sentences.map((s) => s.text)).join(" ");
  const games = GAMES.find(([pattern]) => pattern.test(text))?.[1];
  if (!games) return [];
  const editions = new Map<string, string>();
  for (const m of text.matchAll(EDITION)) {
    const { city = "", year = "" } = m.groups ?? {};
    if (!editions.has(city)) editions.set(city, year);
  }
  for (const article of articles)
    for (const sentence of article.sentences.slice(0, LEAD))
      for (const m of sentence.text.matchAll(EDITION)) {
        const { city = "", year = "" } = m.groups ?? {};
        const others = [...editions.keys()].filter((c) => c !== city && editions.get(c) !== year);
        if (others.length < 3) continue;
        return [
          {
            kind: "where",
            answer: city,
            aliases: [`${city} ${year}`],
            category: "place:games host",
            prompt: `Which city hosted the ${year} ${games}?`,
            articleId: article.id,
            sentence: sentence.text,
            surface: city,
            score: 8,
            listed: others,
          },
        ];
      }
  return [];
}
