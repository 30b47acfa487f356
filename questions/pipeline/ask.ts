/** Turning a sentence and the span of its answer into a question, by wh-fronting where the grammar allows and in place otherwise. */
import { lexicon } from "../lexicon";
import { capitalise } from "../text";
import { annotateSentence, type Sentence, type Token } from "./04-sentences";
import { asideOfSubject } from "./facts/described";
import { isKnownCity, isLanguage, isPersonNoun, isTitleWord } from "./facts/spans";

export interface Span {
  start: number;
  end: number;
}

/** Where a clause ends: a relative or subordinate clause, a dash, a second main clause (", and Parliament enacted"). */
const CLAUSE_BREAKS =
  /,\s+(?:which|who|while|whereas|but|as|so|since|after|before|when|where|following)(?:\s+|(?=,))|;\s+|\s+-\s+|,\s+(?:according to|said|adding|stating)\b|,\s+(?=(?:a|an)\s)|(?<!such)\s+as\s+(?=[A-Z])|\s+(?:since|after|because|while)\s+(?=the\s)|\s+(?:while|whereas)\s+(?=[A-Z0-9])|\s+but\s+(?=(?:[a-z]{3,}ed|lost|won|fell|rose|got|made|took|kept)\b)|\s+and\s+(?=(?:cuts|reduces|connects|links|provides|offers|covers|includes|brings|gives|makes|takes|serves|carries|spans|runs)\s+(?:the|a|an|its|their)\b)|,\s+and\s+(?=\d)|\s+(?:following|after|upon)\s+which\b|,\s+and\s+(?=(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,3}(?:was|were|is|are|has|had|have|will)\b)|,\s+and\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s+\([A-Z]{2,}\))?\s+(?:[a-z]{3,}ed|had|has|have|was|were|is|are|will|won|met|beat|took|made|became|began|held|signed|set)\b)|(?<!,\s+(?:Rs\.?|₹|US\$|\$|INR)\s?[\d,.]+(?:\s+(?:lakh|crore|million|billion|trillion))?)\s+and\s+(?=(?:Rs\.?|₹|US\$|\$|INR)\s?\d)|\s+and\s+(?=(?:was|were|is|are|has\s+been|had\s+been)\s+[a-z]+(?:ed|en)\b)|\s+and\s+(?=(?:is|was|are|were)\s+(?:a|an|the)\s)|\s+and\s+(?=(?:reduce|increase|cut|raise|boost|create|generate|attract|save|lower|add|double|triple|halve|expand|bring|reduced|increased|raised|boosted|lowered|added|doubled|expanded|revised|kept|retained|maintained|projected)\s+(?:the\s+|its\s+|their\s+|annual\s+)?[a-z])/g;
/**
 * "as" followed by a role ("as Election Commissioner", "as the new Chief Justice", "as Chile's envoy to Peru"), not
 * by a clause ("as India's exports rose").
 */
const AS_ROLE =
  /^\s+as\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?(?:[A-Z][\w-]*\s+|new\s+|first\s+){0,3}(?:Minister|Commissioner|Chief|Justice|President|Governor|Secretary|Chairman|Chairperson|Director|Captain|Ambassador|Officer|Speaker|Chancellor)\b|^\s+as\s+[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,3}[a-z-]+(?:\s+(?:to|of|for|in|at|from|with|and)\b|[,.?]|$)|^\s+as\s+[A-Z][\w-]*['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:Minister|Commissioner|Chief|Justice|President|Governor|Secretary|Chairman|Chairperson|Director|Captain|Ambassador|Officer|Speaker|Chancellor)\b/;
/**
 * A named subject, then a date, then the verb, with no commas: "The Reserve Bank of India| on 6 February 2032|
 * cut". Group 1 is the subject, group 2 the date phrase.
 */
const SUBJECT_TIME =
  /^((?:The\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|for|and|the|[a-z][\w-]*(?=\s+[A-Z])))*)\s+(on\s+(?:\d{1,2}\s+[A-Z][a-z]+(?:,?\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]+(?:-[a-z]+)?ed|cut|set|put|hit|won|met|held|upheld|withheld|took|gave|made|kept|sent|began|beat|became|chose|spent|sold|bought|brought|built|told|paid|led|struck|swept|drew|rose|fell|grew|sought|fought|found|flew|shot|shut|stood|swore|threw|wrote|withdrew|overtook|was|were|has|had)\b)/;

/**
 * A subject with a participle's phrase and no commas: "The Union Cabinet| chaired by Prime Minister X| on Wednesday
 * approved". Group 1 is the subject, group 2 the phrase, which ends before a date phrase or a verb in the past.
 */
const CHAIRED_SUBJECT =
  /^((?:(?:The|A|An)\s+)?(?:[a-z]+-[a-z]+\s+)?(?:[A-Z][\w-]*\s+){1,4})((?:chaired|headed|led)\s+by\s+(?:[A-Z][\w.'-]*\s+){1,6})(?=(?:on\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+)?[a-z]{3,}ed\b)/;
/** Prepositions of several words that front whole: "In the presence of which minister was ...?" */
/** ", three times, most recently in ": a count of times, then the time of the latest. */
const LATEST_OF_TIMES =
  /\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times|twice|thrice|on\s+\w+\s+occasions),?\s+(?:most\s+recently|the\s+last\s+time|last)\s+(in|on|at)\s+$/;
export const COMPLEX_PREPOSITION =
  /\b(?:in the presence|on the sidelines|at the invitation|under the (?:chairmanship|captaincy|captainship|leadership|presidency|guidance)|in the wake|as (?:a )?part|on the occasion)\s+of\s+$/i;
const LEADING_ADVERBIALS =
  /^(?:meanwhile|however|earlier|notably|also|further|besides|additionally|moreover|finally|in a statement|in another key meeting|in a press release|officials said|sources said)\s*,?\s+/i;
/** "The agency, on 12 January 2031, brought ...": a subject, then a time phrase between commas, then its verb. */
const BRACKETED_TIME =
  /^((?:The\s+)?[A-Za-z][^,"]{2,60}?),\s+((?:on|in|during)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?),\s+(?=[a-z])/;
/**
 * "During 2019 to 2029, ", "Within 40 minutes, ", "In the final, ": a phrase of time or place before the subject;
 * "According to the ministry, ": a source, which the question names at its end.
 */
const OPENING = String.raw`^(?:In|On|At|During|Within|Since|By|For|From|Under|Over|Between|Amid|Till|Until|Through|With|Across|After|Before|Following|As of|According to)\s+[^,"()]{2,50},\s+`;
/**
 * An opening phrase before a subject that is a name, a figure, a noun with "the", a calling with a name
 * ("shooter X"), a noun before an acronym ("real GDP growth") or a few lower-case words before an auxiliary ("export
 * growth is"), not "it", not a verb.
 */
const OPENING_PHRASE = new RegExp(
  `${OPENING}(?=[A-Z0-9]|the\\s|[a-z]+\\s+[A-Z][a-zA-Z]|(?:[a-z-]+\\s+){1,3}(?:is|are|was|were|has|have|had|will)\\s)`,
);
/** An opening phrase before any words: used only where the answer itself opens the clause. */
const OPENING_PHRASE_ANY = new RegExp(OPENING);
const SUBORDINATORS =
  /^(?:after|since|as|when|while|because|though|although|even as|following|before|until|once)\s+/i;
const PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "to",
  "of",
  "under",
  "during",
  "over",
  "against",
  "into",
  "through",
  "about",
  "between",
  "among",
  "after",
  "before",
  "since",
]);
/** A past participle: regular, or one of the irregular ones news reports use most ("was held", "had won"). */
const PARTICIPLE =
  /^(?:won|been|made|taken|given|done|seen|met|led|held|become|begun|born|brought|built|left|lost|paid|sold|told|spent|struck|set|cut|hit|put|shot|sworn|chosen|drawn|grown|known|shown|thrown|written|driven|hidden|kept|found|laid|sent|beaten|[a-z]+(?:ed|en))$/;
/** A possessive that stands where a determiner would: "launched its X satellite". */
const POSSESSIVE = /^(?:its|their)$/i;
/** Nouns whose "to" or "from" phrase is their own: "his trip to X", "the route from Y". */
const TRAVEL =
  /^(?:trips?|visits?|journeys?|tours?|flights?|voyages?|routes?|roads?|access|gateway|bridges?|corridors?|links?|pipelines?|railways?|migration|exports?|imports?)$/i;
const AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "shall",
  "should",
  "must",
]);

/** Words that open a noun's phrase or the clause after a figure, not the noun the figure modifies. */
const NOT_A_NOUN =
  /^(?:in|of|for|to|from|by|on|at|with|each|per|a|an|the|and|or|as|over|under|into|towards|which|that|was|is|were|are|will|would|has|had|have|[a-z]+ly)$/;

/**
 * Where the rest of a list of noun phrases, or a verbless clause after ", and" or a comma ("fell 3.1%, UCO Bank
 * 2.6%"), follows the span's phrase.
 */
const LIST_OR_GAPPED_TAIL =
  /,\s+(?:the\s+)?(?:[A-Z][\w'()-]*\s+){1,4}(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)(?=[,\s]+(?:the\s+)?(?:[A-Z]|and\b))|(?<=^[^,;()]{0,60}),\s+(?:a|an)\s+[^;]*?\s+and\s+(?:a|an)\s+|^,?\s+and\s+(?:[\w'-]+\s+){1,4}(?:at|to|of|by)\s+(?:Rs\.?|₹|\$|USD|US\$)?\s?\d|,\s+and\s+(?:the\s+)?(?:(?![a-z]+ed\b)[A-Za-z][\w'-]*\s+){1,4}(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\b[^a-z]*$|,\s+(?:[A-Z][\w'-]*\s+){1,4}\d[\d,.]*\s*(?:%|per\s?cent\b)/;

/**
 * Whether fronting the span would strand a phrase that needs it where it stands:
 * - a sum that modifies a noun ("launch a ₹1,200-crore Tiger Corridor Mission": "How much would the government
 *   launch Tiger Corridor Mission?");
 * - the object of a participle that describes a noun ("an imager operating in 256 bands": "In how many bands
 *   does it carry an imager operating?");
 * - a tally's votes in favour ("passed it with 402 votes in favour and three against"), or one side of a tally
 *   ("by 131 votes to 92");
 * - a figure that belongs to a noun or another figure ("the 2031 edition", "from 27 in 2017 to 12", "the
 *   44-metre-tall rocket");
 * - one of two objects ("a cash reward of ₹3 crore and a government job": "What cash reward did X announce and a
 *   government job?").
 */
function strandsPhrase(text: string, span: Span, wh: string): boolean {
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  const next = after.match(/^\s+["“]?([A-Za-z]+)/)?.[1] ?? "";
  if (/^how much\b/i.test(wh) && /\b(?:a|an)\s+$/.test(before) && next && !NOT_A_NOUN.test(next)) return true;
  // "fixed at Rs 2,340 and AC first class at Rs 4,860", "stood at 11.2 per cent, child stunting at 29.4 per cent":
  // the second figure's clause has no verb of its own to front it past.
  // "ranked 124th in the 2031 edition and 131st in 2025": so has the second of two phrases that share one verb.
  if (
    /\b(at|to|by|in)\s+(?:the\s+)?(?:Rs\.?\s?|₹|\$|USD\s)?\d[\d,.]*(?:\s*%|\s+[a-z]+(?:\s+cent)?)?,?\s+(?:and\s+)?(?:[\w'-]+\s+){1,4}\1\s+$/.test(
      before,
    )
  )
    return true;
  // "the 2031 edition", "from 27 in 2017 to 12", "the 44-metre-tall rocket": a figure that belongs to a noun or to
  // another figure is no fact of the clause's to front.
  const answer = text.slice(span.start, span.end);
  if (/\bthe\s+$/.test(before) && /^(?:19|20)\d\d$/.test(answer) && /^\s+(?!and\b|to\b)[a-z]{3,}/.test(after))
    return true;
  if (
    /\bfrom\s+(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*%|\s+[a-z]+(?:\s+cent)?)?\s+in\s+$/.test(
      before,
    )
  )
    return true;
  if (/^-[a-z]/.test(after)) return true;
  // "the FREMM frigate Provence": a name before a class noun and another name is the class's, and fronted it
  // leaves the ship's own name behind ("Which frigate did the group include Provence?").
  const classNoun = after.match(/^\s+([a-z]+)\s+[A-Z]/)?.[1] ?? "";
  const ownNoun = /^\s+[A-Z]/.test(after)
    ? (text.slice(span.start, span.end).match(/\s([a-z]+)$/)?.[1] ?? "")
    : "";
  if ([classNoun, ownNoun].some((w) => w && lexicon().suffixClass(w))) return true;
  // "fielded destroyer INS Surat, frigate INS Tamal, ... and MH-60R helicopters": an item of a list of named things
  // with their class nouns leaves the rest of the list behind the fronted phrase.
  const nextItem = after.match(
    /^,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+[A-Z][^;]*\sand\s/,
  )?.[1];
  if (/[a-z]\s+$/.test(before) && nextItem && lexicon().suffixClass(nextItem)) return true;
  // "shared the last four wickets": a count of the last few is no total, and fronted it reads as one ("How many
  // wickets did X and Y share?").
  if (/^how many\b/i.test(wh) && /\b(?:last|first|next|final|remaining|top)\s+$/i.test(before)) return true;
  // "passed the Bill by 131 votes to 92": a tally's side is asked with the other, not fronted alone.
  if (/\bvotes?$/.test(answer) && /^\s+to\s+\d/.test(after)) return true;
  // "passed it with 402 votes in favour and three against": a tally is asked by who voted, not fronted past its
  // sides.
  if (/^\s+(?:[a-z]+\s+)?in favour\b/.test(after)) return true;
  // "carries an imager operating in 256 spectral bands": the participle describes its noun, and is left dangling.
  if (
    /\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}[a-z]{3,}ing\s+(?:in|at|on|with|for|from|to|across|over|under)\s+$/.test(
      before,
    )
  )
    return true;
  return /^(?:\s+[a-z]+){0,2}\s+and\s+(?:a|an)\s+[a-z]+\s+[a-z]+\b/.test(after);
}

/**
 * Asks for the span in the sentence: "India signed a deal in 2018." with "2018" and "in which year" gives
 * "In which year did India sign a deal?"; where no inversion is safe, the span is replaced in place.
 * Returns null when the sentence cannot give a clean question (the answer is inside a quotation, the clause is too long).
 * @example ask("India signed a deal in 2018.", { start: 27, end: 31 }, "which year") // "In which year did India sign a deal?"
 */
export function ask(text: string, span: Span, wh: string, context = "", annotated?: Sentence): string | null {
  // A sentence that opens with a quotation is someone's words, not a fact stated by the article.
  if (/^["']/.test(text.trim())) return null;
  // "the Global Hunger Index (GHI) 2032": the answer's acronym in brackets would give it away, and left behind
  // when the answer is fronted it reads "ranked 96th (GHI) 2032".
  // The edition's year after it goes too: "which index ... 2032" cannot stand apart from its name.
  const acronym = text.slice(span.end).match(/^\s+\([A-Z][A-Za-z]{1,7}\)(?:\s+(?:19|20)\d\d\b)?/)?.[0];
  if (acronym) return ask(text.slice(0, span.end) + text.slice(span.end + acronym.length), span, wh, context);
  // "rose to 4,310 units, up from 3,900 a year earlier": the figure compared with is no object of the verb, and
  // fronting it would ask "How many units did exports rise to 4,310 units?".
  if (COMPARED_BEFORE.test(text.slice(0, span.start))) return null;
  // "the first Indian man to win it since X in 2017": the year is X's win, not the subject's; fronted onto the main
  // verb ("In which year did Y become the first ... since X?") it is keyed to the wrong deed.
  if (
    /\b(?:since|after|than|like|before)\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:in|on|at)\s+$/.test(
      text.slice(0, span.start),
    )
  )
    return null;
  // "X's earlier scheme, launched in 2019, covered ...": a phrase inside the subject's aside is the aside's, and is
  // asked of "X's earlier scheme was launched in 2019" ("In which year was X's earlier scheme launched?").
  const ofSubject = asideOfSubject(text, span);
  if (ofSubject) {
    const at = ofSubject.indexOf(text.slice(span.start, span.end));
    if (at >= 0) return ask(ofSubject, { start: at, end: at + span.end - span.start }, wh, context);
  }
  // "X had won the title three times, most recently in 2027": the time is the latest win's, not the three's, and
  // is asked of it alone ("In which year did X win the title most recently?").
  const latest = text.slice(0, span.start).match(LATEST_OF_TIMES);
  if (latest?.index !== undefined) {
    const rest = `${text.slice(0, latest.index)} most recently ${latest[1]} `;
    const shift = span.start - rest.length;
    return ask(
      `${rest}${text.slice(span.start)}`,
      { start: span.start - shift, end: span.end - shift },
      wh,
      context,
    );
  }
  if (strandsPhrase(text, span, wh)) return null;
  // "crew quarters for three astronauts, a life support system and a docking port", "recorded 241 tigers, and the
  // hills 101": the rest of a list, or a clause that borrows the span's verb, would be stranded by fronting; what
  // the sentence says of the span holds without it.
  const tail = text.slice(span.end).match(LIST_OR_GAPPED_TAIL);
  if (tail?.index !== undefined) return ask(`${text.slice(0, span.end + tail.index)}.`, span, wh, context);
  // "The report flagged that nearly 35% of X live outside Y": a figure that opens the reported clause is that
  // clause's subject, and is asked of the clause alone ("What percentage of X live outside Y?"); fronted past
  // "that" it reads "What percentage did the report flag that of X live ...?".
  const reported =
    text
      .slice(0, span.start)
      .match(/\bthat\s+(?:(?:nearly|about|around|almost|over|some|roughly|only|just)\s+)?$/) ??
    // "Officials estimate that Ladakh has about 11,500 hectares": the clause says it whole.
    text
      .slice(0, span.start)
      .match(
        /^(?:[A-Z][\w'-]*\s+){1,3}(?:estimate|estimates|estimated|say|says|said|believe|believes|expect|expects)\s+that\s+(?=[A-Z][^,;"]*$)/,
      );
  if (reported?.index !== undefined) {
    const from = reported.index + reported[0].length;
    const clause = text.slice(from);
    return ask(
      `${clause.charAt(0).toUpperCase()}${clause.slice(1)}`,
      { start: span.start - from, end: span.end - from },
      wh,
      context,
    );
  }
  // "In Paris 2031, shooter X won ...": where the answer opens the clause, any subject follows the phrase.
  const opening =
    text.match(OPENING_PHRASE)?.[0] ??
    text.match(OPENING_PHRASE_ANY)?.find((m, i) => i === 0 && m.length === span.start);
  // "The agency, on 12 January 2031, brought the craft to three metres": a time phrase between commas after the
  // subject goes to the end too, when the answer is after it.
  const aside = text.match(BRACKETED_TIME);
  if (aside?.[1] && aside[2] && span.start >= aside[0].length) {
    const rest = `${aside[1]} ${text.slice(aside[0].length)}`;
    const moved = { start: span.start - (aside[0].length - aside[1].length - 1), end: 0 };
    moved.end = moved.start + (span.end - span.start);
    const q = ask(rest, moved, wh, context);
    return q ? withTime(q, aside[2]) : null;
  }
  // "The Reserve Bank of India on 6 February 2032 cut the repo rate to 5.75 per cent": a date between a named
  // subject and its verb, with no commas, goes after the clause too, when the answer is after it.
  const between = text.match(SUBJECT_TIME);
  // "Ola Berg on 14 July 2031 was sworn in ...": asked of the subject too ("Who was sworn in ... on 14 July 2031?").
  if (between?.[1] && between[2] && span.end <= between[1].length) {
    const rest = `${between[1]} ${text.slice(between[0].length)}`;
    const q = ask(rest, span, wh, context);
    return q ? withTime(q, between[2]) : null;
  }
  // "On which date was X sworn in ...?": the date itself goes after the clause, where it is fronted from.
  const dateAt = between?.[1] && between[2] ? between[1].length + 1 : -1;
  if (between?.[2] && span.start >= dateAt && span.end <= dateAt + between[2].length) {
    // What follows a comma after the verb ("..., a week after his party won") is an aside: the date is the verb's.
    const clause = (text.slice(between[0].length).split(/,\s/)[0] ?? "").replace(/[.!]?\s*$/, "");
    const rest = `${between[1]} ${clause} ${between[2]}.`;
    const shift = rest.length - 1 - between[2].length - dateAt;
    const q = ask(rest, { start: span.start + shift, end: span.end + shift }, wh, context);
    // Not fronted there ("... on which date?"): the sentence is asked as it stands.
    if (q && /^(?:On|In|When)\b/.test(q)) return q;
  }
  if (between?.[1] && between[2] && span.start >= between[0].length) {
    const rest = `${between[1]} ${text.slice(between[0].length)}`;
    const shift = between[0].length - between[1].length - 1;
    const q = ask(rest, { start: span.start - shift, end: span.end - shift }, wh, context);
    return q ? withTime(q, between[2]) : null;
  }
  // "The bank had last month projected growth of 6.8 per cent" (read "had in May 2031 projected"): a time phrase
  // between an auxiliary and its participle goes after the clause, where it is asked with the verb whole ("In which
  // month did the bank project ...?", not "did the bank have projected").
  const split = text.match(AUX_TIME_PARTICIPLE);
  if (split?.groups?.time && split.index !== undefined) {
    const from = split.index + split[0].indexOf(split.groups.time);
    const to = from + split.groups.time.length;
    if (span.start >= from && span.end <= to) {
      const stop = text.match(/[.!?]?\s*$/)?.index ?? text.length;
      const rest = `${text.slice(0, from)}${text.slice(to, stop)}${split.groups.time}${text.slice(stop)}`;
      const shift = stop - to;
      return ask(rest, { start: span.start + shift, end: span.end + shift }, wh, context);
    }
  }
  const whole = opening ? (annotated ?? annotateSentence(text)) : undefined;
  if (
    opening &&
    span.start >= opening.length &&
    !/\b(?:this|that|these|those|it|which)\b/i.test(opening) &&
    // A clause ("After the talks ended, ...") is no phrase to move; "According to X," is a source, read as one.
    (/^According to\s/.test(opening) ||
      !whole?.tokens.some((t) => t.end <= opening.length && (t.pos === "VERB" || t.pos === "AUX")))
  ) {
    // "During 2019 to 2029, Valdoria added 41 wetlands": the opening phrase goes to the end of the question, "How
    // many wetlands did Valdoria add ... during 2019 to 2029?", and the question keeps no comma.
    const rest = text.slice(opening.length);
    const kept =
      whole?.text === text ? withoutCut(whole, { start: 0, end: opening.length }, rest) : undefined;
    const moved = { start: span.start - opening.length, end: span.end - opening.length };
    // The first token is capitalised with the text, so the annotation still lines up with it when cut again.
    const capitalised = kept && {
      ...kept,
      text: capitalise(rest),
      tokens: kept.tokens.map((t, i) => (i === 0 && t.start === 0 ? { ...t, text: capitalise(t.text) } : t)),
    };
    const q = ask(capitalise(rest), moved, wh, context, capitalised);
    if (!q) return null;
    const phrase = opening.replace(/,\s*$/, "");
    return `${q.slice(0, -1)} ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}?`;
  }
  // "The Cabinet chaired by X on Monday approved ...": who chaired it is asked of no verb the clause has.
  const chaired = text.match(CHAIRED_SUBJECT);
  if (chaired && span.start >= (chaired[1]?.length ?? 0) && span.end <= chaired[0].length) return null;
  const simplified = simplify(text, span);
  if (simplified.text !== text) {
    // The shorter sentence keeps the tokens of the longer one outside the cut: no second reading by wink-nlp.
    const whole = annotated ?? annotateSentence(text);
    const kept = whole?.text === text ? withoutCut(whole, simplified.cut, simplified.text) : undefined;
    return ask(simplified.text, simplified.span, wh, context, kept);
  }
  const sentence = annotated ?? annotateSentence(text);
  if (!sentence || sentence.text.length < text.length - 2) return inPlaceOnly(text, span, wh, context);
  if (insideQuotation(text, span)) return null;
  const clause = clauseAround(text, span, /^which (?!date|year|month)/.test(wh));
  // A relative clause ("..., which cost $1 billion, ...") has no subject of its own to ask about, and what
  // follows "according to" is a source, not a clause.
  // Nor does "..., when Chile had 1,874 condors": its time is the clause before ("last released in 2019").
  if (/,\s+(?:which|who|when|where|according to)\s*,?\s*$/.test(text.slice(0, clause.start))) return null;
  const local: Span = { start: span.start - clause.start, end: span.end - clause.start };
  let body = text.slice(clause.start, clause.end);
  const tokens = sentence.tokens
    .filter((t) => t.start >= clause.start && t.end <= clause.end)
    .map((t) => ({ ...t, start: t.start - clause.start, end: t.end - clause.start }));

  // Strip a leading adverbial ("Meanwhile,") or subordinator ("after") and shift the span.
  const lead = body.match(LEADING_ADVERBIALS) ?? body.match(SUBORDINATORS);
  // "Though X happened on Thursday, the Y ...": a subordinate clause ends at its comma.
  if (lead && SUBORDINATORS.test(lead[0]) && lead[0].length <= local.start) {
    const comma = body.indexOf(",", local.end);
    if (comma > 0) body = body.slice(0, comma);
  }
  if (lead && lead[0].length <= local.start) {
    // "After the talks ended, India signed four pacts": the answer is past the subordinate clause, which goes
    // whole; the subordinator alone would leave "The talks ended, India signed ...".
    const clauseEnd = SUBORDINATORS.test(lead[0]) ? body.slice(0, local.start).search(/,\s+/) : -1;
    const cut =
      clauseEnd > 0 ? (body.slice(clauseEnd).match(/^,\s+/)?.[0].length ?? 0) + clauseEnd : lead[0].length;
    body = body.slice(cut);
    local.start -= cut;
    local.end -= cut;
    for (const t of tokens) {
      t.start -= cut;
      t.end -= cut;
    }
  }
  const kept = tokens.filter((t) => t.start >= 0);
  // "It amends ..." : a question must not lean on a pronoun whose noun is in another sentence.
  if (/^(?:It|They|This|These|Those)\b/.test(body.trim()) && local.start > 0) return null;
  // A clause that opens on its verb ("killed 31 civilians ...") has lost its subject.
  // "Left-arm spinner X took ...": a word the tagger took for a verb inside the answer is the subject's.
  if (kept[0]?.pos === "VERB" && kept[0].start < local.start) return null;
  // "Singh which date held meetings": a date without its preposition cannot be asked in place.
  const before = kept.filter((t) => t.end <= local.start).at(-1);
  const datePhrase = /^which (?:date|year|month)/.test(wh);
  const inPlaceOk = !datePhrase || (before !== undefined && PREPOSITIONS.has(before.text.toLowerCase()));
  // A trailing attribution (", the ministry said on Thursday") is not part of the fact.
  const attribution = body.match(
    /,\s+(?:the\s+)?(?:[A-Za-z.()'-]+\s+){1,12}(?:said|noted|told reporters|added|stated|announced|showed|revealed)(?:\s+(?:on|in)\s+\w+)?\s*[.]?\s*$/,
  );
  if (attribution && attribution.index !== undefined) {
    if (attribution.index < local.end) return null;
    body = body.slice(0, attribution.index);
  }
  const inverted = invert(body, kept, local, wh);
  if (!inverted && !inPlaceOk) return null;
  // In place, the wh-phrase must not sit inside a noun phrase ("India's third which trophy title").
  const previous = kept
    .filter((t) => t.end <= local.start && t.pos !== "DET" && t.text !== "'s" && t.pos !== "PART")
    .at(-1);
  if (
    !inverted &&
    previous &&
    ["ADJ", "NUM", "NOUN", "PROPN"].includes(previous.pos) &&
    !PREPOSITIONS.has(previous.text.toLowerCase())
  )
    return null;
  const question = inverted ?? inPlace(body, local, wh);
  const words = question.split(/\s+/).length;
  if (words > 48 || words < 4) return null;
  return finish(context ? `${context}${question.charAt(0).toLowerCase()}${question.slice(1)}` : question);
}

function inPlaceOnly(text: string, span: Span, wh: string, context: string): string | null {
  if (insideQuotation(text, span)) return null;
  const q = inPlace(text, span, wh);
  return finish(context ? `${context}${q.charAt(0).toLowerCase()}${q.slice(1)}` : q);
}

/**
 * A question with the time its sentence gave after the subject put back at the end of its clause: before a record
 * aside that closes it ("..., the first visit in 41 years"), which would otherwise read as the time of the record,
 * or in place of a remark ("..., the first reduction in more than a year").
 * @example withTime("Which bank cut its rate, the first cut in a year?", "on 6 May 2031") // "Which bank cut its rate on 6 May 2031?"
 */
function withTime(q: string, time: string): string {
  const aside = q.match(
    /,\s+the\s+(?:first|only|second|third|largest|biggest|highest|lowest|steepest|sharpest)\b[^,?]*\?$/,
  );
  // One that says how long since ("the first by a Valdorian leader in 41 years") makes the answer the only one and
  // stays; one that only remarks ("the first reduction in more than a year") goes.
  if (aside?.index !== undefined)
    return /\bin\s+(?:over\s+)?\d+\s+(?:years|decades)\?$/.test(aside[0])
      ? `${q.slice(0, aside.index)} ${time}${q.slice(aside.index)}`
      : `${q.slice(0, aside.index)} ${time}?`;
  // "Which bill did X pass, which aims to protect coral reefs?": the time is the verb's, before the relative clause.
  const relative = q.search(/,\s+(?:which|who|whose)\s/);
  if (relative > 0) return `${q.slice(0, relative)} ${time}${q.slice(relative, -1)}?`;
  return `${q.slice(0, -1)} ${time}?`;
}

/** A comparison the answer sits in: ", up from", ", compared with", ", against" before it. */
const COMPARED_BEFORE =
  /,\s+(?:compared\s+(?:with|to)|as\s+against|against|up\s+from|down\s+from)\s+(?:[^,;"]|,(?=\d{3}\b))*$/;

/**
 * Removes what would garble the question: an appositive between commas that does not hold the answer
 * ("X, a regional body for water sharing, joined ..."), and a name coordinated with the answer ("the A and the B").
 */
function simplify(text: string, span: Span): { text: string; span: Span; cut: Span } {
  // "The Union Cabinet chaired by Prime Minister X on Wednesday approved ...": a participle's phrase on the
  // subject, with no commas, before the clause's own verb. Who chaired it is no part of what the Cabinet did.
  const chaired = text.match(CHAIRED_SUBJECT);
  if (chaired?.index !== undefined) {
    const start = chaired.index + (chaired[1]?.length ?? 0);
    const end = start + (chaired[2]?.length ?? 0);
    if (span.end <= start || span.start >= end)
      return {
        text: text.slice(0, start) + text.slice(end),
        span: span.start >= end ? { start: span.start - (end - start), end: span.end - (end - start) } : span,
        cut: { start, end },
      };
  }
  // "X, the hometown of Y, on ...", "X, known as Y, was ...": so is one that opens on "the" or "known as", where
  // the clause goes on after it with a phrase or its verb (not a list, "A, the B, C and D", nor a source, "X, the
  // fastest in years, data showed"). "The committee, headed by Y, met ...", "X, born on D, was ...": so is a
  // participle's phrase, and a "which"/"who" clause that describes the subject ("X, which was launched in
  // 1974, completed ...").
  for (const m of text.matchAll(
    /,\s+(?:a|an)\s+[^,;"]{3,120},|,\s+(?:the\s+[^,;"]{3,80}|(?:also\s+|popularly\s+)?known\s+as\s+[^,;"]{2,60}),(?=\s+(?:on|in|at|to|for|from|with|by|during|was|were|is|are|has|have|had|will|would|can|could)\b)|,\s+(?:headed|chaired|led|accompanied|flanked|backed|attended)\s+by\s+[^,;"]{3,60},(?=\s+[a-z]+\b)|,\s+(?:born|founded|established)\s+(?:on|in)\s+(?:[^,;"]|,(?=\s\d{4}\b)){3,60},(?=\s+[a-z]+\b)|,\s+(?:which|who)\s+(?:was|were|is|are|has|had|have)\s+[^,;"]{3,120},(?=\s+[a-z]+\b)/g,
  )) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (span.start >= start && span.end <= end) continue;
    const cut = (x: number) => (x >= end ? x - (end - start) : x);
    return {
      text: text.slice(0, start) + text.slice(end),
      span: { start: cut(span.start), end: cut(span.end) },
      cut: { start, end },
    };
  }
  // "growth is estimated at 7.1 per cent, compared with 6.8 per cent in 2030-31": a comparison after the answer is
  // another figure, which the question about this one does not need.
  const compared = text
    .slice(span.end)
    .match(
      /^(?:[^,;"]|,(?=\d{3}\b)){0,40}?(,\s+(?:compared\s+(?:with|to)|as\s+against|against|up\s+from|down\s+from)\s+(?:[^,;"]|,(?=\d{3}\b)){2,60})(?=[,.;]|$)/,
    );
  if (compared?.[1]) {
    const start = span.end + compared[0].length - compared[1].length;
    const end = start + compared[1].length;
    return { text: text.slice(0, start) + text.slice(end), span, cut: { start, end } };
  }
  // "recovered the module that blasted off from X, in Y on Z": a "that" clause closed by a comma describes the noun
  // before it, and the phrase after the comma is the main verb's.
  const relative = text
    .slice(0, span.start)
    .match(/\s+that\s+[a-z][^,;"()]{5,100},(?=\s+(?:in|on|at|from|during|off)\s)/);
  if (relative?.index !== undefined) {
    const cut = relative[0].length;
    return {
      text: text.slice(0, relative.index) + text.slice(relative.index + cut),
      span: { start: span.start - cut, end: span.end - cut },
      cut: { start: relative.index, end: relative.index + cut },
    };
  }
  // "in A and B at a cost of Rs 1.3 lakh crore": a decimal point is no full stop.
  const after = text
    .slice(span.end)
    .match(/^\s+and\s+(?:the\s+)?[A-Z](?:[^,.;]|\.(?=\d))*?(?=[,;]|\.(?!\d)|$)/);
  if (after)
    return {
      text: text.slice(0, span.end) + text.slice(span.end + after[0].length),
      span,
      cut: { start: span.end, end: span.end + after[0].length },
    };
  const before = text
    .slice(0, span.start)
    .match(/(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+(?:the\s+)?$/);
  if (
    before &&
    before.index !== undefined &&
    /\b(?:discussed|signed|launched|including|between|of|with)\s+$/.test(text.slice(0, before.index))
  ) {
    const cut = before[0].length;
    return {
      text: text.slice(0, before.index) + text.slice(span.start),
      span: { start: span.start - cut, end: span.end - cut },
      cut: { start: before.index, end: span.start },
    };
  }
  return { text, span, cut: { start: 0, end: 0 } };
}

/**
 * The annotation of a sentence with a stretch cut out, from the annotation of the whole: tokens and entities
 * outside the cut, shifted. Undefined when a token no longer lines up with the text (then it is read again).
 */
function withoutCut(sentence: Sentence, cut: Span, text: string): Sentence | undefined {
  const width = cut.end - cut.start;
  const move = <T extends { start: number; end: number }>(items: T[]): T[] =>
    items
      .filter((x) => x.end <= cut.start || x.start >= cut.end)
      .map((x) => (x.start >= cut.end ? { ...x, start: x.start - width, end: x.end - width } : x));
  const tokens = move(sentence.tokens);
  if (tokens.some((t) => text.slice(t.start, t.end) !== t.text)) return undefined;
  return { index: sentence.index, text, tokens, entities: move(sentence.entities) };
}

/**
 * What a share is of, right after a percentage: " of the vote" in "won with 54.3 per cent of the vote". It goes
 * with the fronted figure ("With what percentage of the vote did X win ...?"); "" when none.
 */
export function shareOf(text: string, end: number): string {
  // "90 per cent of goods imported from X": what the share is of runs on into a participle's phrase, which no
  // fronted figure can take along: no share (the caller asks no wh-question, see `shareTrails`).
  return (
    text
      .slice(end)
      .match(
        /^\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:votes?|GDP|population|seats|electorate|budget|total|revenue|exports|imports)\b/,
      )?.[0] ?? ""
  );
}

/**
 * What a quantity is of, right after its unit: " of rice" in "exported 5 million tonnes of rice in 2030". It goes
 * with the fronted figure ("How many tonnes of rice did X export in 2030?"), never left behind the verb ("How many
 * tonnes did X export of rice?"); "" when none, or when it runs on into a clause of its own.
 */
export function quantityOf(text: string, end: number): string {
  // "with 11 balls to spare", "with two wickets in hand": what the quantity is goes with it too.
  const spare = text.slice(end).match(/^\s+(?:to\s+spare|in\s+hand|remaining)\b/);
  if (spare) return spare[0];
  const m = text
    .slice(end)
    .match(
      /^\s+of\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+(?:in|on|at|to|from|for|by|during|with|since|as|into|under|and|over|across)\b|\s*[,.;:]|\s*$)/,
    );
  if (!m) return "";
  // "400 of them", "two of the three": a pronoun or a second figure is no noun a quantity is of.
  if (/^\s+of\s+(?:them|us|these|those|which|whom|\d|the\s+\d)/.test(m[0])) return "";
  // "of goods imported from X": a participle runs the phrase on; it cannot move whole.
  if (/\b[a-z]{3,}(?:ed|en)$/.test(m[0]) && !/\b(?:[A-Z][\w-]*)$/.test(m[0])) return "";
  return m[0];
}

/** Whether a share's noun after a percentage runs on into a participle: "90 per cent of goods imported from X". */
export function shareTrails(text: string, end: number): boolean {
  const after = text.slice(end);
  return (
    /^\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s+[a-z]{3,}(?:ed|en)\b/.test(after) ||
    // "fixed at 15% of the total strength of the Assembly": "total" qualifies the noun after it, which no share
    // phrase ends on ("At what percentage of the total is ... fixed strength of ...?").
    /^\s+of\s+(?:the\s+)?total\s+(?!(?:in|on|at|to|from|for|by|and|or|as|with|during|since|than|while|which|who|over|under|across|after|before|is|was|were|are|has|have|had)\b)[a-z]{3,}/.test(
      after,
    )
  );
}

/** Replaces the span with the wh-phrase where it stands: "India is part of which grouping?" */
export function inPlace(body: string, span: Span, wh: string): string {
  const before = body.slice(0, span.start).replace(/\b(?:the|a|an|its|his|her|their)\s+$/i, "");
  // "held in | in which city": a wh-phrase with its preposition takes the place of the sentence's.
  const preposition = wh.match(/^([a-z]+)\s+(?:which|what|whom|how)\b/)?.[1];
  const kept = preposition ? before.replace(new RegExp(`\\b${preposition}\\s+$`), "") : before;
  return `${kept}${wh}${body.slice(span.end)}`;
}

/** Participles that describe the noun before them ("persons aged 15", "a firm based in X"), never a clause's verb. */
const REDUCED_PARTICIPLES = new Set([
  "aged",
  "based",
  "located",
  "headquartered",
  "named",
  "called",
  "titled",
  "dubbed",
  "valued",
  "worth",
]);

/** An auxiliary, a time phrase (the group "time"), then a participle: "had in May 2031 projected". */
const AUX_TIME_PARTICIPLE =
  /\b(?:has|have|had|was|were|is|are)(?<time>\s+(?:in|on)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2},?)?(?:\s+\d{4})?)\s+(?=[a-z]{3,}(?:ed|en)\b)/;

/** Particles of phrasal verbs: "take over from", "step down from", "team up with". */
const PARTICLES = new Set(["over", "up", "down", "out", "off", "away", "back"]);

function invert(body: string, tokens: Token[], span: Span, wh: string): string | null {
  // "will provide fiscal support of up to 40 per cent of the cost": "up to" is the figure's, and fronting the
  // figure alone strands it ("What percentage will it provide support of up to of the cost?"); asked in place.
  if (/\bup\s+to\s+$/i.test(body.slice(0, span.start))) return null;
  // The answer opens the clause: it is the subject, so the wh-phrase simply takes its place.
  const firstWord = tokens.find((t) => t.pos !== "DET" && t.pos !== "PUNCT");
  if (firstWord && firstWord.start >= span.start && span.start <= (tokens[0]?.start ?? 0) + 4) {
    return capitalise(`${wh}${body.slice(span.end)}`);
  }
  // "Another reason for holding the summit in Chile was ...": a gerund after a preposition is no clause's verb.
  // Nor is an infinitive ("a scheme to install panels"): a clause whose first verb follows "to" has no finite verb.
  // "persons aged 15 and above ... fell": a participle that describes the noun before it is no clause's verb,
  // when a verb of the clause's own follows.
  // "fighters operating from INS X carried out landings": an "-ing" form after a noun describes it, when the
  // clause's own verb follows the answer.
  const describing = (t: Token, i: number) =>
    ["NOUN", "PROPN"].includes(tokens[i - 1]?.pos ?? "") &&
    ((REDUCED_PARTICIPLES.has(t.text.toLowerCase()) &&
      tokens.some((u, j) => j > i && u.end <= span.start && u.pos === "VERB")) ||
      (/ing$/.test(t.text) &&
        tokens.some((u) => u.start >= span.end && u.pos === "VERB" && !/ing$/.test(u.text))));
  const verbAt = tokens.findIndex(
    (t, i) =>
      t.end <= span.start &&
      (t.pos === "VERB" || t.pos === "AUX") &&
      // "the Institute for Advanced Study": a capitalised word inside the sentence is a name's.
      !(i > 0 && /^[A-Z]/.test(t.text)) &&
      !describing(t, i) &&
      !(/ing$/.test(t.text) && PREPOSITIONS.has(tokens[i - 1]?.text.toLowerCase() ?? "")),
  );
  if (verbAt > 0 && tokens[verbAt - 1]?.text.toLowerCase() === "to") return null;
  if (verbAt <= 0) return frontBeforeVerb(body, tokens, span, wh);
  const verb = tokens[verbAt] as Token;
  const subjectTokens = tokens.slice(0, verbAt);
  // "The sites included are A and B": a copula after the verb found first is the clause's real verb.
  if (
    verb.pos === "VERB" &&
    tokens.some((t) => t.start > verb.end && t.end <= span.start && /^(?:is|are|was|were)$/i.test(t.text))
  )
    return null;
  // A subject is a short noun phrase; anything with its own verb or a comma is not a safe subject.
  if (
    subjectTokens.some(
      (t) => (t.pos === "VERB" && !REDUCED_PARTICIPLES.has(t.text.toLowerCase())) || t.text === ",",
    ) ||
    subjectTokens.length > 14
  )
    return null;
  // "Punjab harbours a maximum ...": a determiner right after a noun starts an object, so the tagger took
  // the verb for a noun and the verb found is not the clause's.
  if (
    subjectTokens.some(
      (t, i) => t.pos === "DET" && ["NOUN", "PROPN"].includes(subjectTokens[i - 1]?.pos ?? ""),
    )
  )
    return null;
  // "Nordland moves closer to full membership": a verb in "-s" the tagger took for a noun after a name, where the
  // word it then took for the verb ("full") is not the clause's.
  if (
    subjectTokens.some(
      (t, i) =>
        i > 0 &&
        t.pos === "NOUN" &&
        /[a-z]{2}s$/.test(t.text) &&
        subjectTokens[i - 1]?.pos === "PROPN" &&
        ["ADV", "DET", "ADP", "PART"].includes((subjectTokens[i + 1] ?? verb).pos),
    )
  )
    return null;
  const subject = body.slice(0, verb.start).trim();
  const before = tokens.filter((t) => t.end <= span.start);
  // "passed the contentious | X", "in the new | X", "launched its | X": the answer's determiner, possessive and
  // adjectives go with it.
  let k = before.length - 1;
  while (
    k >= 0 &&
    (before[k]?.pos === "DET" || before[k]?.pos === "ADJ" || POSSESSIVE.test(before[k]?.text ?? ""))
  )
    k--;
  const prev = before[k];
  const objectStart = before[k + 1]?.start ?? span.start;
  const preposition = prev !== undefined && PREPOSITIONS.has(prev.text.toLowerCase());
  // "in the presence of X", "on the sidelines of X": a preposition of several words moves whole.
  const complex = body.slice(0, objectStart).match(COMPLEX_PREPOSITION);
  const prepStart = complex?.index ?? (preposition ? prev.start : objectStart);
  // Only a phrase hanging off the verb can move to the front; one buried in a noun phrase stays where it is.
  const between = tokens.filter((t) => t.start >= verb.end && t.end <= prepStart);
  // "struck down a law that cut pensions by 8 per cent": a phrase after a relative clause's verb is that clause's;
  // fronted onto the main verb it asks something else ("By what percentage did the court strike down a law?").
  // "functions which are held at X" is where the functions are: a passive "be held" says where the noun is, and
  // what is fronted is still true of the clause.
  if (
    between.some((t, i) => {
      if (!/^(?:that|which|who|whom|whose)$/i.test(t.text)) return false;
      const verb = between.slice(i + 1).find((u) => u.pos === "VERB" || u.pos === "AUX");
      const where = between[between.indexOf(verb as Token) + 1];
      return (
        verb !== undefined &&
        !(
          /^(?:is|are|was|were)$/i.test(verb.text) &&
          /^(?:held|located|situated|based)$/i.test(where?.text ?? "")
        )
      );
    })
  )
    return null;
  // "X will serve a tenure of six months and retire on 13 May": a date after the second of two joined verbs is
  // that verb's alone, so it is asked of that verb: "On which date will X retire?". A place is usually both
  // verbs' ("beat X and won the title in Y") and keeps them.
  // "X shares a hull with Y and has four launch tubes": an object right after the second verb is that verb's alone
  // too: "How many launch tubes does X have?".
  // "agreed to co-develop and co-produce X": a verb joined to an infinitive is another infinitive of the same
  // verb's, not a second verb of the clause.
  const secondVerb = between.findIndex(
    (t, i) =>
      /^(?:and|or)$/i.test(t.text) &&
      between[i + 1]?.pos === "VERB" &&
      !/ing$/.test(between[i + 1]?.text ?? "") &&
      between[i - 2]?.text.toLowerCase() !== "to",
  );
  const objectOfSecond =
    secondVerb >= 0 &&
    !preposition &&
    !complex &&
    between.slice(secondVerb + 2).every((t) => t.pos === "DET" || t.pos === "ADJ");
  const joined = /^which (?:date|year|month|day)\b/.test(wh) || objectOfSecond ? secondVerb : -1;
  const second = between[joined + 1];
  if (joined >= 0 && second) {
    const keepTo = verb.pos === "AUX" ? verb.end : verb.start;
    const gap = second.start - keepTo - (verb.pos === "AUX" ? 1 : 0);
    const shift = <T extends { start: number; end: number }>(x: T): T =>
      x.start >= second.start ? { ...x, start: x.start - gap, end: x.end - gap } : x;
    return invert(
      `${body.slice(0, keepTo)}${verb.pos === "AUX" ? " " : ""}${body.slice(second.start)}`,
      tokens.filter((t) => t.end <= keepTo || t.start >= second.start).map(shift),
      shift(span),
      wh,
    );
  }
  // A time phrase hangs off the clause's verb however far it stands ("beat X in a thriller to clinch the title
  // with a win in the final on 14 June"), as long as no other verb of its own comes between.
  const time = /^which (?:date|year|month|day)\b/.test(wh);
  // Not a verb of its own: "to clinch", "winning", nor a word the tagger took for a verb inside a noun phrase
  // ("a seven-run win": after a hyphen, a determiner, a number or another such word).
  const ownVerb = between.some((t, i) => {
    const before = between[i - 1];
    // "was (formally) elected": the participle of the auxiliary found is the clause's own verb, not another.
    const participleOfAux =
      verb.pos === "AUX" && between.slice(0, i).every((x) => x.pos === "ADV" || x.pos === "PART");
    return (
      t.pos === "VERB" &&
      !participleOfAux &&
      !/ing$/.test(t.text) &&
      !(before && (/^(?:to|-)$/i.test(before.text) || ["DET", "NUM", "ADJ", "VERB"].includes(before.pos)))
    );
  });
  const words = time && !ownVerb ? between.filter((t) => t.pos !== "PUNCT").length : between.length;
  const limit = complex ? 12 : time && !ownVerb ? 28 : 10;
  if ((prev?.text.toLowerCase() === "of" && !complex) || words > limit) return null;
  // An object right after its verb; "has so far announced | X": adverbs and the main verb between an auxiliary
  // and its object are the verb's own.
  const verbGroup =
    verb.pos === "AUX" &&
    between.at(-1)?.pos === "VERB" &&
    between.slice(0, -1).every((t) => t.pos === "ADV" || t.pos === "PART");
  if (!preposition && between.length > 1 && !verbGroup) return null;
  // "comes six weeks after his trip to X": where to or from a trip went is the trip's, not the verb's.
  if (preposition && /^(?:to|from)$/i.test(prev.text) && TRAVEL.test(before[k - 1]?.text ?? "")) return null;
  // "X harbours the most sites followed by Y": a phrase after a participle hangs off the participle, and
  // fronting it on the main verb ("By which state did X harbour ... follow?") breaks the question.
  if (
    preposition &&
    between.some(
      (t, i) =>
        t.pos === "VERB" &&
        /(?:ed|en)$/.test(t.text) &&
        ["NOUN", "PROPN"].includes(between[i - 1]?.pos ?? ""),
    )
  )
    return null;
  // "was constituted in 2006 following amendments to X": a phrase right after an "-ing" word's object is that
  // object's ("amendments to X"), and fronting it on the main verb ("To which act was ... constituted?") breaks it.
  const ingAt = between.findLastIndex((t) => /^[a-z]+ing$/.test(t.text));
  if (
    preposition &&
    !time &&
    ingAt >= 0 &&
    ingAt < between.length - 1 &&
    // "is signing a pact with X": the auxiliary's own participle is the clause's verb.
    !(verb.pos === "AUX" && between.slice(0, ingAt).every((t) => t.pos === "ADV" || t.pos === "PART")) &&
    between.slice(ingAt + 1).every((t) => ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(t.pos))
  )
    return null;
  // "took over from X", "stepped down from Y": the preposition of a phrasal verb stays with it ("Who did Z take over
  // from?"); fronted, it would part the verb from its particle ("From whom did Z take over?").
  const stranded =
    preposition &&
    !complex &&
    /^(?:from|with|to|for)$/i.test(prev.text) &&
    !/^(?:which (?:date|year|month|day)|when)\b/.test(wh) &&
    PARTICLES.has(before[k - 1]?.text.toLowerCase() ?? "") &&
    before[k - 1]?.pos !== "NOUN";
  const front = stranded ? objectStart : prepStart;
  const determiners = /\b(?:the|a|an|its|his|her|their)\s+$/i;
  const prefix = body.slice(0, front).replace(determiners, "");
  const phrase = preposition && !stranded ? `${body.slice(front, prev.end)} ${wh}` : wh;
  const rest = `${prefix.slice(verb.end)}${body.slice(span.end)}`.replace(/\s+/g, " ").trim();
  const word = verb.text.toLowerCase();
  const next = tokens[verbAt + 1];
  if (AUXILIARIES.has(word)) {
    // "Since which year has X served as ...?": a span up to now keeps its perfect.
    if (
      /^since\b/i.test(phrase) &&
      ["has", "have"].includes(word) &&
      next?.pos === "VERB" &&
      next.end <= span.start
    ) {
      const remainder = `${prefix.slice(next.end)}${body.slice(span.end)}`.replace(/\s+/g, " ").trim();
      return capitalise(`${phrase} ${word} ${lowerFirst(subject, tokens[0])} ${next.text} ${remainder}`);
    }
    // "had met" reads better as "did ... meet".
    if (["has", "have", "had"].includes(word) && next && next.pos === "VERB" && next.end <= span.start) {
      const remainder = `${prefix.slice(next.end)}${body.slice(span.end)}`.replace(/\s+/g, " ").trim();
      return capitalise(
        `${phrase} did ${lowerFirst(subject, tokens[0])} ${next.lemma} ${coordinatedBase(remainder, tokens, next)}`,
      );
    }
    // "Chile had 1,874 condors": "had" is the verb itself and takes do-support, "did Chile have".
    // "had last won": a participle after "had" (the tagger may miss "won") makes it a perfect tense.
    // "had an estimated 3,682 tigers": a participle after a determiner describes the noun, and makes no perfect.
    const perfect = tokens.some(
      (t, i) =>
        t.start > verb.end &&
        t.end <= span.start &&
        (t.pos === "VERB" || t.pos === "AUX" || PARTICIPLE.test(t.text)) &&
        tokens[i - 1]?.pos !== "DET",
    );
    if (["has", "have", "had"].includes(word) && !perfect) {
      const aux = word === "had" ? "did" : word === "has" ? "does" : "do";
      return capitalise(
        `${phrase} ${aux} ${lowerFirst(subject, tokens[0])} have ${rest}`.replace(/\s+/g, " "),
      );
    }
    // A passive ("was launched") or a progressive ("is signing") inverts on its auxiliary; a copula does not,
    // unless the figure asked is what it says the subject is: "X's best throw was 89.9m" asks "How many metres
    // was X's best throw?", with nothing after the figure but a phrase of time or place.
    const copula = ["is", "are", "was", "were"].includes(word);
    const after = body.slice(span.end).replace(/[.!]+\s*$/, "");
    if (
      copula &&
      !preposition &&
      /^(?:how many|how much|what percentage)\b/.test(wh) &&
      between.every((t) => t.pos === "ADV") &&
      /^(?:\s+(?:in|at|on|during|for|from|as of)\b[^,;]*)?$/.test(after)
    )
      return capitalise(`${wh} ${word} ${lowerFirst(subject, tokens[0])}${after}`);
    // "was last released", "was first held": an adverb between the auxiliary and its participle is the verb's.
    // "was on Tuesday elected": the phrase asked stands between them, and is no word of the verb's.
    const participle = tokens
      .slice(verbAt + 1)
      .find(
        (t) =>
          !(t.start >= front && t.end <= span.end) &&
          t.pos !== "ADV" &&
          !/^(?:last|first|also|just|already|recently|earlier|again|newly|once)$/i.test(t.text),
      );
    if (
      copula &&
      !(
        participle &&
        (/ing$/.test(participle.text) || PARTICIPLE.test(participle.text)) &&
        participle.pos === "VERB"
      )
    )
      return null;
    return capitalise(`${phrase} ${word} ${lowerFirst(subject, tokens[0])} ${rest}`);
  }
  if (verb.pos !== "VERB") return null;
  // "top-scored": a hyphenated verb has no clean base form to invert with.
  if (body.charAt(verb.start - 1) === "-") return null;
  // "X set to take oath on Monday": a headline's "set to" has lost its "is", and takes it back.
  if (word === "set" && next?.text === "to" && tokens[verbAt + 2]?.pos === "VERB") {
    const copula = doSupport(verb, subjectTokens) === "do" ? "are" : "is";
    return capitalise(`${phrase} ${copula} ${lowerFirst(subject, tokens[0])} ${verb.text} ${rest}`);
  }
  const auxiliary = doSupport(verb, subjectTokens);
  return capitalise(
    `${phrase} ${auxiliary} ${lowerFirst(subject, tokens[0])} ${verb.lemma} ${coordinatedBase(rest, tokens, verb)}`,
  );
}

/**
 * The rest of a question whose verb took do-support, with a second verb joined by "and" in its base form too:
 * "did the House assemble at 9 am and took up ..." reads "... and take up ...".
 */
function coordinatedBase(rest: string, tokens: Token[], verb: Token): string {
  let out = rest;
  tokens.forEach((t, i) => {
    // "and placed", "and then placed".
    const then = tokens[i - 1]?.text === "then" ? 1 : 0;
    if (t.start <= verb.end || t.pos !== "VERB" || t.text === t.lemma || tokens[i - 1 - then]?.text !== "and")
      return;
    const joint = then ? "and then" : "and";
    out = out.replace(new RegExp(`\\b${joint} ${t.text}\\b`), `${joint} ${t.lemma}`);
  });
  return out;
}

/** The auxiliary a lexical verb takes when its clause is inverted: "did" for a past, "does"/"do" for a present. */
function doSupport(verb: Token, subjectTokens: Token[]): "did" | "does" | "do" {
  const word = verb.text.toLowerCase();
  const past = word !== verb.lemma && !word.endsWith("s");
  const third = word.endsWith("s") && word !== verb.lemma;
  // "India beat South Africa": a bare form after a singular subject is a past tense ("beat", "cut", "set").
  const head = subjectTokens.filter((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON").at(-1);
  const plural =
    subjectTokens.some((t) => t.text.toLowerCase() === "and") ||
    (head !== undefined && /^(?:they|we|you|i)$/i.test(head.text)) ||
    (head?.pos === "NOUN" && /[^s]s$/.test(head.text));
  return past || (!third && !plural) ? "did" : third ? "does" : "do";
}

/**
 * "The council on 3 May approved the plan": the phrase between a subject and its verb moves to the front and
 * the verb takes do-support, "On which date did the council approve the plan?". Null for any other shape.
 */
function frontBeforeVerb(body: string, tokens: Token[], span: Span, wh: string): string | null {
  // Only a time phrase stands there on its own; a place there belongs to the subject ("the launch of the
  // services in X came amid ...").
  if (!/^which (?:date|year|month|day)\b/.test(wh)) return null;
  const before = tokens.filter((t) => t.end <= span.start);
  const prep = before.at(-1)?.pos === "DET" ? before.at(-2) : before.at(-1);
  if (!prep || !PREPOSITIONS.has(prep.text.toLowerCase())) return null;
  // "the agency, on 12 January, brought ...": the time phrase may stand between commas.
  const bracketed =
    tokens.filter((t) => t.end <= prep.start).at(-1)?.text === "," &&
    tokens.find((t) => t.start >= span.end)?.text === ",";
  const subjectTokens = tokens.filter((t) => t.end <= prep.start);
  if (bracketed) subjectTokens.pop();
  if (
    subjectTokens.length === 0 ||
    subjectTokens.length > 9 ||
    subjectTokens.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.text === ",")
  )
    return null;
  // "X on 14 May successfully launched ...": an adverb before the verb is the verb's, and goes with it.
  const after = tokens.filter((t) => t.start >= span.end && !(bracketed && t.text === ","));
  const adverbs = after.findIndex((t) => t.pos !== "ADV");
  const verb = adverbs >= 0 && adverbs <= 2 ? after[adverbs] : undefined;
  if (verb?.pos !== "VERB" || /ing$/.test(verb.text) || body.charAt(verb.start - 1) === "-") return null;
  const manner = after
    .slice(0, adverbs)
    .map((t) => t.text)
    .join(" ");
  const subject = body.slice(0, prep.start).trim().replace(/\s*,$/, "");
  const rest = coordinatedBase(body.slice(verb.end).replace(/\s+/g, " ").trim(), tokens, verb);
  const auxiliary = doSupport(verb, subjectTokens);
  return capitalise(
    `${prep.text.toLowerCase()} ${wh} ${auxiliary} ${lowerFirst(subject, tokens[0])} ${manner ? `${manner} ` : ""}${verb.lemma} ${rest}`,
  );
}

/** Callings written before a name like a title, which a question still writes in lower case. */
const CALLING_BEFORE_NAME =
  /^(?:Agronomist|Scientist|Economist|Shooter|Wrestler|Boxer|Player|Athlete|Cricketer|Batter|Bowler|Singer|Actor|Actress|Author|Writer|Poet|Astronaut|Novelist|Journalist|Activist)$/;

function lowerFirst(subject: string, first?: Token): string {
  // Keep proper nouns and acronyms capitalised; lower a leading determiner or common noun ("Bilateral trade").
  // "Human trials are ...": a capital the sentence's start gave a word before a plural noun in lower case, which
  // the tagger then read as a name.
  // "Consumer price inflation fell ...", "Leaders of the Group of 20 adopted ...": so is one before any word in lower
  // case, which no name is followed by.
  const head = subject.split(/\s+/)[0] ?? "";
  const beforePlural =
    /^[A-Z][a-z]+(?<!(?:ian|ean|ese|ish))\s+(?!(?:and|of|for|de|da|von|van|bin|al|la)\b)[a-z]{2,}\b/.test(
      subject,
    ) &&
    !lexicon().country(head) &&
    !lexicon().organisation(head) &&
    !lexicon().regionKindOf(head) &&
    !isKnownCity(head) &&
    lexicon().role(head) === undefined;
  // "Households will get ...": a plural common noun alone, capitalised only because it opened the sentence.
  const lex = lexicon();
  const plural =
    /^[A-Z][a-z]{3,}s(?:\s+of\s.*)?$/.test(subject) &&
    !lex.country(subject) &&
    !lex.organisation(subject) &&
    !lex.regionKindOf(subject);
  // "Manufacturing expanded 8.9 per cent": a gerund alone names an activity, no one.
  // So does one that names an action or a state: "Construction was completed in 62 months".
  const activity =
    /^[A-Z][a-z]{2,}(?:ing|tion|sion|ment)$/.test(subject) &&
    subject !== "Parliament" &&
    !lex.country(subject) &&
    !lex.organisation(subject) &&
    !isKnownCity(subject);
  // "President Ola Berg": a title before a name keeps its capital, whatever the tagger read it as.
  // A calling is no title: "shooter X" stays in lower case.
  // "Justice X", "Admiral X": a rank or honorific of the data keeps it too, as a role does ("Shooter X" is a
  // calling).
  const titled =
    /^[A-Z][a-z]+\s+[A-Z][a-z]/.test(subject) &&
    (lexicon().role(head) !== undefined ||
      lexicon().ranks.includes(head) ||
      // "Advocate General of Goa X": a role of two words is a title too.
      new RegExp(`^(?:${lexicon().rolePattern})\\s+(?:of\\s+)?[A-Z]`).test(subject));
  // "Spinner Ola Berg": a calling before a name is a common noun.
  // "Economist X was appointed ...": a calling the data also lists as a word before names is still no office.
  const calling =
    /^[A-Z][a-z]+\s+[A-Z][a-z]/.test(subject) &&
    isPersonNoun(head.toLowerCase()) &&
    (!isTitleWord(head) || CALLING_BEFORE_NAME.test(head)) &&
    !titled &&
    !new RegExp(`^(?:${lexicon().rolePattern})\\b`).test(subject);
  // "Peace Palace is located in ...": capitalised words that end on a place's class noun are a name, whatever the
  // tagger read the first as ("Shooter X" is a calling and a name).
  const name =
    /^[A-Z][a-z]+\s+(?:[A-Z][\w'-]*\s+)*(?:Palace|Park|Lake|Fort|Temple|Reservoir|Sanctuary|Reserve|Dam|Bridge|Tower|Museum|Stadium|Hall|Gate|Canal|Port|Airport|Station|Islands?|Valley|Falls|Caves?)$/.test(
      subject,
    );
  // "Women held 13.8 per cent of seats", "Data will be shared": a plural or mass noun with no "s" is as common as
  // "Households" (blind reading 14 printed "did Women hold", "will Data be shared").
  const bare =
    /^(?:Women|Men|Children|People|Data|Police|Staff|Media|Cattle|Youth|Livestock|Personnel)\b(?!\s+[A-Z])/.test(
      subject,
    );
  const common =
    bare ||
    (first !== undefined &&
      !titled &&
      // "Santali poet X": a language keeps its capital.
      !isLanguage(head) &&
      ((first.pos !== "PROPN" && !name) || beforePlural || plural || calling || activity) &&
      !/^[A-Z]{2,}/.test(first.text));
  return /^(The|A|An|This|That|These|Those|Both|Two|Their|Its|His|Her|Former|Then|Outgoing)\b/.test(
    subject,
  ) || common
    ? subject.charAt(0).toLowerCase() + subject.slice(1)
    : subject;
}

function clauseAround(text: string, span: Span, keepRelative: boolean): Span {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAKS)) {
    const at = m.index ?? 0;
    // "His tenure as Election Commissioner will end ...": "as" before a role opens no clause.
    if (/^\s+as\s/.test(m[0]) && AS_ROLE.test(text.slice(at))) continue;
    if (at + m[0].length <= span.start) start = at + m[0].length;
    // A relative clause right after the answer ("X, which comprises ...") is what makes it the only answer: keep it.
    else if (at === span.end && keepRelative && /^,\s+(?:which|who)\s/.test(m[0])) continue;
    else if (at >= span.end && at < end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

function insideQuotation(text: string, span: Span): boolean {
  let open = false;
  for (let i = 0; i < span.start; i++) {
    const c = text[i];
    if (c === '"') open = !open;
  }
  return open;
}

function finish(q: string): string {
  return capitalise(
    q
      .replace(/\s+([,.;:?])/g, "$1")
      .replace(/[\s,;:.]+$/, "")
      .replace(/\s+/g, " ")
      .trim(),
  ).concat("?");
}
