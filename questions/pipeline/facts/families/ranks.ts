/**
 * Ranks in an index or a ranking, which exam papers ask as "What was India's rank in the X Index 2031?", and
 * streaks ("for the eighth consecutive year"), asked as the counts they are: each is an ordinal, and an ordinal
 * has no wh-word of its own, so the generic path could only blank it.
 */
import { NUMBER_WORDS, ORDINAL_WORDS } from "../../../text";
import type { Sentence } from "../../04-sentences";
import { ask, type Span } from "../../ask";
import { coreClause } from "../clause";
import { ordinalAliases } from "../spans";
import type { Candidate, StoryArticle } from "./candidate";

/** An ordinal written in figures or words: "126th", "third". */
const ORDINAL = String.raw`\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth`;

/** The name of an index, report or ranking, with its acronym and year: "the Harbour Innovation Index (HII) 2031". */
const INDEX = String.raw`(?!The\b)(?:[A-Z][\w'&-]*\s+(?:(?:of|and|for|on)\s+)?){1,6}(?:Index|Report|Ranking|Rankings|Rank|Survey|Scorecard|Barometer|Outlook)(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:19|20)\d\d(?:-\d\d)?)?`;

/** Who is ranked: a name of up to four words, not a sentence's opening "The". */
const SUBJECT = String.raw`(?<subject>(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*)`;

/**
 * "X has been ranked 126th out of 143 countries in the Y Index", "X was placed 93rd in the Y Report",
 * "X has moved up one place to 39th among 133 economies in the Y Index 2031", "X slipped to 111th in Y".
 */
const RANKED = new RegExp(
  String.raw`${SUBJECT}\s+(?<verb>(?:has\s+been|had\s+been|have\s+been|was|is|were|are)\s+(?:ranked|placed|positioned|rated)(?:\s+at)?|(?:has\s+|have\s+|had\s+)?(?:moved|climbed|rose|risen|jumped|slipped|fell|fallen|dropped|improved|slid)(?:\s+(?:up|down))?(?:\s+(?:by\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:places?|spots?|positions?|ranks?))?\s+to(?:\s+rank)?)\s+(?<ord>${ORDINAL})(?:\s+(?:place|position|spot|rank))?(?<among>\s+(?:out\s+of|among)\s+(?<n>[\d,]+)\s+(?<noun>[a-z]+))?(?:\s+(?:in|on)\s+(?:the\s+)?(?<index>${INDEX}))?`,
  "g",
);

/** An index named anywhere in a sentence, for a rank whose own sentence leaves it to the one before. */
const INDEX_ANYWHERE = new RegExp(String.raw`\b(?:the\s+)?(?<index>${INDEX})`);

/** Words that open a sentence but name no one: "The", "Among". */
const NOT_A_SUBJECT = /^(?:The|This|That|It|Its|Among|In|On|At|With|Overall|Meanwhile)$/;

/**
 * "What was India's rank among 143 countries in the World Harbour Report 2032?" for each rank the sentence
 * gives with the index it is in (named in the sentence or, failing that, in the article before it).
 * @example ranks(annotate("India has been ranked 126th out of 143 countries in the Harbour Index 2032."), article, [])
 */
export function ranks(s: Sentence, article: StoryArticle, claimed: Span[], index: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(RANKED)) {
    const g = m.groups ?? {};
    let subject = (g.subject ?? "").trim();
    const first = subject.split(/\s+/)[0] ?? "";
    if (NOT_A_SUBJECT.test(first)) subject = subject.split(/\s+/).slice(1).join(" ");
    if (!subject || /^(?:He|She|They|We|I)$/.test(subject)) continue;
    // "India was ranked 126th in 2031 as well": another year's rank is not the index the sentence before names.
    // Nor is "16th last year", "16th a year ago", "16th in the previous edition" or "34th in last year's edition"
    // (blind reading G4: a wrong key).
    const otherYear =
      !g.index &&
      /^\s+(?:(?:in|for)\s+(?:19|20)\d\d\b|last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|preceding)\s+year|in\s+the\s+(?:previous|last|preceding)\s+(?:edition|report|index|year|ranking)|in\s+(?:last|the\s+previous)\s+year['’]s\b)/.test(
        s.text.slice((m.index ?? 0) + m[0].length),
      );
    // "In the 2031 report, India was ranked 102nd": the index of the year the opening phrase gives.
    const yearBefore = s.text
      .slice(0, m.index ?? 0)
      .match(
        /\b(?:In|in|For|for)\s+(?:the\s+|its\s+)?((?:19|20)\d\d)\b(?:\s+(?:report|edition|index|ranking|rankings|survey))?,?\s*$/,
      )?.[1];
    const found = (g.index?.trim() || (otherYear ? "" : indexBefore(article.sentences, index))).replace(
      /\s+\([A-Z]{2,8}\)/,
      "",
    );
    const named =
      yearBefore && found ? `${found.replace(/\s+(?:19|20)\d\d(?:-\d\d)?$/, "")} ${yearBefore}` : found;
    if (!named || !g.ord) continue;
    // "ranked first among lower-middle-income economies": a rank within a group is no rank in the index, and
    // "What is India's rank in the X Index?" would be keyed "first".
    if (!g.among && /^\s+(?:among|within|in\s+its)\s+(?!\d)/.test(s.text.slice((m.index ?? 0) + m[0].length)))
      continue;
    const ordAt = (m.index ?? 0) + m[0].indexOf(g.ord, (g.subject ?? "").length + (g.verb ?? "").length);
    claimed.push({ start: ordAt, end: ordAt + g.ord.length });
    const among = g.n && g.noun ? ` among ${g.n} ${g.noun}` : "";
    // "India is ranked ..." and "India has been ranked ..." give its rank now; "was ranked" a past one.
    const tense = /^(?:is|are|has|have)\b/.test(g.verb ?? "") ? "is" : "was";
    const owner = /s$/.test(subject) ? `${subject}'` : `${subject}'s`;
    out.push({
      kind: "how_many",
      answer: g.ord,
      aliases: ordinalAliases(g.ord),
      category: "ordinal",
      prompt: `What ${tense} ${owner} rank${among} in the ${named}?`,
      articleId: article.id,
      sentence: s.text,
      surface: g.ord,
      score: 8,
    });
  }
  return out;
}

/** The index the nearest of the three sentences before names. */
function indexBefore(sentences: Sentence[], index: number): string {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const named = indexIn(sentences[i]?.text ?? "");
    if (named) return named;
  }
  return "";
}

/** The first index a text names: "Harbour Innovation Index 2031". */
function indexIn(text: string): string {
  return text.match(INDEX_ANYWHERE)?.groups?.index?.trim() ?? "";
}

/** "for the eighth consecutive year": a streak, which is a count of years (or times, seasons, terms). */
export const STREAK = new RegExp(
  String.raw`\bfor\s+the\s+(?<ord>${ORDINAL})\s+(?<how>consecutive|straight|successive|continuous)\s+(?<unit>year|time|season|term|edition|month|quarter|meeting)\b`,
  "g",
);

/**
 * "For how many consecutive years did Valdoria retain the top spot?" for "Valdoria retained the top spot for the
 * eighth consecutive year, followed by ...": the streak is asked as the count it is, with the ordinal as an alias.
 * @example streaks(annotate("Valdoria retained the top spot for the eighth consecutive year."), article, [])
 */
export function streaks(s: Sentence, article: StoryArticle, claimed: Span[], at: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(STREAK)) {
    const g = m.groups ?? {};
    const ord = g.ord ?? "";
    const start = (m.index ?? 0) + m[0].indexOf("the ");
    const end = (m.index ?? 0) + m[0].length;
    const core = coreClause(s.text, start, end);
    // What follows the streak after a comma ("..., followed by X and Y") is another clause's.
    const comma = core.text.slice(core.end).search(/,\s/);
    const clause = comma >= 0 ? `${core.text.slice(0, core.end + comma)}.` : core.text;
    // "X said the bank kept ...": the streak is the bank's; what X said is asked, not that X said it.
    const said = clause
      .slice(0, core.start)
      .match(/^[^,"]*?\b(?:said|says|told\s+reporters|added|noted)\s+(?:that\s+)?(?=[A-Za-z])/);
    const cut = said?.[0].length ?? 0;
    const text = clause.slice(cut);
    const prompt = ask(
      text,
      { start: core.start - cut, end: core.end - cut },
      `how many ${g.how} ${g.unit}s`,
    );
    if (!prompt?.startsWith("For how many")) continue;
    // "retain the top spot" says in what only with the index, from this sentence or the ones before.
    const top = /\btop\s+(?:spot|position|rank|place)\b/;
    const index =
      top.test(prompt) && !INDEX_ANYWHERE.test(prompt)
        ? indexIn(s.text) || indexBefore(article.sentences, at)
        : "";
    const asked = index ? prompt.replace(top, (spot) => `${spot} in the ${index}`) : prompt;
    const n = ORDINAL_WORDS.indexOf(ord.toLowerCase());
    const count = n > 0 ? (NUMBER_WORDS[n] ?? String(n)) : (ord.match(/^\d+/)?.[0] ?? ord);
    claimed.push({ start: start + 4, end: start + 4 + ord.length });
    out.push({
      kind: "how_many",
      answer: count,
      aliases: [...new Set([ord, ...ordinalAliases(ord), n > 0 ? String(n) : ""])].filter(
        (a) => a && a !== count,
      ),
      category: "number",
      prompt: asked,
      articleId: article.id,
      sentence: s.text,
      surface: ord,
      score: 7,
    });
  }
  return out;
}
