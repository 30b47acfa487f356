/**
 * One member of a list of people, asked on its own: "Former Prime Ministers A, B and agronomist C will be conferred
 * with the award" reads, for B, "Former Prime Minister B will be conferred with the award along with A and C." The
 * wh-question then fronts B alone ("Which former Prime Minister will be conferred with the award along with A and
 * C?"), where the list itself could only be asked as a blank. One figure of a list of figures, likewise, is asked
 * with what it counts alone ("How many camps in B were shut?").
 */
import { lexicon } from "../../lexicon";
import { NUMBER_WORDS } from "../../text";
import type { Sentence } from "../04-sentences";
import { type AnswerSpan, isPersonNoun } from "./spans";

/** A member as written: its describing words, its role, its name, and what joins it to the member before. */
interface Member {
  /** Where its own words start: a calling ("agronomist"), a role ("Colonel"), or the name itself. */
  from: number;
  /** Where its role starts, or its name where it has none. */
  roleStart: number;
  start: number;
  end: number;
  /** ", ", " and " or ", and " before it; empty for the first. */
  joiner: string;
}

/** Between two members: a comma, "and" or both, then at most three words that describe the next one. */
const JOINER = String.raw`(,\s+(?:and\s+)?|\s+and\s+)((?:(?:[a-z][\w-]*|[A-Z]{2,})\s+){0,3})`;
/** A name of two to four capitalised words, a role's words included. */
const NAME = String.raw`((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)`;
const NEXT = new RegExp(`^${JOINER}${NAME}(?=[\\s,.;:]|$)`);
const PREVIOUS = new RegExp(`${NAME}${JOINER}$`);
/** "named A and B as the winners", "A and B both won": what the list is said to be, in the plural. */
const PLURAL_AFTER = /\bas\s+(?:the\s+)?(?:[a-z-]+\s+)?[a-z]+[^s\s]s\b|\b(?:both|the two|together)\b/;
/** A role in the plural, shared by the members that have none of their own: "Former Prime Ministers". */
const PLURAL_ROLE = /[a-z][^s\s]s\s+$/;
/** Words that end a list rather than describe a member: prepositions, articles, verbs of saying and being. */
const NOT_DESCRIBING =
  /^(?:the|a|an|of|in|on|at|by|for|with|from|to|as|who|which|that|was|were|is|are|has|have|had|will|would|said|also|both|respectively)$/i;
/** Tags a describing word may have: "agronomist", "BJP stalwart", "former". */
const DESCRIBING_TAGS = new Set(["NOUN", "PROPN", "ADJ"]);
/** A list whose members go with other things in order, or between whom something happened, is no list to split. */
const NOT_SPLIT = /\brespectively\b|\bbetween\s+[^,]*$|\b(?:each other|one another)\b/i;
/** A verb of a plural subject in the past or with an auxiliary, and its singular. */
const SINGULAR: Record<string, string> = { were: "was", are: "is", have: "has" };
/** "A and B met in Oslo": what two do together is not done "along with" the other. */
const TOGETHER =
  /^\s+(?:(?:have|had|has|will|would)\s+)?(?:met|meet|signed|sign|agreed|agree|discussed|discuss|held talks|hold talks|shook|spoke|speak|exchanged|married|tied|drew|shared|share|jointly)\b/;

/**
 * The sentence with the list around `span` cut to `span` and the others named after its clause ("along with A
 * and C"); null when the span is no member of a list of two or more people.
 * @example listMember(annotated("Colonels Ola Berg and Kari Nord led the parade."), kariNord, spans) // "Colonel Kari Nord led the parade along with Ola Berg."
 */
export function listMember(sentence: Sentence, span: AnswerSpan, siblings: AnswerSpan[]): string | null {
  if (span.type !== "person" || span.pair) return null;
  const text = sentence.text;
  const people = siblings.filter((s) => s.type === "person" && !s.pair);
  // Describing words are nouns and adjectives ("BJP stalwart", "former"), never a verb or a preposition.
  const describing = (from: number, to: number) =>
    text
      .slice(from, to)
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => !NOT_DESCRIBING.test(w)) &&
    sentence.tokens.filter((t) => t.start >= from && t.end <= to).every((t) => DESCRIBING_TAGS.has(t.pos));
  // A name the span finder also read as a person keeps its role apart; another must be a name in full.
  const memberAt = (start: number, end: number): { roleStart: number; start: number; end: number } | null => {
    const found = people.find((p) => (p.roleStart ?? p.start) >= start && p.end === end);
    if (found) return { roleStart: found.roleStart ?? found.start, start: found.start, end: found.end };
    const tokens = sentence.tokens.filter((t) => t.start >= start && t.end <= end);
    return tokens.length >= 2 &&
      tokens.every((t) => t.pos === "PROPN") &&
      !lexicon().country(text.slice(start, end))
      ? { roleStart: start, start, end }
      : null;
  };
  const own = span.roleStart ?? span.start;
  const members: Member[] = [{ from: own, roleStart: own, start: span.start, end: span.end, joiner: "" }];
  // The members after the span, up to the one that "and" joins.
  for (let last = members[0] as Member; !/\band\b/.test(last.joiner); ) {
    const m = text.slice(last.end).match(NEXT);
    if (!m) break;
    const from = last.end + (m[1] ?? "").length;
    const nameStart = from + (m[2] ?? "").length;
    const name = memberAt(nameStart, nameStart + (m[3] ?? "").length);
    if (!name || !describing(from, nameStart)) break;
    last = { ...name, from, joiner: m[1] ?? "" };
    members.push(last);
  }
  // The members before it, each one's describing words read off the text between.
  for (;;) {
    const first = members[0] as Member;
    const m = text.slice(0, first.roleStart).match(PREVIOUS);
    if (m?.index === undefined || !describing(first.roleStart - (m[3] ?? "").length, first.roleStart)) break;
    const nameEnd = m.index + (m[1] ?? "").length;
    // "Former Presidents A, B and C": the first name's run of capitals may hold a plural role before it.
    const run = text.slice(m.index, nameEnd);
    const plural = run.match(/^(?:.*\s)?[A-Z][a-z]+[^s\s]s\s+/)?.[0] ?? "";
    const name = people.find((p) => p.end === nameEnd) ?? memberAt(m.index + plural.length, nameEnd);
    if (!name) break;
    members[0] = { ...first, from: first.roleStart - (m[3] ?? "").length, joiner: m[2] ?? "" };
    const roleStart = name.roleStart ?? name.start;
    members.unshift({ from: roleStart, roleStart, start: name.start, end: name.end, joiner: "" });
  }
  const last = members.at(-1) as Member;
  // Only the last joiner has "and": "A and B, C" is two lists.
  if (members.length < 2 || !/\band\b/.test(last.joiner)) return null;
  if (members.slice(1, -1).some((m) => /\band\b/.test(m.joiner))) return null;
  const first = members[0] as Member;
  if (NOT_SPLIT.test(text.slice(0, first.from)) || NOT_SPLIT.test(text)) return null;
  // "Former Prime Ministers A, B and C": a plural role before the first name is every member's that has none of
  // its own. "former Bihar CM A and BJP stalwart B": a singular one is the first member's own.
  const roleOfFirst = text.slice(first.roleStart, first.start);
  const pluralBefore = PLURAL_ROLE.test(roleOfFirst)
    ? ""
    : (text.slice(0, first.roleStart).match(/(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+[^s\s]s\s+$/)?.[0] ?? "");
  // "Boxer A and para-badminton player B received ...": a calling that opens the sentence is the first member's.
  const calling = pluralBefore
    ? ""
    : (text.slice(0, first.roleStart).match(/^([A-Z][a-z-]+)\s+$/)?.[0] ?? "");
  const roleStart =
    first.roleStart - pluralBefore.length - (calling && isPersonNoun(calling.trim()) ? calling.length : 0);
  const former = text.slice(0, roleStart).match(/\b(?:former|then|outgoing)\s+$/i)?.[0] ?? "";
  const prefix = text.slice(0, roleStart - former.length);
  const firstWords = `${former}${text.slice(roleStart, first.start)}`;
  const shared = PLURAL_ROLE.test(firstWords) ? firstWords : "";
  const self = members.find((m) => m.start === span.start) as Member;
  const ownWords = self === first ? (shared ? "" : firstWords) : text.slice(self.from, span.start);
  const named =
    ownWords.trim() || !shared
      ? `${ownWords}${text.slice(span.start, span.end)}`
      : `${shared.replace(/s(\s+)$/, "$1")}${text.slice(span.start, span.end)}`;
  // What the list does, up to the first comma after it: the rest is an aside on the last member.
  const after = text.slice(last.end).replace(/[.!?]\s*$/, "");
  const clauseEnd = after.search(/,\s|;\s|\s[-–—]\s/);
  let rest = clauseEnd >= 0 ? after.slice(0, clauseEnd) : after;
  if ((!/^\s+[a-z]/.test(rest) && rest.trim() !== "") || TOGETHER.test(rest) || PLURAL_AFTER.test(rest))
    return null;
  // The list was the subject: its verb agrees with one member now.
  const subject = /^(?:[^,]{0,60},\s+)?(?:the\s+)?$/i.test(prefix);
  if (subject) {
    const verb = rest.match(/^\s+(?:(?:also|jointly|together)\s+)?([a-z]+)\b/)?.[1] ?? "";
    const singular = SINGULAR[verb];
    if (singular) rest = rest.replace(new RegExp(`\\b${verb}\\b`), singular);
    // "A and B win ...": a present plural verb would need its own agreement; such a list is left whole.
    else if (!/(?:ed|will|would|can|could|may|might|must|shall|should|had|did)$/.test(verb)) return null;
  }
  const others = members.filter((m) => m !== self).map((m) => text.slice(m.start, m.end));
  const along = others.length === 1 ? others[0] : `${others.slice(0, -1).join(", ")} and ${others.at(-1)}`;
  // "agronomist C will be ...": a calling that opens the sentence takes "The", so that it still reads as a calling
  // and not as a title ("Agronomist C").
  const opening = `${prefix}${named}`;
  const capitalised = /^[a-z]/.test(opening) ? `The ${opening}` : opening;
  return `${capitalised}${rest} along with ${along}.`;
}

/** A figure that counts: digits, or a number word. */
const COUNT = String.raw`(?:\d[\d,.]*|${NUMBER_WORDS.slice(2).join("|")}|twenty|thirty|forty|fifty|hundred)`;
/** A counted item: the figure and up to five words of what it counts, up to a verb or "and". */
// "64 matches over 17 days": a preposition before another figure starts the clause's own phrase, not the item's.
const COUNTED = String.raw`${COUNT}(?:\s+(?!(?:and|or|were|was|are|is|have|has|had|will|would|respectively)\b|(?:over|in|on|at|by|for|from|to|within|across|during)\s+\d)[A-Za-z][\w'’-]*){0,5}`;
const COUNT_LIST = new RegExp(
  String.raw`(?<![\w-])(${COUNTED}(?:,\s+${COUNTED})*,?\s+and\s+${COUNTED})(?=[\s,.;:]|$)`,
  "gi",
);
/** The rest of a list's last item: words, "and" too, up to a comma, a verb or the end. */
const LIST_TAIL =
  /^(?:\s+(?!(?:were|was|are|is|have|has|had|will|would|respectively)\b)[A-Za-z][\w'’-]*)+(?=[,.;:]|\s+(?:were|was|are|is|have|has|had|will|would)\b|$)/;
const PREPOSITION = /^(?:in|from|at|of|for|on|to|across|inside|outside|near|by)$/i;

/**
 * One figure of a list of figures, with what it counts: "Four camps in A and five in B were destroyed" reads, for
 * "five", "Five camps in B were destroyed."; "The list comprises 5 A, 17 B and 104 C awards" reads, for 17, "The
 * list comprises 19 B awards." Null when the span is no figure of such a list.
 * @example figureListMember("Four camps in Tromso and five in Bergen were shut.", 29) // "Five camps in Bergen were shut."
 */
export function figureListMember(text: string, start: number): string | null {
  if (/\brespectively\b/i.test(text)) return null;
  for (const m of text.matchAll(COUNT_LIST)) {
    const listStart = m.index ?? 0;
    // "four followers of the X chief and terrorist Y": the last item goes on past an "and" or past the words a
    // count may take, and what follows up to the next comma or verb is still its own.
    const rest = text.slice(listStart + (m[1] ?? "").length);
    const full =
      (m[1] ?? "")
        .split(/\s+and\s+|,\s+/)
        .at(-1)
        ?.split(/\s+/).length === 6;
    const tail = full || /^\s+and\s/.test(rest) ? (rest.match(LIST_TAIL)?.[0] ?? "") : "";
    const list = (m[1] ?? "") + tail;
    if (start < listStart || start >= listStart + list.length) continue;
    const items: { at: number; words: string[] }[] = [];
    const joiner = /,\s+(?:and\s+)?|\s+and\s+/g;
    let from = 0;
    const joins = [...list.slice(0, list.length - tail.length).matchAll(joiner)];
    for (const j of [...joins, null]) {
      const end = j ? (j.index ?? 0) : list.length;
      const item = list.slice(from, end);
      items.push({ at: listStart + from, words: item.split(/\s+/) });
      if (j) from = end + j[0].length;
    }
    // Every piece must start with its figure: "5 A, 17 B and 104 C", not a name's comma.
    if (items.some((i) => !new RegExp(`^${COUNT}$`, "i").test(i.words[0] ?? ""))) return null;
    const self = items.find((i) => i.at === start);
    if (!self || /^(?:one|1)$/i.test(self.words[0] ?? "")) return null;
    // "five in B": what it counts is left out, and is the first figure's ("camps").
    const firstNoun = (items[0]?.words.slice(1) ?? []).filter((_, k, all) =>
      all.slice(0, k + 1).every((w) => !PREPOSITION.test(w)),
    );
    const counted = self.words.slice(1);
    const noun = counted.length === 0 || PREPOSITION.test(counted[0] ?? "") ? firstNoun : [];
    if (counted.length === 0 && noun.length === 0) return null;
    // "104 C awards": the last figure's plural noun is every figure's where the others name only their kind.
    const lastWord = items.at(-1)?.words.at(-1) ?? "";
    const shared =
      self !== items.at(-1) &&
      /^[A-Za-z]+s$/.test(lastWord) &&
      !/[^s]s$/.test(counted.at(-1) ?? "") &&
      noun.length === 0
        ? [lastWord.toLowerCase()]
        : [];
    const item = [self.words[0], ...noun, ...counted, ...shared].join(" ");
    const derived = `${text.slice(0, listStart)}${item}${text.slice(listStart + list.length)}`;
    return `${derived.charAt(0).toUpperCase()}${derived.slice(1)}`;
  }
  return null;
}

/** "announced (the) Harbour Medal (in the last month) for A and B": the award (1) and the people it is for (2). */
const AWARD_FOR =
  /\b(?:announced|declared|approved)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,3}(?:Award|Awards|Prize|Medal|Ratna|Shri|Bhushan|Vibhushan|Puraskar|Honour|Chakra|Trophy|Fellowship))\s+(?:(?:in|within|during|over)\s+(?:the\s+)?[a-z0-9 ]{2,30}?\s+)?for\s+([^;:"“”]+?)\.?$/;

/**
 * The people an award was announced for, as the subject of a sentence of their own: "The Centre announced the
 * Tromso Prize for A and B." reads "A and B were named for the Tromso Prize." Null when the span is not among them.
 * @example namedForAward("The council announced the Harbour Medal for Ola Berg.", span) // "Ola Berg was named for the Harbour Medal."
 */
export function namedForAward(text: string, span: AnswerSpan): string | null {
  if (span.type !== "person") return null;
  const m = AWARD_FOR.exec(text);
  const award = m?.[1];
  const people = m?.[2];
  if (!m || !award || !people) return null;
  const from = (m.index ?? 0) + m[0].lastIndexOf(people);
  if (span.start < from || span.end > from + people.length) return null;
  const plural = /,|\band\b/.test(people);
  return `${people.charAt(0).toUpperCase()}${people.slice(1)} ${plural ? "were" : "was"} named for the ${award}.`;
}

const FIGURE = String.raw`(?:(?:Rs\.?|₹|US\$|\$)\s?)?\d[\d,.]*(?:\s*(?:lakh|crore|million|billion|trillion|per cent|percent|%|km|kg|tonnes|MW))?`;
const FIGURE_LIST = new RegExp(
  String.raw`(?:${FIGURE}|§)(?:,\s+(?:${FIGURE}|§))+,?\s+and\s+(?:${FIGURE}|§)`,
  "g",
);

/**
 * Whether the figure at start..end is one of a list of three or more ("Rs 2 lakh, Rs 1.5 lakh and Rs 1 lakh were
 * given to the first, second and third"): asked alone, it is keyed to the wrong member as often as not.
 * @example inFigureList("Prizes of Rs 2 lakh, Rs 1.5 lakh and Rs 1 lakh were given.", 34, 43) // true
 */
export function inFigureList(text: string, span: { start: number; end: number }): boolean {
  const marked = `${text.slice(Math.max(0, span.start - 120), span.start)}§${text.slice(span.end, span.end + 120)}`;
  return [...marked.matchAll(FIGURE_LIST)].some((m) => m[0].includes("§"));
}
