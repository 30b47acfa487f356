/** Where / when / how many of incidents: attacks, strikes and quakes, with what they did and where. */
import { type Country, lexicon } from "../../../lexicon";
import { MONTHS } from "../../../text";
import type { Sentence } from "../../04-sentences";
import type { Span } from "../../ask";
import { dateAliases, formatDate, monthYear, resolveDate } from "../../dates";
import type { Candidate, StoryArticle } from "./candidate";
import { numberAliases } from "./numbers";
import { DIRECTION, NOT_NAMES, type Patterns } from "./patterns";

// ---------- where / when / how many: incidents ----------

const MONTH = MONTHS.join("|");
/** "on 23 April", "of April 23rd": a day and month a sentence gives. */
const DAY_OF_INCIDENT = new RegExp(
  `\\b(?:on|of)\\s+(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`,
);

export function incidents(
  s: Sentence,
  article: StoryArticle,
  p: Patterns,
  claimed: Span[],
  home: Country | null,
): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (const m of p.incidentWord.test(s.text) ? s.text.matchAll(p.incident) : []) {
    const g = m.groups ?? {};
    const place = (g.place ?? "").replace(/^.*'s\s+/, "");
    const bare = place.replace(new RegExp(`^${DIRECTION}\\s+`), "");
    if (!place || NOT_NAMES.has(bare.split(" ")[0] ?? "") || lex.organisation(bare) || lex.role(bare))
      continue;
    if (lex.country(bare)) continue;
    const incident = (g.inc ?? "")
      .replace(/(^|\s)['"]+/g, "$1")
      // "he showed that the floods in Chennai ...": what was said or shown is the incident, not the saying.
      .replace(/^.*\bthat\s+/, "")
      .replace(
        /^(?:(?:the|a|an|and|dastardly|horrendous|cowardly|deadly|brutal|heinous|barbaric|gruesome|horrific|tragic|ghastly|massive)\s+)+/i,
        "",
      );
    // "killed in the attack in X on 23 April": a day the sentence gives elsewhere is the incident's too, and the
    // article's own month would be wrong for it.
    const stated = g.incdate ?? s.text.match(DAY_OF_INCIDENT)?.[1];
    const date = stated && article.dated ? resolveDate(stated, article.reference) : null;
    const at = g.at ? ` at the ${g.at}` : "";
    const dated = date ? ` of ${formatDate(date)}` : "";
    const start = m.index ?? 0;
    claimed.push({ start, end: start + m[0].length });
    // "Where in Nordland did the attack take place?" leaves only the options in Nordland, and the options are
    // drawn from the whole country: the region goes when the question has a date to say which attack it was.
    const region = g.region && !date ? ` in ${g.region}` : "";
    // An incident needs its time to be the only one of its kind: the article's month when the text gives none.
    const undated =
      !date &&
      !stated &&
      !/\b(?:19|20)\d\d\b|\b[A-Z][a-z]+ \d{1,2}\b/.test(incident) &&
      // "the floods in Chennai after Cyclone Michaung in December 2023": a year the sentence gives the incident
      // is its time, not the article's month (blind reading 33).
      !/\b(?:19|20)\d\d\b/.test(s.text.slice(m.index ?? 0)) &&
      article.dated
        ? ` in ${monthYear(article.reference)}`
        : "";
    out.push({
      kind: "where",
      answer: place,
      aliases: [bare !== place ? bare : "", g.region ? `${g.region}'s ${place}` : ""].filter(Boolean),
      category: "place",
      prompt: `Where${region} did the ${incident}${dated}${at} take place${undated}?`,
      articleId: article.id,
      sentence: s.text,
      surface: place,
      score: 8.5,
      country: home ?? undefined,
    });
    if (date) {
      out.push({
        kind: "when",
        answer: formatDate(date),
        aliases: dateAliases(date),
        category: `date:${date.granularity}`,
        prompt: `When did the ${incident}${at} in ${g.region ? `${g.region}'s ` : ""}${place} take place?`,
        articleId: article.id,
        sentence: s.text,
        surface: stated ?? "",
        score: 8,
      });
    }
    const killed = s.text.slice(start + m[0].length).match(p.killed);
    if (killed?.groups) {
      claimed.push({ start, end: start + m[0].length + killed[0].length });
      out.push({
        kind: "how_many",
        answer: killed.groups.n ?? "",
        aliases: numberAliases(killed.groups.n ?? "", killed.groups.unit ?? ""),
        category: "number",
        prompt: `How many ${killed.groups.unit} were killed in the ${incident}${at} in ${place}?`,
        articleId: article.id,
        sentence: s.text,
        surface: killed.groups.n ?? "",
        score: 8.5,
      });
    }
  }
  for (const m of p.incidentVerbWord.test(s.text) ? s.text.matchAll(p.incidentVerb) : []) {
    const g = m.groups ?? {};
    const place = g.place ?? "";
    if (!place || lex.country(place) || NOT_NAMES.has(place.split(" ")[0] ?? "")) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const verb = lemmaOf(g.verb ?? "");
    const subject = g.subj ?? "";
    const dateMatch = s.text.slice(end).match(/^\s+in\s+(?<d>(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)/);
    const date = dateMatch?.groups?.d
      ? article.dated
        ? resolveDate(dateMatch.groups.d, article.reference)
        : null
      : null;
    claimed.push({ start, end: end + (dateMatch?.[0].length ?? 0) });
    out.push({
      kind: "where",
      answer: place,
      aliases: [],
      category: "place",
      prompt: `Where did ${subject} ${verb}${date ? ` in ${formatDate(date)}` : ""}?`,
      articleId: article.id,
      sentence: s.text,
      surface: place,
      score: 8,
      country: home ?? undefined,
    });
    if (date)
      out.push({
        kind: "when",
        answer: formatDate(date),
        aliases: dateAliases(date),
        category: `date:${date.granularity}`,
        prompt: `When did ${subject} ${verb} at ${place}?`,
        articleId: article.id,
        sentence: s.text,
        surface: dateMatch?.groups?.d ?? "",
        score: 8,
      });
  }
  return out;
}

const IRREGULAR: Record<string, string> = { struck: "strike", hit: "hit", met: "meet", held: "hold" };
function lemmaOf(verb: string): string {
  const v = verb.toLowerCase();
  return (
    IRREGULAR[v] ??
    v
      .replace(/ied$/, "y")
      .replace(/([^aeiou])ed$/, "$1")
      .replace(/ed$/, "e")
      .replace(/ee$/, "e")
  );
}
