/** When: dates and years a sentence states, asked where the sentence says what happened on them. */
import type { Sentence } from "../../04-sentences";
import { ask, type Span } from "../../ask";
import { dateAliases, formatDate, resolveDate, weekdayAhead, whenPhrase } from "../../dates";
import { dateOfAnother, FUTURE_CLAUSE, noDateOfItsOwn, YEARLY } from "../spans";
import type { Candidate, StoryArticle } from "./candidate";

/** A weekday, alone or with its part of the day. */
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

import { sentenceDate } from "./venues";

// ---------- when ----------

export function dates(s: Sentence, article: StoryArticle, claimed: Span[]): Candidate[] {
  const out: Candidate[] = [];
  // "X and Y are to be launched in 2033 and 2034 respectively": one date asked of both things is half right (blind
  // reading 19); the respectively family and the blank, which keep the pairing, ask them.
  if (/\brespectively\b/i.test(s.text)) return out;
  const overlaps = (a: number, b: number) => claimed.some((c) => a < c.end && b > c.start);
  for (const e of s.entities) {
    if (e.type !== "DATE" || overlaps(e.start, e.end)) continue;
    const phrase = sentenceDate(s, e);
    if (/^(?:last|this|next)\s+year$/i.test(phrase)) continue;
    if (noDateOfItsOwn(s.text, e.start, e.end)) continue;
    // A bare month must read as a date ("in June"), not as a name ("Admiral Chen Jun").
    if (
      /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/.test(phrase) &&
      !/\b(?:in|since|by|from|until|of|early|mid|late)\s+$/i.test(s.text.slice(0, e.start))
    )
      continue;
    // "qualify for the 2032 Harbour Cup": a year before an event's name says which edition, and is no date of
    // the verb's ("For which year did X qualify Harbour Cup?").
    // Nor is "struck down a 2030 law": a year between a determiner and its noun says which law.
    if (
      /^\d{4}$/.test(phrase) &&
      /\b(?:the|a|an|its|their|this|next|last)\s+$/i.test(s.text.slice(0, e.start)) &&
      /^\s+(?:[A-Z]|(?!(?:and|or|to|in|on|at|by|for|with|from|as|was|were|is|are|has|had|have|will)\b)[a-z]{3,})/.test(
        s.text.slice(e.start + phrase.length),
      )
    )
      continue;
    // "observed every year on March 20": a yearly day has no year to ask, and the generic path asks it without.
    if (YEARLY.test(s.text) && !/\d{4}/.test(phrase)) continue;
    // "will retire on November 23": a future tense reads a bare day forward, not back.
    // A weekday reads forward only where the future governs it ("said it would be deployed on Monday").
    const future = WEEKDAY.test(phrase) ? weekdayAhead(s.text, e.start) : FUTURE_CLAUSE.test(s.text);
    const resolved = article.dated ? resolveDate(phrase, article.reference, future) : null;
    if (!resolved) continue;
    const sameDay =
      resolved.granularity === "day" &&
      resolved.year === article.reference.getUTCFullYear() &&
      resolved.month === article.reference.getUTCMonth() + 1 &&
      Math.abs((resolved.day ?? 0) - article.reference.getUTCDate()) <= 1;
    if (resolved.granularity === "day" && !article.dated) continue;
    // "on Sunday evening": the part of the day goes with its day, not left behind the verb ("... to the Governor
    // evening?").
    const partOfDay =
      s.text.slice(e.start + phrase.length).match(/^\s+(?:morning|evening|night|afternoon)\b/)?.[0] ?? "";
    // "X said the rover would be deployed on Monday": fronted past "said", the day would be asked as the saying's.
    if (dateOfAnother(s.text.slice(0, e.start), s.text.slice(e.start + phrase.length))) continue;
    const span = { start: e.start, end: e.start + phrase.length + partOfDay.length };
    const prompt = ask(s.text, span, whenPhrase(resolved));
    if (!prompt) continue;
    // The day of the report itself is worth asking only as "On which date did X ...?", not as an echo;
    // and the date of something that did not happen ("had not issued a statement") is no fact.
    if (sameDay && !/^On which date\b/.test(prompt)) continue;
    if (/\b(?:not|never)\b|n't\b/.test(prompt)) continue;
    const historical = resolved.year < article.reference.getUTCFullYear() || resolved.granularity !== "day";
    out.push({
      kind: "when",
      answer: formatDate(resolved),
      aliases: dateAliases(resolved),
      category: `date:${resolved.granularity}`,
      prompt,
      articleId: article.id,
      sentence: s.text,
      surface: phrase,
      score: historical ? 7 : sameDay ? 4.5 : 5,
    });
  }
  return out;
}
