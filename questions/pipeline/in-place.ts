/**
 * A gapped sentence asked in place, as exam papers print it: 'Which number fills the blank in "India designated
 * _____ more wetlands as Ramsar Sites"?' reads "India designated how many more wetlands as Ramsar Sites?".
 * Blind reading 13 accepted none of 58 blanks worded "Which X fills the blank in ...": no paper prints that. The
 * sentence keeps its words and order; only the blank becomes the wh-phrase its class and its place allow. A blank
 * no wh-phrase reads well in (an ordinal, a pair, a name inside a compound) keeps the gapped wording.
 */

import { lexicon } from "../lexicon";
import { capitalise, escapeRegex } from "../text";
import { nlp } from "./04-sentences";
import { isPersonNoun } from "./facts/spans";

/** What the blank holds, from the question's kind and the noun the prompt asks it by. */
type Slot =
  | { kind: "person" }
  | { kind: "ordinal" }
  | { kind: "count" }
  | { kind: "quantity"; phrase: string }
  | { kind: "named"; noun: string | null }
  | { kind: "date"; noun: string };

const GAPPED =
  /^(With reference to [^"]+?, )?[Ww]hich ((?:[a-z]+ ){0,2}[a-z]+|Article|Section|Schedule) fills? the blank in "(.+)"\?$/s;

/** Adverbs a figure may follow: "restricted to only _____", "just over _____ months". */
const GOVERNING_ADVERB =
  /^(?:only|just|about|around|nearly|almost|roughly|approximately|over|under|up|earlier|also|then|now|later|once|still)$/i;

/** Bodies and places own what they are written before: "which state's cadre", "which organisation's scientists". */
const OWNER_NOUN =
  /^(?:organisation|organization|body|grouping|bloc|bank|agency|company|firm|party|council|committee|commission|board|ministry|court|university|institute|team|club|state|union territory|city|country|place|district|region|province|nation)$/;

/** A stand-in a tagger reads as a name, so that the words around the blank are tagged as they would be. */
const STAND_IN = "Zorvath";

/** Words that open a clause with no name in them: a stem that opens with one goes on in lower case. */
const CLOSED_CLASS =
  /^(?:The|A|An|In|On|At|As|After|Before|During|With|Without|For|From|By|Under|Over|Of|To|Since|Until|Till|Following|According|Another|Earlier|Later|Its|His|Her|Their|Our|This|These|That|Those|Some|All|Both|Each|Every|Most|Many|Several|Only|Also|However|Meanwhile|Besides|Apart|Amid|Among|Between|Despite|Through|Once|When|While|If|Although|Though|Last|Next|Other|Such|Nearly|About|Around|Almost|So|Now|Thus|Still|Yet|Overall|Together|Further|Moreover)$/;

/**
 * The prompt asked in place, or the prompt unchanged where no wh-phrase reads well in the blank's place.
 * @param isCommonWord whether a capitalised first word is a common one ("Income", "Census"), which goes on in lower
 * case after a setting, where a name ("Kerala", "Modi") keeps its capital.
 * @example askedInPlace('Which number fills the blank in "India designated _____ more wetlands"?', "how_many", "three") // "India designated how many more wetlands?"
 */
export function askedInPlace(
  prompt: string,
  kind: string,
  answer: string,
  isCommonWord: (word: string) => boolean = () => false,
): string {
  const m = prompt.match(GAPPED);
  if (!m) return prompt;
  const [, setting = "", noun = "", stem = ""] = m;
  const at = stem.indexOf("_____");
  if (at < 0 || stem.indexOf("_____", at + 1) >= 0) return prompt;
  const slot = slotOf(noun, kind, answer);
  if (!slot) return prompt;
  const asked = inPlace(stem, at, slot, isCommonWord);
  if (!asked) return prompt;
  const question = attributed(asked);
  if (!setting) return capitalise(question);
  // "Prime Minister X": a common word before a capitalised one is part of a title or a name.
  // "With reference to X, India designated ...": a name keeps its capital after the comma, as it would in a sentence.
  return `${setting}${lowerStart(question, isCommonWord)}`;
}

/**
 * "Ola Berg said the first case was registered in which city?" reads as a paper prints it: "According to Ola Berg,
 * the first case was registered in which city?". Only a short name or title as the speaker, and only a report
 * that goes on as a clause of its own.
 */
function attributed(question: string): string {
  const m =
    /^((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s+(?:said|says|told reporters|stated)\s+(?:that\s+)?(?=(?:the|a|an|[A-Z])\b)/.exec(
      question,
    );
  if (!m?.[1] || /^(?:The|A|An|It|This|That|He|She|They)\b/.test(m[1])) return question;
  return `According to ${m[1]}, ${question.slice(m[0].length)}`;
}

/** Titles written with a capital before a name ("Justice X", "Captain X"), unlike callings ("actor X"). */
const FORMAL_TITLE =
  /^(?:President|Minister|Secretary|Chief|Chair|Chairman|Chairperson|Justice|Judge|Commissioner|Governor|Speaker|Director|Commander|Colonel|General|Admiral|Marshal|Captain|Skipper|Ambassador|Envoy|Leader|Professor|King|Queen|Prince|Coach|Head)$/;

/**
 * A clause's first word in lower case where it is a common word, capitalised only because it opened a sentence:
 * "The ministry ..." -> "the ministry ...", "Income of ..." -> "income of ...", "Kerala ..." and "Prime Minister X"
 * stay.
 */
export function lowerStart(text: string, isCommonWord: (word: string) => boolean): string {
  const first = text.match(/^[A-Z][a-z]*\b/)?.[0] ?? "";
  const lowered =
    CLOSED_CLASS.test(first) ||
    /^(?:Who|Whom|Whose|Which|What|How)$/.test(first) ||
    // "Hailing from which state, X ...": a participle opening its phrase.
    /^[A-Z][a-z]{2,}ing\s+[a-z]/.test(text) ||
    // "Left-arm spinner X took ...", "Two-time champion X ...": a word joined to a lower-case one is a compound
    // adjective, not a name ("Jaish-e-Mohammed" goes on to a capital).
    /^[A-Z][a-z]+-[a-z]+\b(?!-)/.test(text) ||
    // "Actor X's new party won ...", "Goalkeeper X saved ...": a calling before a name, which is no title of it.
    (isPersonNoun(first) && !FORMAL_TITLE.test(first) && /^\S+\s+[A-Z]/.test(text)) ||
    (isCommonWord(first) && !/^\S+\s+[A-Z]/.test(text));
  return lowered ? `${first.toLowerCase()}${text.slice(first.length)}` : text;
}

function slotOf(noun: string, kind: string, answer: string): Slot | null {
  if (noun === "ordinal") return { kind: "ordinal" };
  if (noun === "pair" || / pair$/.test(noun)) return null;
  // "from _____ is receiving" with "Hiroshima and Nagasaki": two places or things asked as two.
  if (/[^s]s$/.test(noun))
    return kind === "where" || kind === "which" ? { kind: "named", noun: `two ${noun}` } : null;
  if (kind === "who") return noun === "name" ? { kind: "person" } : null;
  if (noun === "number") return kind === "how_many" ? { kind: "count" } : null;
  if (noun === "amount") return { kind: "quantity", phrase: "what amount" };
  if (noun === "score") return { kind: "quantity", phrase: "what score" };
  // "their _____ wait" for "11-year": a figure joined to its unit describes the noun after it.
  if (/-[a-z]+$/.test(answer)) return null;
  if (noun === "figure") {
    if (/(?:%|\bper ?cent)$/i.test(answer)) return { kind: "quantity", phrase: "what percentage" };
    if (/\d\s*(?:m|km|metres?|kilometres?|meters?|kilometers?)$/.test(answer))
      return { kind: "quantity", phrase: "what distance" };
    return { kind: "quantity", phrase: "how much" };
  }
  if (kind === "when") return /^(?:date|year|month|day)$/.test(noun) ? { kind: "date", noun } : null;
  if (kind === "how_many") return null;
  // "greet scientists at the _____" keyed "Harbour Space Agency": a name the data knows as a body asks "which
  // organisation".
  if (noun === "name" && lexicon().organisation(answer)) return { kind: "named", noun: "organisation" };
  return { kind: "named", noun: noun === "name" ? null : noun };
}

/** The stem with its blank turned into the slot's wh-phrase, ending in a question mark; null when none reads well. */
function inPlace(
  stem: string,
  at: number,
  slot: Slot,
  isCommonWord: (word: string) => boolean,
): string | null {
  const doc = nlp().readDoc(`${stem.slice(0, at)}${STAND_IN}${stem.slice(at + 5)}`);
  const its = nlp().its;
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: { text: string; pos: string; lemma: string }[] = (
    doc.tokens().out(its.value) as string[]
  ).map((text, i) => ({ text, pos: pos[i] ?? "", lemma: lemmas[i] ?? text }));
  let index = tokens.findIndex((t) => t.text === STAND_IN);
  if (index < 0) return null;
  let before = stem.slice(0, at);
  let after = stem.slice(at + 5);
  if (/\(\s*$/.test(before)) return null;
  // "Gen. _____ had taken over": a title before a person's blank goes with it.
  let described = "";
  if (slot.kind === "person") {
    const title =
      /(?:^|\s)(?:(?:the\s+)?then\s+)?(?:Gen\.?|General|Lt\.?|Sir|Dr\.?|Justice|CJI|Admiral|Air Chief Marshal|Shri|Smt\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)\s+$/.exec(
        before,
      );
    if (title) {
      before = before.slice(0, title.index);
      index = tokensBefore(tokens, index, title[0]);
    } else {
      // "Irish novelist _____", "opener _____": the words that describe the person ask "which Irish novelist".
      let d = index - 1;
      // "Irish novelist": a demonym, which the tagger reads as a name, describes too.
      const describes = (t: { text: string; pos: string } | undefined) =>
        !!t &&
        /^[A-Za-z-]+$/.test(t.text) &&
        (/^(?:NOUN|ADJ)$/.test(t.pos) || (t.pos === "PROPN" && lexicon().country(t.text) !== undefined));
      while (d >= 0 && d > index - 4 && describes(tokens[d])) d--;
      const words = tokens.slice(d + 1, index);
      // "by beating _____": the words before the blank describe a person only when the last names one.
      if (words.length && isPersonNoun(words.at(-1)?.text ?? "")) {
        const phrase = words.map((t) => t.text).join(" ");
        const cut = new RegExp(`(?:^|\\s)(?:the\\s+)?${escapeRegex(phrase)}\\s+$`).exec(before);
        if (cut) {
          before = before.slice(0, cut.index);
          described = words
            .map((t, i) => (i === 0 && t.pos === "NOUN" ? t.text.toLowerCase() : t.text))
            .join(" ");
          index = tokensBefore(tokens, index, cut[0]);
        }
      }
    }
  }
  const prev = tokens[index - 1];
  const blank = tokens.findIndex((t) => t.text === STAND_IN);
  const next = tokens[blank + 1];
  // "Rafale and _____ fighters", "with _____ and David Miller": one of a pair is no question of its own.
  const paired = next?.pos === "CCONJ" && /^(?:PROPN|NOUN|ADJ|DET|NUM)$/.test(tokens[blank + 2]?.pos ?? "");
  // "the fourth in-person _____ leaders' summit": a name before the noun it names, past words that describe that
  // noun, asks "the fourth in-person leaders' summit of which grouping" (dev blind reading 1).
  if (
    slot.kind === "named" &&
    slot.noun &&
    !slot.noun.startsWith("two ") &&
    prev?.pos !== "CCONJ" &&
    !paired
  ) {
    const owned = ofWhich(before, after, slot.noun);
    if (owned) return owned;
  }
  if (prev?.pos === "CCONJ" || paired || /^-|^\s*\(/.test(after) || /\d\s*$/.test(before)) return null;
  // What comes right before the blank: nothing, a determiner that the wh-word replaces, or a word that governs it.
  const determiner = /(?:^|\s)(?:the|a|an|a\(n\)|some|an estimated)\s+$/i.exec(before);
  if (determiner) before = before.slice(0, determiner.index);
  let g = index - 1;
  while (determiner && g >= 0 && /^(?:the|a|an|\(|n|\)|some|estimated)$/i.test(tokens[g]?.text ?? "")) g--;
  const governor = tokens[g];
  // "laser-guided _____ missiles": a participle joined to a word is an adjective, which governs nothing.
  // "by beating _____": a gerund the tagger reads as a noun governs its object as a verb does.
  const gerund =
    governor?.pos === "NOUN" &&
    /^[a-z]+ing$/.test(governor.text) &&
    /\b(?:by|after|before|for|on|in)\s+[a-z]+ing\s*$/.test(before);
  const governs =
    !governor ||
    gerund ||
    (/^(?:ADP|VERB|AUX|SCONJ|PART|PRON)$/.test(governor.pos) && !/-\w+\s*$/.test(before)) ||
    (governor.pos === "ADV" && GOVERNING_ADVERB.test(governor.text)) ||
    /^[,;:(]$/.test(governor.text);
  if (!governs) return null;
  // "programme, _____": an appositive at the end names what was just named; asked in place it repeats its noun.
  if (governor?.text === "," && /^\s*(?:[,.;:)]|$)/.test(after)) return null;
  const possessive = /^['’]s\b/.test(after);
  if (possessive) after = after.replace(/^['’]s/, "");
  // "the _____ cadre", "_____ scientists": the blank names the owner or the kind of the noun after it.
  // "since the _____ military standoff": past an adjective too, the blank describes the noun that follows.
  const modifies =
    !possessive &&
    /^\s+[a-z]/.test(after) &&
    (next?.pos === "NOUN" || (next?.pos === "ADJ" && tokens[blank + 2]?.pos === "NOUN"));
  // "took oath as the _____ Chief Justice": an ordinal before what it counts asks "as which Chief Justice", its
  // options (50th, 51st, ...) telling what is asked; "for the _____ time" and "a _____ gold" read as no question.
  if (slot.kind === "ordinal") {
    if (!determiner || !/^the$/i.test(determiner[0].trim()) || !/^(?:NOUN|PROPN|ADJ)$/.test(next?.pos ?? ""))
      return null;
    if (/^\s+(?:time|times|year|years|day|days|place|position|rank|spot)\b/.test(after)) return null;
  }
  // "the _____ Chief Justice": a blank inside a compound name reads as no phrase.
  if (slot.kind !== "ordinal" && !possessive && /^\s+[A-Z]/.test(after) && next?.pos === "PROPN") return null;
  // "data released on _____ showed": a reporting verb whose report was cut asks nothing in place.
  if (
    /\b(?:showed|shows|said|says|revealed|stated|noted|added|announced|indicated|suggested)\W*$/.test(after)
  )
    return null;
  // "Under Section 12(3) of _____, the CIC is appointed ...": a wh-phrase inside an opening phrase asks nothing
  // before the clause it opens ("Under which act, the CIC is appointed"); that needs the whole sentence turned.
  if (tokens[0]?.pos === "ADP" && !before.includes(",") && /^[^,]*,/.test(after) && slot.kind !== "person")
    return null;
  const start = before.trim() === "";
  // "groupings like _____": the class noun just said is the question's own noun, which asked in place repeats.
  const said = slot.kind === "named" ? slot.noun?.replace(/^two /, "").replace(/(?<=[^s])s$/, "") : undefined;
  if (said && new RegExp(`\\b${said}s?\\b[^,]{0,20}$`, "i").test(before)) return null;
  // "The ministry on _____ notified the schedule": a time between the subject and its verb is asked first, with
  // do-support ("On which date did the ministry notify the schedule?"), as "The ministry on which date notified"
  // reads to no one (blind reading 14).
  if (
    slot.kind === "date" &&
    governor?.pos === "ADP" &&
    /^(?:on|in)$/i.test(governor.text) &&
    next?.pos === "VERB"
  ) {
    const subject = tokens.slice(0, g);
    const verb = next.text;
    if (
      subject.length > 0 &&
      !subject.some((t) => /^(?:VERB|AUX)$/.test(t.pos) || t.text === ",") &&
      /ed$/.test(verb) &&
      !/^\s+\S+\s+by\b/.test(after)
    ) {
      const subjectText = before.replace(new RegExp(`\\s*${governor.text}\\s*$`), "").trim();
      const rest = after.replace(new RegExp(`^\\s*${escapeRegex(verb)}`), "");
      return `${capitalise(governor.text.toLowerCase())} which ${slot.noun} did ${lowerStart(subjectText, isCommonWord)} ${next.lemma}${rest}`
        .replace(/\s+/g, " ")
        .replace(/[\s.,;:]+$/, "")
        .concat("?");
    }
  }
  const object = governor !== undefined && (gerund || /^(?:ADP|VERB)$/.test(governor.pos));
  const wh = described
    ? `${start ? "Which" : "which"} ${described}`
    : phraseFor(slot, { start, possessive, modifies, object });
  if (wh === null) return null;
  if (possessive && !/^whose\b|'s$/i.test(wh)) return null;
  // "the age of _____" asks "what age".
  const aged = /\bthe age of\s*$/.test(before) && slot.kind === "count";
  const head = aged ? before.replace(/\bthe age of\s*$/, "") : before;
  const phrase = aged ? "what age" : wh;
  // "weighs around _____ tonnes and this lifting task needs cranes": a clause joined on after the blank's own, about
  // what it says, is no part of the question.
  const own = after.replace(/\s+and\s+(?:this|these|it|they|its|their)\s[^,]*$/i, "");
  const joined = `${head}${head && !/\s$/.test(head) ? " " : ""}${phrase}${own}`
    .replace(/\s+/g, " ")
    .replace(/\(\s+/g, "(")
    .replace(/[\s.,;:]+$/, "")
    .trim();
  return `${joined}?`;
}

/**
 * "the 2031 _____ title with ..." as "the 2031 title of which tournament with ...": the blank between words that
 * describe a noun ("the", then at least one of a year, an ordinal, an adjective) and the noun itself, in lower
 * case and ending its phrase. Null for any other shape, for a noun followed by its own name ("submarine INS X"),
 * and where the noun is the class asked by.
 */
function ofWhich(before: string, after: string, noun: string): string | null {
  const described = /(?:^|\s)[Tt]he\s+(?:(?:\d{4}|[a-z][\w-]*)\s+){1,3}$/.test(before);
  const head =
    /^\s+((?:[a-z][\w-]*['’]?\s+)?[a-z][\w-]*)(?=\s+(?:was|were|is|are|has|have|had|will|would|with|in|at|on|for|to|from|by)\b|[,.;]|$)/.exec(
      after,
    );
  // "the broader _____ assembly earlier, ...": an adverb after the noun ends no noun phrase.
  if (!described || !head?.[1] || /(?:ly|\b(?:earlier|later|also|now|then|again|too|today))$/.test(head[1]))
    return null;
  if (new RegExp(`\\b${escapeRegex(noun)}s?\\b`, "i").test(head[1])) return null;
  const question = `${before}${head[1]} of which ${noun}${after.slice(head[0].length)}`
    .replace(/\s+/g, " ")
    .replace(/[\s.,;:]+$/, "")
    .trim();
  return `${question}?`;
}

/** The index of the blank's token once the words of `cut` (the end of the text before it) are set aside. */
function tokensBefore(tokens: { text: string }[], index: number, cut: string): number {
  const words = cut.trim().split(/\s+/).filter(Boolean).length;
  let i = index;
  let seen = 0;
  while (i > 0 && seen < words) {
    i--;
    if (/^[\w]/.test(tokens[i]?.text ?? "")) seen++;
  }
  return i;
}

function phraseFor(
  slot: Slot,
  at: { start: boolean; possessive: boolean; modifies: boolean; object: boolean },
): string | null {
  const cap = (s: string) => (at.start ? capitalise(s) : s);
  switch (slot.kind) {
    case "person":
      if (at.possessive || at.modifies) return cap("whose");
      // "when _____ took a catch": a subject inside the sentence asked in place reads "when who took".
      return at.start ? "Who" : at.object ? "whom" : null;
    case "count":
      return cap("how many");
    case "quantity":
      return at.modifies || at.possessive ? null : cap(slot.phrase);
    case "date":
      return at.modifies || at.possessive ? null : cap(`which ${slot.noun}`);
    case "ordinal":
      return cap("which");
    case "named":
      // "_____'s Jet Propulsion Laboratory" asks "which organisation's"; a thing owns nothing.
      if (at.possessive) return slot.noun && OWNER_NOUN.test(slot.noun) ? cap(`which ${slot.noun}'s`) : null;
      // "the _____ mission": a name of no known class is asked by the noun it names.
      if (slot.noun === null) return at.modifies ? cap("which") : null;
      // "the _____ aircraft carrier" asks "which aircraft carrier"; "the _____ cadre" asks "which state's cadre".
      if (at.modifies && slot.noun.startsWith("two ")) return null;
      if (at.modifies) return OWNER_NOUN.test(slot.noun) ? cap(`which ${slot.noun}'s`) : cap("which");
      return cap(`which ${slot.noun}`);
  }
}
