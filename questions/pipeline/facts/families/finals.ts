/**
 * Where a final was played: a story whose lead reports a final ("Valdoria beat Nordland ... in the final of the
 * 2031 Polar Cup") and names a city in one of its first sentences with a deed of the match ("defended 177 in
 * Tromso") asks "In which city was the final of the 2031 Polar Cup played?", the question an exam prints, not
 * "In which city did the bowlers defend 177?" (blind reading 6 asked for exactly that rewording).
 */
import { isKnownCity } from "../spans";
import type { Candidate, StoryArticle } from "./candidate";

/** How many of an article's first sentences count as its lead. */
const LEAD = 3;

/** A final the lead reports as played: "won the final", "in the final on Saturday", "the final of the X". */
const FINAL =
  /\b(?:in|won|lost|clinched|took)\s+the\s+(?:summit\s+)?(?:clash\s+)?final\b(?!\s+(?:over|ball|day|lap|round|set|minute|stretch|stages?)\b)|\bthe\s+final\s+of\s+the\b/i;

/**
 * A tournament by its name and year: "the 2031 Polar Cup", "the Nordic Open 2031", "2031 T20 World Cup". The
 * year is part of what makes the question answerable.
 */
const TOURNAMENT =
  /\b(?:(?<year>(?:19|20)\d\d)\s+)?(?<name>(?:(?:[A-Z][\w'-]*|T20|ODI)\s+){0,4}(?:World Cup|Cup|Championships?|Trophy|Open|Premier League|League|Masters))\b(?:\s+(?<after>(?:19|20)\d\d)\b)?/;

/** A deed of the match, whose "in <city>" is where it was played. */
const MATCH_DEED =
  /\b(?:beat|defeated|defended|chased|won|clinched|lifted|posted|scored|thrashed|edged|stunned|outplayed|played)\b/;

/**
 * The question of the city a final was played in, when a lead sentence of the story places the match in a city the
 * data knows and the lead names the final and its tournament with a year; none otherwise.
 * @example finalCity(articles) // [{ prompt: "In which city was the final of the 2031 Polar Cup played?", answer: "Tromso", ... }]
 */
export function finalCity(articles: StoryArticle[]): Candidate[] {
  for (const article of articles) {
    const lead = article.sentences.slice(0, LEAD);
    const text = lead.map((s) => s.text).join(" ");
    if (!FINAL.test(text)) continue;
    const found = text.match(TOURNAMENT);
    const year = found?.groups?.year ?? found?.groups?.after;
    const name = found?.groups?.name;
    if (!name || !year || /^(?:The|A|An)\s/.test(name)) continue;
    for (const sentence of lead) {
      if (!MATCH_DEED.test(sentence.text)) continue;
      for (const m of sentence.text.matchAll(/\b(?:in|at)\s+(?<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b/g)) {
        const city = m.groups?.city ?? "";
        if (!isKnownCity(city)) continue;
        return [
          {
            kind: "where",
            answer: city,
            aliases: [],
            category: "city",
            prompt: `In which city was the final of the ${year} ${name} played?`,
            articleId: article.id,
            sentence: sentence.text,
            surface: city,
            score: 9,
          },
        ];
      }
    }
  }
  return [];
}
