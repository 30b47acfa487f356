/**
 * A first visit: "the first-ever visit by a Valdorian Prime Minister to Nordland since it became independent in
 * 1991" asks "Which country received the first-ever visit by a Valdorian Prime Minister since it became
 * independent in 1991?". A visit's record is the news an exam asks; the country visited is its answer, and the
 * visitor's office (not a name) is what makes it a record.
 */
import { lexicon } from "../../../lexicon";
import type { Sentence } from "../../04-sentences";
import type { Candidate, StoryArticle } from "./candidate";

/**
 * "first-ever visit by an Indian Prime Minister to Ukraine since ...", "first visit by a Valdorian Defence Minister
 * to Nordland after ...": the visitor is an office with its country's adjective, and what follows the country is
 * what makes the visit a first (since or after an event, in some years).
 */
const FIRST_VISIT =
  /\b(?<first>first(?:-ever|\s+ever)?|maiden)\s+(?:official\s+|state\s+|bilateral\s+)?(?<kind>visit|trip)\s+by\s+(?<by>(?:an?|the)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\s+to\s+(?<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?<rest>\s+(?:since|after|in)\s+[^,;:.!?"“”]{3,90})?/;

/** A country visited, when the sentence names the visitor by office and a first: one question per story. */
export function firstVisit(articles: StoryArticle[]): Candidate[] {
  for (const article of articles)
    for (const sentence of article.sentences) {
      const c = visitQuestion(sentence, article.id);
      if (c) return [c];
    }
  return [];
}

/**
 * The first-visit question of one sentence, or null.
 * @example visitQuestion(annotate(["It is the first-ever visit by a Valdorian Prime Minister to Nordland since 1991."])[0], "a1")?.prompt // "Which country received the first-ever visit by a Valdorian Prime Minister since 1991?"
 */
export function visitQuestion(sentence: Sentence, articleId: string): Candidate | null {
  const m = sentence.text.match(FIRST_VISIT);
  const { first = "", kind = "", by = "", place = "", rest = "" } = m?.groups ?? {};
  const country = lexicon().country(place);
  // "a Valdorian Prime Minister": the visitor's office, with its country, is what the record is of.
  if (!m || !country || country.demonyms.includes(place) || !lexicon().countriesIn(by).length) return null;
  // "since it became independent in 1991": the question says whose independence without a pronoun.
  const since = rest
    .replace(/\bit\s+(?:became|gained|won)\s+(?:its\s+)?[Ii]ndependen(?:t|ce)\b/, "its independence")
    .trimEnd();
  return {
    kind: "where",
    answer: country.name,
    aliases: place === country.name ? [] : [place],
    category: "country",
    prompt: `Which country received the ${first} ${kind} by ${by}${since}?`,
    articleId,
    sentence: sentence.text,
    surface: place,
    score: 9,
    country,
  };
}
