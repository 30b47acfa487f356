/** Typed answer spans in one sentence: people, places, organisations, named things, quantities, ordinals, dates. */
import namesData from "../../data/names.json" with { type: "json" };
import { lexicon } from "../../lexicon";
import { MONTHS as MONTH_NAMES, normKey, ORDINAL_WORDS } from "../../text";
import type { Sentence, Token } from "../04-sentences";
import { dateAliases, formatDate, type ResolvedDate, resolveDate } from "../dates";
import { awardGiver, learntClassOf } from "./families/things";

export type SpanType =
  | "person"
  | "place"
  | "org"
  | "thing"
  | "count"
  | "measure"
  | "money"
  | "percent"
  | "ordinal"
  | "date";

export interface AnswerSpan {
  /** Offsets in the sentence text of what the question blanks out. */
  start: number;
  end: number;
  answer: string;
  aliases: string[];
  type: SpanType;
  /**
   * What the answer is, finer than its type: a person's role ("Chief Justice"), a place's granularity
   * ("country", "state", "city", "venue"), a thing's class noun ("sanctuary"), a quantity's unit or counted noun.
   */
  cls: string;
  /** For a date: its granularity; for a place: its country code when known. */
  detail?: string;
  /** Start of the role written before a person's name ("Prime Minister" in "Prime Minister X"). */
  roleStart?: number;
  /** Where the blank of a fill-in-the-blank ends, when the span also holds what it counts ("nine | camps"). */
  blankEnd?: number;
  /** End of a bracketed acronym right after the span ("(ISRO)"), dropped from a stem that asks for the span. */
  acronymEnd?: number;
  /** Two things of one class named together ("Orca and Skua submarines"), asked as one answer. */
  pair?: true;
}

export interface SpanContext {
  /** The article's own date, for weekdays and yearless dates; null when the article has none. */
  reference: Date | null;
  /** Full names of people already known in the story, by surname, so "Berg" answers "Ola Berg". */
  people: Map<string, string>;
  /** The article's year when its exact day is unknown, for dates written without a year. */
  year?: number | null;
}

interface NameData {
  titleWords: string[];
  honorifics: string[];
  classNouns: Record<string, string>;
  venueClasses: string[];
  orgClasses: string[];
  cities: Record<string, string[]>;
  measureUnits: Record<string, string>;
  personNouns: string[];
  fields: string[];
  portfolios: string[];
  /** Languages, which a name after "in" or "from" may be ("first published in Marathi"): never a place. */
  languages: string[];
}
const NAMES = namesData as NameData;
const LANGUAGES = new Set(NAMES.languages);

/** Whether a word names a language ("Santali", "Marathi"): a capital of its own, and no place. */
export function isLanguage(word: string): boolean {
  return LANGUAGES.has(word);
}
/** Title words as written, and lower-cased when long enough not to be an initial ("KL Berg"). */
const TITLE_WORDS = new Set(NAMES.titleWords.flatMap((w) => (w.length > 3 ? [w, w.toLowerCase()] : [w])));
/** A word written before a name as its title ("Judge", "Coach", "General"), not a calling ("spinner"). */
export const isTitleWord = (word: string) =>
  TITLE_WORDS.has(word) ||
  TITLE_WORDS.has(word.replace(/s$/, "")) ||
  (word.length > 3 && TITLE_WORDS.has(word.toLowerCase().replace(/s$/, "")));
const PERSON_NOUNS = new Set(NAMES.personNouns);

/** A noun for a person by calling or kin ("shooter", "player", "champion"), singular or plural. */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/s$/, ""));
}
const CITY_COUNTRY = new Map<string, string>();
for (const [code, cities] of Object.entries(NAMES.cities))
  for (const c of cities) CITY_COUNTRY.set(c.toLowerCase(), code);
const CONNECTORS = new Set(["of", "for", "and", "&", "de", "da", "on", "the", "-", "in"]);
const NOT_NAME_START = new Set(
  "the a an this that these those he she it they his her their its on in at of for and but during after before since while when where which who meanwhile however upon earlier today also then now later currently further moreover besides still yet thus hence so with without amid as".split(
    " ",
  ),
);
const WEEKDAYS = /^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;
const MONTH_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

let capitals: Map<string, string> | undefined;
/** The country whose capital a name is ("Oslo" -> NO), from world-countries. */
export function capitalCountry(name: string): { code: string } | undefined {
  capitals ??= new Map(
    lexicon().countries.flatMap((c) => (c.capital ? [[c.capital.toLowerCase(), c.code]] : [])),
  );
  const code = capitals.get(name.toLowerCase());
  return code ? { code } : undefined;
}

/** Class words of Indian languages that names end in, and the English class noun a question asks them by. */
const VERNACULAR_CLASSES: Record<string, string> = { setu: "bridge" };

/** The class of a capitalised name from its last word(s): "Bird Sanctuary" -> sanctuary. */
export function classOfName(name: string): { noun: string; category: string } | null {
  // Asked of the same names by every read and every question of a story (18,220 calls for 2,313 names per 200
  // bench articles): each name is worked out once, and each caller gets its own copy.
  let found = nameClasses.get(name);
  if (found === undefined) {
    found = uncachedClassOfName(name);
    if (nameClasses.size >= 20_000) nameClasses.clear();
    nameClasses.set(name, found);
  }
  return found && { ...found };
}
const nameClasses = new Map<string, { noun: string; category: string } | null>();

function uncachedClassOfName(name: string): { noun: string; category: string } | null {
  // "South Block", "North Block": the Secretariat's buildings, no city (and "block" alone is a district's part).
  if (/^(?:North|South)\s+Block$/.test(name)) return { noun: "building", category: "venue" };
  // "the Garhwal Rifles", "the Rajputana Rifles": a regiment named for its region, not a rifle ("INSAS rifles").
  if (
    /^(?:[A-Z][\w-]*\s+)*(?:[A-Z][a-z][\w-]*|[A-Z]{3,})\s+(?:Rifles|RIFLES)$/.test(name) &&
    !/^[A-Z]{2,6}\s+Rifles$/.test(name)
  )
    return { noun: "regiment", category: "force" };
  const words = name.toLowerCase().split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length <= n - 1) continue;
    const noun = words
      .slice(-n)
      .join(" ")
      .replace(/[^a-z ]/g, "");
    const category = NAMES.classNouns[noun];
    // "Shri" is an award's class word only in "Padma Shri": a "Vayo Shri card" is a scheme's card.
    if (noun === "shri" && !/^Padma\s+Shri$/i.test(name)) continue;
    // "Khambhat Sagar Setu": a class word of an Indian language is asked in English ("Which bridge ...?").
    if (category && words.length > n) return { noun: VERNACULAR_CLASSES[noun] ?? noun, category };
  }
  // "the Harbour Prize for Literature", "the Orca Cup of Nations": a prize or a contest named with what it is for;
  // "the Harbour Caves of Nordland": a site named with where it is.
  // "the International Conference on Disaster Resilient Infrastructure", "the Coalition for Clean Ports": a body
  // or an event named with what it is on or for.
  const qualified =
    name.match(
      /^(.+?\s(?:Prize|Award|Medal|Trophy|Cup|Championship|Games|Caves|Fort|Stupa|Monastery|Tomb))\s+(?:for|of|in)\s+[A-Z]/,
    )?.[1] ??
    name.match(
      /^((?:.+?\s)?(?:Conference|Convention|Coalition|Summit|Alliance|Forum|Partnership|Initiative|Commission|Committee|Council|Fund|Institute|Centre|Organisation|Organization|Agency|Programme|Dialogue|Scheme|Mission|Policy|Plan|Project|Yojana))\s+(?:for|of|on)\s+[A-Z]/,
    )?.[1];
  // "the Earth Observation Satellite EOS-11", "the Polar Satellite Launch Vehicle PSLV-C64": a code name after the
  // class words that say what it is.
  const coded = name.match(/^(?:[A-Z][\w-]*\s+){0,4}([A-Z][a-z]+)\s+[A-Z]{2,}[A-Za-z]*-?[A-Z]?\d[\w-]*$/);
  const codedClass = coded?.[1] ? NAMES.classNouns[coded[1].toLowerCase()] : undefined;
  if (coded?.[1] && codedClass) return { noun: coded[1].toLowerCase(), category: codedClass };
  // "the Coalition for X": a head of one word is its own class noun.
  if (qualified && !qualified.includes(" ")) {
    const category = NAMES.classNouns[qualified.toLowerCase()];
    return category ? { noun: qualified.toLowerCase(), category } : null;
  }
  if (qualified) return classOfName(qualified);
  const first = words[0]?.replace(/[^a-z]/g, "") ?? "";
  const prefix = lexicon().prefixClass(name.split(/\s+/)[0] ?? "");
  if (prefix && words.length > 1) return { noun: prefix.class, category: prefix.category };
  if (first === "mission" && words.length > 1) return { noun: "mission", category: "mission" };
  return null;
}

export function isVenueCategory(category: string): boolean {
  return NAMES.venueClasses.includes(category);
}
export function isOrgCategory(category: string): boolean {
  return NAMES.orgClasses.includes(category);
}
export function citiesOf(code: string): string[] {
  return NAMES.cities[code] ?? [];
}
/** The country code of a city the curated list or world-countries' capitals know; undefined otherwise. */
export function countryOfCity(name: string): string | undefined {
  return CITY_COUNTRY.get(name.toLowerCase()) ?? capitalCountry(name)?.code;
}

/** True when a name is a city the curated list or world-countries' capitals know. */
export function isKnownCity(name: string): boolean {
  return CITY_COUNTRY.has(name.toLowerCase()) || capitalCountry(name) !== undefined;
}

export function allCities(): string[] {
  return Object.values(NAMES.cities).flat();
}

/** "October-December", "Jul-Sep": a range of months written as one word. */
const MONTH_RANGE = new RegExp(
  `^(?:${MONTH_WORD.source.slice(1, -1)})[-–](?:${MONTH_WORD.source.slice(1, -1)})$`,
  "i",
);

/** The last word of a scheme's name: "PM Harbour Yojana" is a scheme, not a Prime Minister. */
const SCHEME_WORD =
  /^(?:Yojana|Yojna|Abhiyan|Abhiyaan|Mission|Scheme|Programme|Program|Nidhi|Kosh|Awas|Kisan)$/;

/** Words that title a name rather than say what the person does: they stay with the name or its role. */
const TITLE_WORD =
  /^(?:Justice|Judge|Captain|Colonel|Major|General|Admiral|Commander|Marshal|Brigadier|Lieutenant|Sergeant|Chief|Doctor|Professor|President|Governor|Minister|Senator|Ambassador|Mayor|Speaker|Chairman|Chairperson|Director|Secretary|Commissioner|King|Queen|Prince|Princess|Sheikh|Pope|Cardinal|Bishop|Saint|Sir|Dame|Lord|Lady)$/;

/** Maximal runs of name tokens: capitalised words with the connectors that sit inside names. */
function nameRuns(s: Sentence): { from: number; to: number }[] {
  const t = s.tokens;
  const runs: { from: number; to: number }[] = [];
  // /^[A-Z0-9]/ and /[A-Za-z]/, by character codes: asked of each token several times over.
  const capital = (x: Token | undefined) => {
    const c = x ? x.text.charCodeAt(0) : 0;
    if (c >= 65 && c <= 90) return true;
    return c >= 48 && c <= 57 && /[A-Za-z]/.test((x as Token).text);
  };
  const nameToken = (i: number): boolean => {
    const x = t[i];
    if (!x || !capital(x)) return false;
    if (NOT_NAME_START.has(x.text.toLowerCase()) && x.pos !== "PROPN") return false;
    // "Section 38V of the Act": a letter glued to a number is the section's, no name's first word.
    const prev = t[i - 1];
    if (prev && prev.end === x.start && /\d$/.test(prev.text) && /^[A-Z]{1,2}$/.test(x.text)) return false;
    // "the October-December quarter": a range of months is a period, not a name (read as one word or three).
    const month = (y: Token | undefined) =>
      y !== undefined && /^[A-Z]/.test(y.text) && MONTH_WORD.test(y.text);
    const dash = (y: Token | undefined) => y !== undefined && /^[-–]$/.test(y.text);
    if (
      MONTH_RANGE.test(x.text) ||
      (month(x) && ((dash(t[i + 1]) && month(t[i + 2])) || (dash(t[i - 1]) && month(t[i - 2]))))
    )
      return false;
    // "Opener Ola Berg scored 88": a calling that opens a sentence is capitalised for it, not part of the name
    // (a title such as "Captain" or "Justice" is read as the role it is).
    if (
      i === 0 &&
      isPersonNoun(x.text) &&
      !TITLE_WORD.test(x.text) &&
      !lexicon().role(x.text) &&
      capital(t[1])
    )
      return false;
    // "Congratulating Ola Berg, the minister wrote ...": a participle that opens the sentence is capitalised for
    // it, whatever the tagger reads it as.
    if (i === 0 && /^[A-Z][a-z]{4,}ing$/.test(x.text) && capital(t[1])) return false;
    // "the 2,000 MW Subansiri Lower project": a unit after a figure is no word of the name after it.
    if (
      /^(?:MW|GW|KW|kW|MWp|GWh|MWh|kV|KV|MT|MMT|MTPA|TMC|KM|KG|MU|BU)$/.test(x.text) &&
      /\d$/.test(t[i - 1]?.text ?? "")
    )
      return false;
    // "Updated Census data is crucial ...": a participle that opens the sentence describes what follows.
    if (i === 0 && /^[A-Z][a-z]{3,}ed$/.test(x.text) && x.pos !== "PROPN" && capital(t[1])) return false;
    // "rank 12th in the X Index": an ordinal in figures before a lower-case word is a rank, no name's first word
    // ("2nd Battalion" goes on to a capital).
    if (/^\d+(?:st|nd|rd|th)$/.test(x.text) && /^[a-z]/.test(t[i + 1]?.text ?? "")) return false;
    // "the All England Championships", "All India Radio": "All" opens a name of two words or more.
    if (x.text === "All" && t[i + 1]?.pos === "PROPN" && capital(t[i + 2])) return true;
    if (x.pos === "PROPN") return true;
    // "Three Tromso wetlands were added": a count that opens a sentence, and counts the noun after the names, is
    // capitalised for the sentence ("Three Gorges Dam is ..." stays a name).
    if (x.pos === "NUM" && i === 0 && t.find((y) => /^[a-z]/.test(y.text))?.pos === "NOUN") return false;
    if (["NOUN", "ADJ", "NUM", "X", "VERB", "ADV"].includes(x.pos)) return i > 0 || t[i + 1]?.pos === "PROPN";
    return false;
  };
  let i = 0;
  while (i < t.length) {
    if (!nameToken(i)) {
      i++;
      continue;
    }
    const from = i;
    let to = i;
    let j = i + 1;
    while (j < t.length) {
      const x = t[j] as Token;
      const prev = t[j - 1] as Token;
      const glued = x.start === prev.end;
      // "Admiral Chen Jun. Berg said ...": a word with a full stop ends the name (an initial's does not).
      if (nameToken(j) && /^[A-Za-z]{3,}\.$/.test(prev.text)) break;
      if (nameToken(j)) {
        to = j;
        j++;
        continue;
      }
      // "Ursula von der Leyen", "Mohammed bin Salman": a name's lower-case particles are part of it.
      if (/^(?:von|van|der|den|de|da|di|du|la|le|bin|ibn)$/.test(x.text)) {
        let k = j;
        while (k < j + 2 && /^(?:von|van|der|den|de|da|di|du|la|le|bin|ibn)$/.test(t[k]?.text ?? "")) k++;
        if (nameToken(k) && /^[A-Z][a-z]/.test(t[k]?.text ?? "")) {
          to = k;
          j = k + 1;
          continue;
        }
      }
      // "the India-Japan 2+2 Ministerial Dialogue": a format written "2+2" inside a name is part of it.
      const plus = t[j + 1];
      if (
        /^\d$/.test(x.text) &&
        plus &&
        /^\+\d$/.test(plus.text) &&
        plus.start === x.end &&
        nameToken(j + 2)
      ) {
        to = j + 2;
        j += 3;
        continue;
      }
      // "the Harbour (Amendment) Bill": a bracketed word inside a law's name is part of it (an acronym in
      // brackets is not: "the Reserve Bank (RB) Governor X" is two names).
      if (x.text === "(") {
        let k = j + 1;
        while (k < j + 3 && /^[A-Z][a-z]+$/.test(t[k]?.text ?? "")) k++;
        if (
          k > j + 1 &&
          t[k]?.text === ")" &&
          /^(?:Bill|Act|Ordinance|Code|Rules|Order)$/.test(t[k + 1]?.text ?? "")
        ) {
          to = k + 1;
          j = k + 2;
          continue;
        }
      }
      // "the FIDE Women's World Championship", "the People's Liberation Army": a plural's possessive inside a
      // name is part of it (a person's or a country's ends it: "Nordland's Ola Berg" is two names).
      if (
        /^['’]s$/.test(x.text) &&
        glued &&
        /^(?:Women|Men|Girls|Boys|Children|People|Farmers|Workers|Veterans|Nations|Ladies)$/.test(
          prev.text,
        ) &&
        nameToken(j + 1)
      ) {
        to = j + 1;
        j += 2;
        continue;
      }
      // "the Quad Leaders' Summit", "the Defence Ministers' Meeting": a plural's possessive apostrophe inside a name.
      if (/^['’]$/.test(x.text) && glued && /[a-z]s$/.test(prev.text) && nameToken(j + 1)) {
        to = j + 1;
        j += 2;
        continue;
      }
      // "Orbiter-X2", "army-held", "A- and": a word glued to the name by a hyphen.
      if (
        x.text === "-" &&
        glued &&
        t[j + 1] &&
        (t[j + 1] as Token).start === x.end &&
        /\w/.test(t[j + 1]?.text ?? "")
      ) {
        to = j + 1;
        j += 2;
        continue;
      }
      // "the Representation of the People Act": a law's name may hold "of the".
      // "the Employment of Local Persons in Private Establishments Act": or "in", "for", "to" without "the".
      const lawWords = t[j + 1]?.text === "the" ? 2 : 1;
      if (
        ((x.text === "of" && lawWords === 2) ||
          (/^(?:in|for|to|from|on|with)$/.test(x.text) &&
            lawWords === 1 &&
            /^[A-Z]/.test(prev.text) &&
            // A law's first words say what it is of ("Protection of Children from ...", "Right to ..."): "scare
            // Muslims with the X Bill", "from India to X Act" are no law's.
            (t.slice(from, j).some((x) => x.text === "of") || /^Rights?$/.test(prev.text)))) &&
        nameToken(j + lawWords)
      ) {
        let rest = runEnd(t, j + lawWords, nameToken);
        // "... of the People (Amendment) Act".
        if (
          t[rest + 1]?.text === "(" &&
          /^[A-Z][a-z]+$/.test(t[rest + 2]?.text ?? "") &&
          t[rest + 3]?.text === ")"
        )
          rest += 4;
        if (/^(?:Act|Bill|Code|Ordinance)$/.test(t[rest]?.text ?? "")) {
          to = rest;
          j = rest + 1;
          continue;
        }
      }
      // "the Maritime Initiative for Training in the Indo-Pacific (MAITRI)": "in the" inside a name its acronym
      // spells out.
      if (
        /^(?:in|of|for|on)$/.test(x.text) &&
        t[j + 1]?.text === "the" &&
        nameToken(j + 2) &&
        spelledOut(t, from, j)
      ) {
        to = j + 2;
        j += 3;
        continue;
      }
      if (CONNECTORS.has(x.text.toLowerCase()) && nameToken(j + 1)) {
        const word = x.text.toLowerCase();
        // "and" joins words of one name ("Trade and Fisheries Partnership Agreement"), not two names.
        if (word === "and" || word === "&") {
          const rest = runEnd(t, j + 1, nameToken);
          const after = s.text.slice(t[j + 1]?.start ?? 0, t[rest]?.end ?? 0);
          const before = s.text.slice(t[from]?.start ?? 0, prev.end);
          // "Ministry of New and Renewable Energy": a body's portfolio may hold "and", where what follows is no
          // name of its own (no class noun, no place).
          const portfolio =
            /^(?:Ministry|Department|Minister|Institute|Council|Commission|Board|Bureau|Authority|Academy|University|School|College|Centre|Center)\s+(?:of|for)\s+/.test(
              before,
            ) &&
            !classOfName(after) &&
            !isPlaceName(after) &&
            after.split(/\s+/).length <= 3;
          // Nor a place to what follows it: "in Assam and Crane Lake Reservoir" is two names.
          // "the Credit Guarantee Scheme for Green and Technology Upgradation of MSMEs (CGS-GTU)": a name its
          // bracketed acronym spells out holds its "and".
          // "the Credit Guarantee Scheme for Green and Technology Upgradation of MSMEs": what a scheme is for may
          // hold "and", when the words after it go on with "of" or "for" another name.
          const qualifier =
            /\s(?:for|of|on)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$/.test(before) &&
            /^(?:of|for)$/.test(t[rest + 1]?.text ?? "") &&
            /^[A-Z]/.test(t[rest + 2]?.text ?? "") &&
            !classOfName(after) &&
            !isPlaceName(after);
          // "the Promotion and Regulation of Online Gaming Bill": one word before "and", whose partner goes on with
          // "of" to a name with a class noun, is that name's first word.
          const rest2 = s.text
            .slice(t[j + 1]?.start ?? 0)
            .match(/^[A-Z][\w-]*(?:\s+(?:of|for|on|and|the|\([A-Z][\w-]*\)|[A-Z][\w-]*))*/)?.[0];
          const compound =
            from === j - 1 &&
            !isPlaceName(before) &&
            /^(?:of|for|on)$/.test(t[rest + 1]?.text ?? "") &&
            rest2 !== undefined &&
            /\b(?:Bill|Act|Scheme|Policy|Mission|Programme|Code|Rules|Agreement|Treaty|Convention|Fund|Yojana|Abhiyan)$/.test(
              rest2,
            );
          if (
            !portfolio &&
            !qualifier &&
            !compound &&
            (!classOfName(after) || classOfName(before) || isPlaceName(before)) &&
            !spelledOut(t, from, j)
          )
            break;
        }
        // "in" joins only a quoted name ("'Make in India' initiative"), or one its bracketed acronym spells out;
        // elsewhere it is a place's preposition.
        if (word === "in" && !spelledOut(t, from, j)) {
          const rest = runEnd(t, j + 1, nameToken);
          const opens = s.text.charAt((t[from]?.start ?? 0) - 1);
          const closes = s.text.charAt(t[rest]?.end ?? 0);
          if (!/['‘"“]/.test(opens) || !/['’"”]/.test(closes)) break;
        }
        if (word === "the" && !spelledOut(t, from, j)) break;
        // A date after a name is not part of it: "in Sikkim on July 1" ends at the name.
        const next = t[j + 1]?.text ?? "";
        if (MONTH_WORD.test(next) || WEEKDAYS.test(next)) break;
        to = j + 1;
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ from, to });
    i = to + 1;
  }
  return runs;
}

/** A country, region or city the data knows. */
function isPlaceName(name: string): boolean {
  const lex = lexicon();
  return Boolean(lex.country(name) || lex.regionKindOf(name) || CITY_COUNTRY.has(name.toLowerCase()));
}

/**
 * Whether the capitalised words from `from` on, across "and" at `and` and the connectors after it, end at a
 * bracketed acronym that spells them: "Credit Guarantee Scheme for Green and Technology Upgradation of MSMEs
 * (CGS-GTU)". The acronym's letters are the words' initials in order, some words skipped.
 */
function spelledOut(t: Token[], from: number, and: number): boolean {
  let k = and + 1;
  while (
    k < t.length &&
    (/^[A-Z]/.test(t[k]?.text ?? "") || /^(?:of|for|and|the|on|in|&|-)$/.test(t[k]?.text ?? ""))
  )
    k++;
  if (t[k]?.text !== "(" || t[k + 2]?.text !== ")") {
    // "(CGS-GTU)" may be read as several tokens.
    const close = t.findIndex((x, i) => i > k && x.text === ")");
    if (t[k]?.text !== "(" || close < 0 || close > k + 5) return false;
  }
  const close = t.findIndex((x, i) => i > k && x.text === ")");
  const acronym = t
    .slice(k + 1, close)
    .map((x) => x.text)
    .join("")
    .replace(/[^A-Za-z]/g, "");
  if (!/^[A-Z]{3,}[a-z]?$/.test(acronym.replace(/s$/, ""))) return false;
  const initials = t
    .slice(from, k)
    .filter((x) => /^[A-Z]/.test(x.text))
    .map((x) => x.text.charAt(0))
    .join("");
  const letters = acronym.replace(/s$/, "").toUpperCase();
  if (letters.charAt(0) !== initials.charAt(0)) return false;
  let at = 0;
  for (const c of initials) if (c === letters.charAt(at)) at++;
  if (at === letters.length) return true;
  // "Maritime Initiative for Training in the Indo-Pacific (MAITRI)": an acronym may take more than initials. Its
  // letters come in order from the words, and most words' initials are among them.
  const words = t
    .slice(from, k)
    .filter((x) => /^[A-Z]/.test(x.text))
    .map((x) => x.text.toUpperCase());
  // Each letter is the next word's initial where it can be, else a later letter of the word it is in.
  let w = 0;
  let i = 1;
  let fromInitial = 1;
  for (const c of letters.slice(1)) {
    if (words[w + 1]?.charAt(0) === c) {
      w++;
      i = 1;
      fromInitial++;
      continue;
    }
    const inWord = (words[w] as string).indexOf(c, i);
    if (inWord >= 0) {
      i = inWord + 1;
      continue;
    }
    const next = words.findIndex((x, n) => n > w && x.charAt(0) === c);
    if (next < 0) return false;
    w = next;
    i = 1;
    fromInitial++;
  }
  const initialsUsed = initials.length > 0 ? fromInitial / initials.length : 0;
  return words.length >= 3 && initialsUsed >= 0.6 && w >= words.length - 2;
}

function runEnd(t: Token[], from: number, nameToken: (i: number) => boolean): number {
  let k = from;
  while (k + 1 < t.length && nameToken(k + 1)) k++;
  return k;
}

/**
 * Every span in the sentence a question could ask for, typed, with its canonical answer and aliases.
 * @example findSpans(annotateSentence("President Ola Berg administered the oath.")!, ctx)[0]
 * // { answer: "Ola Berg", type: "person", cls: "President", ... }
 */
export function findSpans(s: Sentence, ctx: SpanContext, namesOnly = false): AnswerSpan[] {
  // The story's passes that only read names (people, referents, setting) share one frozen read of them.
  if (namesOnly) return (namesOf(s, ctx) as AnswerSpan[]).filter((x) => !countryPair(x));
  const works = titledWorks(s);
  const spans: AnswerSpan[] = namesOf(s, ctx)
    .filter((x) => !works.some((w) => x.start < w.end && x.end > w.start) && !countryPair(x))
    .map((x) => ({ ...x }));
  spans.push(...works);
  spans.push(...dateSpans(s, ctx, spans));
  spans.push(...scoreSpans(s, spans));
  spans.push(...machSpans(s, spans));
  spans.push(...articleSpans(s, spans));
  spans.push(...quantitySpans(s, spans));
  return spans.filter((span) => !inEventName(s.text, span)).sort((a, b) => a.start - b.start);
}

/**
 * "The India-France naval exercise began in 1993": countries joined by a hyphen say whose the thing is, and name
 * no exercise, pact or dialogue ("Which naval exercise began in 1993?" was keyed "India-France").
 */
function countryPair(span: AnswerSpan): boolean {
  // Asked of every name of every read: only a hyphened thing is split.
  if (span.type !== "thing" || !span.answer.includes("-")) return false;
  const parts = span.answer.split("-");
  return parts.length >= 2 && parts.every((p) => lexicon().country(p) !== undefined);
}

/** A body's name up to its "of", whose next words finish the name: "the Central Board of". */
const BODY_OF =
  /\b(?:Board|Bureau|Department|Ministry|Council|Commission|Institute|Authority|Corporation|Federation|Association|Committee|Directorate|Organi[sz]ation|Agency|Society|Academy|University|College|Tribunal)\s+of\s+$/;

/** Class nouns of a work a report names in quotation marks: "'The Salt Road,' a novel by X". */
const WORK_NOUNS = Object.keys(NAMES.classNouns).filter((noun) => NAMES.classNouns[noun] === "work");
const TITLED_WORK = new RegExp(
  String.raw`["“‘']([A-Z][^"“”‘’]{1,60}?)[,.]?["”’'],?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(${WORK_NOUNS.join("|")})\b`,
  "g",
);

/**
 * A work named in quotation marks with its class in an appositive: '"The Salt Road," a novel by X, won ...' names
 * the novel "The Salt Road", which is no person's name.
 * @example titledWorks(annotateSentence('"The Salt Road," a novel by Ola Berg, won the prize.'))[0]?.answer // "The Salt Road"
 */
function titledWorks(s: Sentence): AnswerSpan[] {
  if (WORK_NOUNS.length === 0 || !/["“‘']/.test(s.text)) return [];
  return [...s.text.matchAll(TITLED_WORK)].flatMap((m) => {
    const title = m[1] ?? "";
    const start = (m.index ?? 0) + 1;
    const noun = m[2] ?? "";
    return title
      ? [
          {
            start,
            end: start + title.length,
            answer: title,
            aliases: [],
            type: "thing" as const,
            cls: noun,
            detail: "work",
          },
        ]
      : [];
  });
}

/**
 * The names of a sentence, read once per sentence for as long as what that read consulted is unchanged: the
 * story's passes (people, referents, setting, topics, questions) all ask for them, while the story's people and
 * the classes learnt from the text grow. A read depends on those only through the few names it looks up, so it
 * is kept with each lookup and its answer, and reused while every lookup still answers the same. The read is
 * frozen: a caller that fills in a span's detail works on copies.
 */
function namesOf(s: Sentence, ctx: SpanContext): readonly Readonly<AnswerSpan>[] {
  // Each recorded lookup is asked again of this context: a read made with another story's people (or none) is
  // reused only where this one's people answer the same.
  const current: Record<Lookup[0], (key: string) => unknown> = {
    person: (key) => ctx.people.get(key),
    namePart: (word) => namePartOf(ctx.people, word),
    learntClass: learntClassOf,
    awardGiver,
  };
  const reads = nameCache.get(s) ?? [];
  const known = reads.find((read) =>
    read.looked.every(([look, key, answer]) => current[look](key) === answer),
  );
  if (known) return known.spans;
  const looked: Lookup[] = [];
  const recorded =
    <T>(look: Lookup[0], ask: (key: string) => T) =>
    (key: string): T => {
      const answer = ask(key);
      looked.push([look, key, answer]);
      return answer;
    };
  const spans = nameSpans(s, {
    person: recorded("person", (key) => ctx.people.get(key)),
    namePart: recorded("namePart", (word) => namePartOf(ctx.people, word)),
    learntClass: recorded("learntClass", learntClassOf),
    awardGiver: recorded("awardGiver", awardGiver),
  });
  const frozen = Object.freeze(spans.map((x) => Object.freeze(x)));
  nameCache.set(s, [{ looked, spans: frozen }, ...reads].slice(0, 4));
  return frozen;
}
type Lookup = [look: "person" | "namePart" | "learntClass" | "awardGiver", key: string, answer: unknown];

/** Whether a word is one of the words of a person the story names in full ("Kim" of "Kim Won-ho"). */
function namePartOf(people: Map<string, string>, word: string): boolean {
  // The words of the story's full names, gathered once for each size of the map (it only grows).
  let known = namePartCache.get(people);
  if (known?.size !== people.size) {
    const words = new Set<string>();
    for (const full of people.values())
      if (full.includes(" ")) for (const w of full.split(/\s+/)) words.add(w);
    known = { size: people.size, words };
    namePartCache.set(people, known);
  }
  return known.words.has(word);
}
const namePartCache = new WeakMap<Map<string, string>, { size: number; words: Set<string> }>();
const nameCache = new WeakMap<Sentence, { looked: Lookup[]; spans: readonly Readonly<AnswerSpan>[] }[]>();

/** What reading names consults beyond the sentence: the story's full name for a name or surname, learnt classes. */
interface NameLookups {
  person: (key: string) => string | undefined;
  /** Whether a word is part of a person's full name in the story. */
  namePart: (word: string) => boolean;
  learntClass: typeof learntClassOf;
  awardGiver: typeof awardGiver;
}

/** The context of a pass that reads names before any date or person is known: one object, so its reads are shared. */
export const BARE_CONTEXT: SpanContext = Object.freeze({
  reference: null,
  people: new Map<string, string>(),
});

const YEAR_AFTER = /^\s+(?:19|20)\d{2}\b/;
const NAME_WORD_BEFORE = /\b([A-Z][a-z]+)\s+$/;

/**
 * A part of an event's name written as place and year ("Seoul 1988", "Sydney 2000"): the place or the year alone
 * is no fact to ask (the name gives the other away, and a stem cut around it reads "the final 2031").
 */
function inEventName(text: string, span: AnswerSpan): boolean {
  if (span.type === "place") return YEAR_AFTER.test(text.slice(span.end));
  if (span.type === "date" && /^(?:19|20)\d{2}$/.test(span.answer)) {
    const before = text.slice(0, span.start).match(NAME_WORD_BEFORE)?.[1] ?? "";
    return before !== "" && !MONTH_WORD.test(before) && !WEEKDAYS.test(before) && isPlaceName(before);
  }
  return false;
}

const PORTFOLIO_WORDS = new Set(NAMES.portfolios);

/**
 * Where a holder's name starts after a role's portfolio ("of State for Science and Technology Ola Berg" -> "Ola"):
 * the first token past the last connector and any portfolio words, if two to four name words remain and none of
 * them is a portfolio or title word; undefined otherwise.
 */
function holderAfterPortfolio(t: readonly Token[], from: number, to: number): number | undefined {
  let start = from;
  for (let i = from; i <= to; i++) if (CONNECTORS.has((t[i] as Token).text.toLowerCase())) start = i + 1;
  while (start <= to && PORTFOLIO_WORDS.has((t[start] as Token).text)) start++;
  const name = t.slice(start, to + 1);
  if (name.length < 2 || name.length > 4 || start === from) return undefined;
  if (name.some((x) => PORTFOLIO_WORDS.has(x.text) || isTitleWord(x.text) || !/^[A-Z]/.test(x.text)))
    return undefined;
  return start;
}

function nameSpans(s: Sentence, { person, namePart, learntClass, awardGiver }: NameLookups): AnswerSpan[] {
  const lex = lexicon();
  const out: AnswerSpan[] = [];
  const t = s.tokens;
  for (const run of nameRuns(s)) {
    let from = run.from;
    const to = run.to;
    // Dates and weekdays are not names.
    if (
      t
        .slice(from, to + 1)
        .every((x) => WEEKDAYS.test(x.text) || MONTH_WORD.test(x.text) || /^\d+$/.test(x.text))
    )
      continue;
    // A leading role or title makes the rest a person's name: "US President Ola Berg", "Justice Mara Lind".
    let role = "";
    // A run cut at "and" inside a portfolio ("Minister for Science and | Technology Ola Berg"): the holder is
    // what follows the portfolio words, and the role runs from the nearest title word before.
    if (CONNECTORS.has(t[from - 1]?.text.toLowerCase() ?? "")) {
      const holder = holderAfterPortfolio(t, from, to);
      const title =
        holder === undefined
          ? -1
          : t.findLastIndex((x, i) => i < from && i >= from - 12 && isTitleWord(x.text));
      // Between the title and the holder only the role's own words: "Minister of State for Science and".
      const roleWords =
        title >= 0 &&
        t.slice(title, from).every((x) => /^[A-Z(),;&]/.test(x.text) || CONNECTORS.has(x.text.toLowerCase()));
      if (holder !== undefined && title >= 0 && roleWords) {
        role = s.text.slice((t[title] as Token).start, (t[holder - 1] as Token).end);
        from = holder;
      }
    }
    // "the Quad Leaders' Summit": a run that ends in a thing's class noun is that thing, whatever title it holds.
    const endsInThing =
      /^['’]$/.test(t[to - 1]?.text ?? "") &&
      classOfName(s.text.slice((t[from] as Token).start, (t[to] as Token).end)) !== null;
    for (let k = to - 1; k >= from && !role && !endsInThing; k--) {
      const word = (t[k] as Token).text;
      if (!isTitleWord(word) && !isTitleWord(word.replace(/\.$/, ""))) continue;
      const rest = t.slice(k + 1, to + 1);
      if (rest.length < 1) break;
      // "Justice Smita Deshpande-Kulkarni": a hyphen written inside a word joins a double-barrelled name.
      const inWord = (x: Token) => x.text === "-" && t[t.indexOf(x) - 1]?.end === x.start;
      const words = rest.filter((x) => !inWord(x));
      if (
        words.length > 4 ||
        words.some((x) => isTitleWord(x.text) || CONNECTORS.has(x.text.toLowerCase()))
      ) {
        // "Minister of State for Science and Technology Ola Berg": the portfolio is part of the role, the
        // name is what follows its last word.
        const holder = holderAfterPortfolio(t, k + 1, to);
        if (holder !== undefined) {
          role = s.text.slice((t[from] as Token).start, (t[holder - 1] as Token).end);
          from = holder;
        }
        break;
      }
      role = s.text.slice((t[from] as Token).start, (t[k] as Token).end);
      from = k + 1;
      break;
    }
    // "PM Surya Ghar Yojana", "PM Harbour Mission": a scheme named after the office is no person, and the office
    // is part of its name.
    if (role && SCHEME_WORD.test((t[to] as Token).text)) {
      role = "";
      from = run.from;
    }
    const start = (t[from] as Token).start;
    const end = (t[to] as Token).end;
    if (s.text.charAt(start - 1) === "(" && s.text.charAt(end) === ")") continue;
    // "Admiral Wei Lin." at a sentence's end: the full stop is no part of the name (an initial's is).
    let text = s.text
      .slice(start, end)
      .replace(/'s$/, "")
      .replace(/([a-z]{2,})\.$/, "$1");
    if (text.length < 2) continue;
    const acr = s.text.slice(end).match(/^\s*\((?<acr>[A-Za-z][A-Za-z0-9&-]{1,12})\)/);
    const aliases: string[] = [];
    if (acr?.groups?.acr && acr.groups.acr !== text) aliases.push(acr.groups.acr);
    // "the Global Innovation Index (GII) 2031": an edition's year after the acronym goes with the name too.
    const edition = acr
      ? s.text.slice(end + acr[0].length).match(/^\s+(?:19|20)\d\d\b(?![-–/]|\s+[a-z]+\s+(?:of|in)\b)/)
      : null;
    const acronymEnd = acr ? end + acr[0].length + (edition?.[0].length ?? 0) : undefined;
    // "The Council's 47th meeting": a possessive name is a modifier, asked about only as itself.
    const base: Omit<AnswerSpan, "type" | "cls"> = { start, end, answer: text, aliases, acronymEnd };

    // "Science and | Technology Minister Ola Berg": the portfolio before the run's "and" is part of the role.
    let roleFrom = run.from;
    const runStart = (t[run.from] as Token).start;
    if (role && s.text.startsWith(role, runStart)) {
      let k = run.from;
      while (
        k >= 2 &&
        ["and", "&"].includes((t[k - 1] as Token).text.toLowerCase()) &&
        PORTFOLIO_WORDS.has((t[k - 2] as Token).text)
      ) {
        k -= 2;
        while (k >= 1 && PORTFOLIO_WORDS.has((t[k - 1] as Token).text)) k--;
      }
      if (k < run.from && /^[A-Z]/.test((t[k] as Token).text)) {
        role = `${s.text.slice((t[k] as Token).start, (t[run.from] as Token).start)}${role}`;
        roleFrom = k;
      }
    }
    // "Chairman of the Central Board of Direct Taxes": the words after a body's "Board of" finish its name; the
    // chairman is someone else.
    if (role && BODY_OF.test(s.text.slice(0, start))) continue;
    // "Advocate General of Kerala X" opening a sentence: the role's first word, read as a common noun, is the role's.
    const opener = t[roleFrom - 1];
    if (
      role &&
      opener &&
      /^[A-Z][a-z]+$/.test(opener.text) &&
      s.text.startsWith(role, (t[roleFrom] as Token).start) &&
      lex.role(`${opener.text} ${role.split(/\s+/)[0]}`) !== undefined
    ) {
      role = `${opener.text} ${role}`;
      roleFrom -= 1;
    }
    if (role) {
      // "Chief Justice of India Ola Berg": the country ends the role, and the name is what follows it.
      const country = text.match(/^([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?=[A-Z][\w'’.-]*\s+[A-Z])/);
      // "Advocate General of Goa Nilesh Kamat": so does a state or region.
      const after =
        country?.[1] && /\bof\s*$/.test(role) && (lex.country(country[1]) || lex.regionKindOf(country[1]))
          ? country[0].length
          : 0;
      const named = text.slice(after);
      // "the 11th Harbour Defence Ministers' Meeting-Plus": a plural role's possessive is no title, and what
      // follows its apostrophe no name; a name starts with a capital.
      if (!/^\p{Lu}/u.test(named)) continue;
      const words = named.split(/\s+/);
      const story = words.length === 1 ? person(named.toLowerCase()) : undefined;
      if (words.length === 1 && story === undefined && !/^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(named))
        continue;
      // "the UN General Assembly": a title word inside a body's name is no title, and the body no person.
      if (words.some((w) => BODY_WORD.test(w) || NOT_PERSON.has(w.toLowerCase()))) continue;
      const full = story ?? named;
      const surname = words.at(-1) ?? named;
      out.push({
        ...base,
        start: start + after,
        answer: full,
        aliases: full === surname ? aliases : [...aliases, surname],
        type: "person",
        // "Attorney General of India X": the country that ended the role is the role's.
        cls: roleOf(after ? `${role} ${country?.[1] ?? ""}` : role),
        roleStart: (t[roleFrom] as Token).start,
      });
      continue;
    }
    // "Ansel Brandt of Norway": a person of a country (a body of a country has a class noun: "Bank of Norway").
    const ofCountry = text.match(/^((?:[A-Z][a-z'’]+\s+){1,3}[A-Z][a-z'’]+)\s+of\s+(?:the\s+)?([A-Z].*)$/);
    if (
      ofCountry?.[1] &&
      lex.country(ofCountry[2] ?? "") &&
      !classOfName(ofCountry[1]) &&
      !lex.organisation(ofCountry[1]) &&
      !lex.country(ofCountry[1]) &&
      !ofCountry[1].split(/\s+/).some((w) => NOT_PERSON.has(w.toLowerCase()) || isTitleWord(w))
    ) {
      const name = ofCountry[1];
      const known = person(name.toLowerCase());
      out.push({
        ...base,
        end: start + name.length,
        answer: known ?? name,
        aliases: [name.split(/\s+/).at(-1) ?? name],
        acronymEnd: undefined,
        type: "person",
        cls: "",
      });
      continue;
    }
    const country = lex.country(text);
    // "Indian", "Pakistani": a demonym modifies a noun; it is not the place.
    if (country?.demonyms.includes(text)) continue;
    if (country) {
      out.push({ ...base, type: "place", cls: "country", detail: country.code });
      continue;
    }
    const region = lex.regionKindOf(text);
    if (region) {
      out.push({ ...base, type: "place", cls: "state", detail: "IN" });
      continue;
    }
    const cityCode = CITY_COUNTRY.get(text.toLowerCase());
    const capitalOf = capitalCountry(text);
    if (cityCode || capitalOf) {
      out.push({ ...base, type: "place", cls: "city", detail: cityCode ?? capitalOf?.code });
      continue;
    }
    const cls = classOfName(text);
    // "12 K-9 SLBMs": a plural acronym after the name is its class, not part of it; it stays in the stem.
    // ("... Upgradation of MSMEs": after "of" or "for" the plural is what the name is for, and part of it.)
    const plural = text.match(/^(.+?)(?<!\s(?:of|for|and|to|in|on))\s+([A-Z]{2,}s)$/);
    if (cls && plural?.[1] && plural[2]) {
      const name = plural[1];
      out.push({
        ...base,
        end: start + name.length,
        answer: name,
        aliases: [...aliases, text],
        acronymEnd: undefined,
        type: "thing",
        cls: plural[2].slice(0, -1).toLowerCase(),
        detail: cls.category,
      });
      continue;
    }
    if (cls) {
      // "INS Tarang, the fourth and last of the Orca-class frigates ...": a finer class noun of the same kind,
      // from the appositive, beats the prefix's "ship" (blind reading G2: a submarine offered aircraft carriers).
      const member = appositiveMember(s.text.slice(acronymEnd ?? end));
      const noun = member && NAMES.classNouns[member] === cls.category ? member : cls.noun;
      const type: SpanType = isVenueCategory(cls.category)
        ? "place"
        : isOrgCategory(cls.category)
          ? "org"
          : "thing";
      // "the Harbour (Amendment) Bill, 2031": a law's year is part of its name, not a date to ask about.
      const year = cls.category === "law" ? s.text.slice(end).match(/^,\s+((?:19|20)\d{2})\b/) : null;
      const named = year
        ? { ...base, end: end + year[0].length, answer: `${text}, ${year[1]}`, aliases: [...aliases, text] }
        : base;
      out.push({ ...named, type, cls: type === "place" ? "venue" : noun, detail: cls.category });
      continue;
    }
    const org = lex.organisation(text);
    if (org) {
      out.push({
        ...base,
        answer: org.name === text ? text : text,
        aliases: [...aliases, org.short, org.name].filter((a) => a !== text),
        type: "org",
        cls: org.class,
      });
      continue;
    }
    // A class the story gave the name in another sentence ("Orca-L2 spacecraft").
    // "the X bridge" in this sentence beats "the X project" in another: the class noun written here wins.
    const writtenNoun = s.text.slice(end).match(/^\s+([a-z]+)\b/)?.[1] ?? "";
    const learnt = learntClass(text);
    if (learnt && !(NAMES.classNouns[writtenNoun] && writtenNoun !== learnt.cls)) {
      const type: SpanType = isVenueCategory(learnt.category)
        ? "place"
        : isOrgCategory(learnt.category)
          ? "org"
          : "thing";
      out.push({ ...base, type, cls: type === "place" ? "venue" : learnt.cls, detail: learnt.category });
      continue;
    }
    // A known surname stands for the person the story named in full.
    const known = person(text.toLowerCase());
    if (known) {
      out.push({ ...base, answer: known, aliases: [...aliases, text], type: "person", cls: "" });
      continue;
    }
    if (looksLikePerson(text, s, start, end, person)) {
      const surname = text.split(/\s+/).at(-1) ?? text;
      out.push({ ...base, aliases: [...aliases, surname], type: "person", cls: "" });
      continue;
    }
    // A class noun written after the name in lower case ("the Sea Star train", "Delta camp"), unless it describes
    // the name after it ("Space agency NASA").
    // "New Delhi-based", "Goa-born": a place made an adjective describes what follows; it names nothing.
    if (/-(?:based|born|headquartered|owned|run|led|made|built|bound)$/.test(text)) continue;
    const rest = s.text.slice(acronymEnd ?? end);
    const after = /^['"’”]?\s+[a-z]+\s+[A-Z]/.test(rest)
      ? ""
      : (rest.match(/^['"’”]?\s+([a-z]+(?:\s[a-z]+)?)/)?.[1] ?? "");
    // "its Orca-3 weather satellite": a class noun after one word that describes it counts too.
    // Not after a word that makes the name a kind ("the Orca class submarines").
    // Nor after a preposition ("Tata Electronics in partnership with ...").

    // "the Orca-5 earth observation satellite": two describing words, when both are nouns or adjectives.
    const three = rest.match(/^\s+([a-z]+)\s+([a-z]+)\s+([a-z]+)\b/);
    const describing = (word: string | undefined) =>
      s.tokens.some(
        (t) => t.text === word && t.start >= (acronymEnd ?? end) && ["NOUN", "ADJ"].includes(t.pos),
      );
    const twiceDescribed = three && describing(three[1]) && describing(three[2]) ? (three[3] ?? "") : "";
    // "the new Governor would act on Bills": the word between is a verb's, and "act" no class noun.
    const described =
      /^(?:class|type|series|variant|version|model|family|category|in|on|at|of|for|with|by|to|from|and|or|as|into|under|over|after|before)$/.test(
        after.split(" ")[0] ?? "",
      ) || !describing(after.split(" ")[0])
        ? ""
        : (after.split(" ")[1] ?? "");
    // A class noun that introduces the name after it is that name's: "the India-Valdoria military exercise
    // Nordic Shield" names no exercise "India-Valdoria".
    // ("the Orca-class submarine Skua" is still a class of submarines).
    const beforeName = /class$/i.test(text)
      ? undefined
      : rest.match(/^['"’”]?((?:\s+[a-z]+){1,3})\s+['"‘“]?[A-Z]/)?.[1]?.trim();
    const introduces = (noun: string) => beforeName?.endsWith(noun) ?? false;
    // "BJP opens its account", "Valdoria reports a surplus": a verb after the name is no class noun of it.
    const firstAfter = after.split(" ")[0] ?? "";
    const verbAfter =
      s.tokens.some((t) => t.text === firstAfter && t.start >= (acronymEnd ?? end) && t.pos === "VERB") ||
      (/s$/.test(firstAfter) && /^\s+[a-z]+s\s+(?:a|an|the|its|his|her|their|that|up|back)\b/.test(rest));
    const suffix = [after, firstAfter, described, twiceDescribed].find(
      (w) =>
        (NAMES.classNouns[w] ?? NAMES.classNouns[w.replace(/s$/, "")]) &&
        !introduces(w) &&
        !(verbAfter && (w === firstAfter || w === after)),
    );
    // "operational Indian Earth observation satellites": a nationality before a plural class noun describes a
    // kind of thing, and names none.
    const firstWord = text.split(/\s+/)[0] ?? "";
    const nationality = lex.country(firstWord)?.demonyms.includes(firstWord) ?? false;
    if (suffix && nationality && !NAMES.classNouns[suffix] && /s$/.test(suffix)) continue;
    // "Banking operations affected", "Naval exercises were held": one word opening the sentence before a plural
    // class noun is a common word capitalised by its place, and names no one operation.
    if (suffix && start === 0 && !/\s/.test(text) && !NAMES.classNouns[suffix] && /s$/.test(suffix)) continue;
    if (suffix) {
      const noun = NAMES.classNouns[suffix] ? suffix : suffix.replace(/s$/, "");
      const category = NAMES.classNouns[noun] as string;
      // "The Akademi award comprises ...": the body that gives the award is no award, and asked as one it
      // is offered beside whole awards' names.
      if (category === "award" && awardGiver(text)) continue;
      // "an Olympic gold medal", "the Asian Games medal": a games' adjective before a medal names no award.
      if (category === "award" && GAMES_ADJECTIVE.test(text)) continue;
      const type: SpanType = isVenueCategory(category) ? "place" : isOrgCategory(category) ? "org" : "thing";
      out.push({ ...base, type, cls: type === "place" ? "venue" : noun, detail: category });
      continue;
    }
    // An appositive says what the name is: "Kanto Heiwa, a Japanese group of survivors".
    const appositive = s.text
      .slice(acronymEnd ?? end)
      .match(
        /^,\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]+)\b(?=\s+(?:of|for|that|which|who|from|in|based|,)|[,.])/,
      );
    const member = appositiveMember(s.text.slice(acronymEnd ?? end));
    const head = member && NAMES.classNouns[member] ? member : (appositive?.[1] ?? "");
    if (head && NAMES.classNouns[head]) {
      const category = NAMES.classNouns[head] as string;
      const type: SpanType = isVenueCategory(category) ? "place" : isOrgCategory(category) ? "org" : "thing";
      out.push({ ...base, type, cls: type === "place" ? "venue" : head, detail: category });
      continue;
    }
    // A class noun written before the name in lower case: "the mission Orca", "its space programme, Orca".
    // Not one that only says what the name is an example of ("missions like Orca": see `introducedClass`).
    // Two words first: "space programme" is a mission, where "programme" alone is an initiative.
    // "a new antibiotic, named Nordicin,": the class noun, then the word that gives its name.
    const lead = s.text
      .slice(Math.max(0, start - 50), start)
      .replace(/,?\s+(?:named|called|dubbed|christened)\s+$/, " ")
      .match(/\b(?:([a-z]{4,})\s+)?([a-z]{4,}),?\s+$/);
    const pairNoun = lead?.[1] ? `${lead[1]} ${lead[2]}` : "";
    const before = NAMES.classNouns[pairNoun]
      ? pairNoun
      : NAMES.classNouns[lead?.[2] ?? ""]
        ? (lead?.[2] ?? "")
        : "";
    // "Under the pact, Valdoria will ...": an opening phrase that ends in a class noun is no appositive of the
    // subject after its comma.
    const opening =
      /^(?:Under|In|With|After|Before|During|For|Since|At|On|By|Through|Despite|Following|Per)\s+(?:the|this|that|its|their|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z]+,\s+$/.test(
        s.text.slice(0, start),
      );
    if (
      before &&
      !opening &&
      text.split(/\s+/).length <= 3 &&
      !lex.country(text) &&
      !/^(?:The|A|An|This|That)\b/.test(text)
    ) {
      const category = NAMES.classNouns[before] as string;
      const type: SpanType = isVenueCategory(category) ? "place" : isOrgCategory(category) ? "org" : "thing";
      out.push({
        ...base,
        type,
        cls: type === "place" ? "venue" : (before.split(" ").at(-1) ?? before),
        detail: category,
      });
      continue;
    }
    // A name after "in", "at" or "from" that is no person or body is a place ("in Tromso", "from Kourou").
    // "from Harbourton and Lakeside": the second of two names after the preposition is a place too.
    const preposition =
      s.text.slice(Math.max(0, start - 12), start).match(/\b(?:in|at|from|near)\s+(?:the\s+)?$/i) ??
      (/^\s+[A-Z]/.test(s.text.slice(end)) || /^(?:North|South|East|West|Central)$/.test(text)
        ? null
        : s.text.slice(Math.max(0, start - 40), start).match(/\b(?:in|from)\s+[A-Z][a-z]{2,}\s+and\s+$/));
    const legislature =
      /\b(?:Sabha|Parliament|House|Assembly|Senate|Congress|Council|Court|Committee)\b/.test(text);
    if (
      preposition &&
      !legislature &&
      // "Two unforced errors from Kim handed ...": a word of a person the story names in full is that person.
      !namePart(text) &&
      (text.split(/\s+/).length === 1 || /^(?:in|at|near)\b/i.test(preposition[0])) &&
      text.split(/\s+/).length <= 3 &&
      /^[A-Z][a-z]{2,}/.test(text) &&
      // "from the State", "by the Centre": Indian English capitalises these nouns, which name no city.
      !/^(?:Rs|Moon|Sun|Earth|Parliament|House|Court|Mach|State|States|Centre|Union|Nation|Country|Capital)$/.test(
        text,
      ) &&
      // "except Wednesdays from Mumbai and Thursdays from ...": a weekday is no place, whatever its number.
      !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?$/.test(text) &&
      // "Stanford University in California": another country's state or province is no city.
      !lex.foreignRegion(text) &&
      // "Pakistan-occupied Kashmir", "Gaza Strip": a region, not a city; its options could not be cities.
      !/-[a-z]|\b(?:Kashmir|Pradesh|Province|Region|Territory|Valley|Coast|Islands?|Peninsula|Strip|Bank|Belt)$/.test(
        text,
      ) &&
      // "in the Euro-Atlantic", "in Central Asia": a region of the world, not a city.
      !/-(?:Pacific|Atlantic|Asia)\b|\b(?:Asia|Pacific|Atlantic|Arctic|Antarctic|Ocean|Sea|Gulf|Caribbean|Balkans|Caucasus|Sahel|Africa|Europe|America)$/.test(
        text,
      ) &&
      // "at the Games", "in the Final": a class noun alone is no place; "at the University of Zurich" is a body.
      !text.split(/\s+/).some((w) => NAMES.classNouns[w.toLowerCase()] !== undefined) &&
      !MONTH_WORD.test(text) &&
      // "first published in Marathi", "translated from Korean": a language is no place.
      !LANGUAGES.has(text) &&
      // "in Kodagu district", "in the Kalyana region": a name its sentence calls a district or a region is no city.
      !/^\s+(?:and\s+[A-Z][\w-]*\s+)?(?:district|districts|tehsil|taluk|block|village|region|division)\b/i.test(
        s.text.slice(end),
      ) &&
      // "the X Prize in Mathematical Sciences", "a degree in Political Science": a field of study is no place.
      !/\b(?:Sciences?|Mathematics|Physics|Chemistry|Literature|Medicine|Economics|Engineering|Studies|Arts|Humanities|Law)$/.test(
        text,
      ) &&
      // "held in the Mediterranean, off Toulon": a city takes no article; one word after "the" is a sea or a
      // region ("the Bay of Bengal" is a water body the data knows).
      !(/\bthe\s+$/.test(preposition[0]) && !/\s/.test(text)) &&
      // "approved the increase in Minimum Support Prices": what rose or fell is no place.
      !/\b(?:increase|increases|rise|hike|cut|cuts|decline|fall|growth|reduction|change|jump|dip|surge)\s+in\s+$/i.test(
        s.text.slice(0, start),
      ) &&
      // "an M.Phil in Defence and Strategic Studies": a field of study, cut at its "and", is no place either.
      !/\b(?:M\.?\s?Phil|Ph\.?\s?D|M\.?A|B\.?A|M\.?Sc|B\.?Sc|M\.?Tech|B\.?Tech|MBA|degree|diploma|master'?s|bachelor'?s|doctorate|graduate|postgraduate|post-graduate|course)\s+(?:[\w-]+\s+){0,2}in\s+$/i.test(
        s.text.slice(0, start),
      ) &&
      // "the 50% ceiling laid down in Indra Sawhney": a judgment cited by its party's name is no place.
      !/\b(?:laid down|ruled|decided|upheld|overruled|set out|affirmed)\s+in\s+$/.test(
        s.text.slice(0, start),
      ) &&
      // "in Game 7", "in Round 3", "at Gate 2": a word numbered after it is a stage or a part, no place.
      !/^\s+\d/.test(s.text.slice(end)) &&
      // "listed in the Eighth Schedule", "in the Second Round": a name opening on an ordinal is a part, no place.
      !/^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)\s/.test(
        text,
      ) &&
      // "interest in the Tejas family of fighters": a name between "the" and a noun modifies the noun.
      !(
        /\bthe\s+$/i.test(preposition[0]) &&
        /^\s+(?!(?:and|or|on|in|at|of|to|for|from|with|by|was|is|were|are|has|had|have|will|would|which|who|that|where|when|as|after|before|since|during|amid|under|over|near)\b)[a-z]{3,}\b/.test(
          s.text.slice(end),
        )
      )
    ) {
      // "at the Hotel de Brienne": a name that opens on a building's word is a venue, no city; and
      // "a ceremony at the Tate Modern in London": a place inside a known city is a venue too.
      const building =
        /^(?:Hotel|Palace|Stadium|Hall|Fort|Castle|Chateau|Villa)\s/.test(text) ||
        // "the Joint Training Node in Umroi", "Irwin Barracks": a name that ends on a facility's word is a venue
        // (blind reading 14 was asked "In which city did the exercise commence?" of a training node).
        /\s(?:Node|Barracks|Base|Range|Centre|Center|Academy|Complex|Campus|Grounds?|Stadium|Park|Hall|Bhawan|Bhavan|Mandapam|Auditorium|Arena|Club|Hotel|Maidan)$/.test(
          text,
        ) ||
        isKnownCity(s.text.slice(end).match(/^\s+in\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/)?.[1] ?? "");
      out.push({ ...base, type: "place", cls: building ? "venue" : "city", detail: undefined });
      continue;
    }
    // A name with no class noun and no known kind is not asked: its options could not be of the same class.
    text = "";
  }
  return out;
}

const SPEECH =
  /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|stated|added|announced|tweeted|wrote|noted|posted|asserted)\b/;

/** Words that say which games a medal was won at, not what the medal is called. */
const GAMES_ADJECTIVE =
  /^(?:Olympic|Paralympic|Commonwealth|Asian|Asian Games|Commonwealth Games|World Championship)$/;

/** The head nouns of bodies, which no one's name ends or is made of. */
const BODY_WORD =
  /^(?:Assembly|Council|Committee|Commission|Court|Parliament|Senate|Congress|Board|Bank|Ministry|Department|Agency|Authority|Tribunal|Forum|Summit|Conference)$/;

/** Words that end names of places, bodies and events rather than people. */
const NOT_PERSON = new Set(
  "sabha pradesh nadu bharat desk news times live india day tax budget world cup league sea ocean gulf bay valley hills coast island islands kashmir jammu express post herald tribune service services commanding officiating acting presiding fleet command technical economic sectoral multi-sectoral cooperation initiative national international regional cultural social political scientific financial industrial".split(
    " ",
  ),
);

/** Words only a cricket match report uses. */
const MATCH_REPORT =
  /\b(?:half-century|off \d+ balls|wickets?|bowlers?|batters?|batsmen|innings|(?:first|last|final) over)\b/;

/**
 * Two to four capitalised words that are no place, class or body, with evidence that they name a person: the
 * story names the surname alone elsewhere, a person noun stands before the name ("agronomist X"), or the name
 * speaks ("X said") or is described (", a ...").
 */
function looksLikePerson(
  text: string,
  s: Sentence,
  start: number,
  end: number,
  person: NameLookups["person"],
): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // "Smita Deshpande-Kulkarni": a double-barrelled surname is one word of the name.
  if (
    !words.every((w) => /^(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.?|[A-Z]\.[A-Z]\.?|[A-Z]{1,2})$/.test(w))
  )
    return false;
  // "Bibhuti Bhushan Samantaray": a class noun inside a name ("Bhushan" of the award) makes no thing of it; one
  // that ends it does ("Padma Bhushan").
  if (
    words.some((w) => lexicon().country(w) || NOT_PERSON.has(w.toLowerCase())) ||
    NAMES.classNouns[(words.at(-1) ?? "").toLowerCase()] ||
    (words.length < 3 && words.some((w) => NAMES.classNouns[w.toLowerCase()]))
  )
    return false;
  if (lexicon().organisation(text) || lexicon().regionKindOf(text)) return false;
  // "as Norway's Foreign Minister": an office is no one's name.
  if (isTitleWord(words.at(-1) ?? "") || lexicon().role(text)) return false;
  if (person((words.at(-1) ?? "").toLowerCase()) !== undefined) return true;
  // A match report's names that are no place, body or class are its players: "Led by X and Y, the bowlers ...".
  if (MATCH_REPORT.test(s.text)) return true;
  const before =
    s.text
      .slice(Math.max(0, start - 30), start)
      .toLowerCase()
      .match(/([a-z-]+)\s+$/)?.[1] ?? "";
  if (PERSON_NOUNS.has(before) || PERSON_NOUNS.has(before.replace(/s$/, ""))) return true;
  // "Mara Lind beat Kari Nord": whom a player beat is a player (a country is ruled out above).
  if (
    // "beat world number one X", "defeated top seed X": what the player is ranked goes between.
    /\b(?:beat|beats|beating|defeated|defeating|edged|stunned|outclassed|overcame)\s+(?:(?:world|top|defending|former|compatriot|number|no\.?|seed|seeded|champion|one|two|three|\d+(?:st|nd|rd|th)?|[a-z]+-seeded)\s+){0,4}$/.test(
      s.text.slice(0, start),
    )
  )
    return true;
  // "paid tributes to X": homage is paid to a person.
  if (
    /\b(?:tributes?|homage|respects|obeisance)\s+to\s+$/i.test(s.text.slice(Math.max(0, start - 30), start))
  )
    return true;
  // "the Ola Berg government": a government or administration named after its leader.
  if (
    /^\s+(?:government|administration|regime)\b/.test(s.text.slice(end)) &&
    /\bthe\s+$/i.test(s.text.slice(Math.max(0, start - 5), start))
  )
    return true;
  // "under the captaincy of X", "in the presence of X": a noun only a person holds.
  if (
    /\b(?:captainship|captaincy|leadership|chairmanship|presidency|premiership|presence|tenure)\s+of\s+$/.test(
      s.text.slice(Math.max(0, start - 40), start),
    )
  )
    return true;
  const after = s.text.slice(end);
  // "Chile's Ola Berg": a country's possessive before two or three capitalised words names its person.
  const possessor = s.text.slice(0, start).match(/([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)'s\s+$/)?.[1] ?? "";
  return (
    (possessor !== "" &&
      Boolean(lexicon().country(possessor)) &&
      !lexicon().country(possessor)?.demonyms.includes(possessor)) ||
    SPEECH.test(after) ||
    DEED.test(after) ||
    // "X was the top scorer", "X is a veteran diplomat", "X became only the second Indian woman to win ...": what
    // X is, said with a person noun.
    PERSON_NOUNS.has(
      after.match(
        /^\s+(?:was|is|became|becomes)\s+(?:only\s+|also\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z-]+?)s?\b(?=\s+(?:of|among|in|for|at|from|who|and|to)\b|[,.;]|$)/,
      )?.[1] ?? "",
    ) ||
    // "X, a 1990-batch officer": an appositive says what X is; one that names a thing's class ("X, a 29.6-km
    // six-lane bridge") says X is no person.
    (/^,\s+(?:a|an)\s+[a-z0-9]/.test(after) && !appositiveClass(after)) ||
    // "X, the Valdorian Party (VP) legislator from Y, ...": an appositive whose head is a person noun.
    PERSON_NOUNS.has(
      after.match(
        /^,\s+the\s+(?:[\w()'’.-]+\s+){0,6}?([a-z]+?)s?\b(?=\s+(?:of|from|in|for|at|who)\b|,)/,
      )?.[1] ?? "",
    ) ||
    // "X, who ...", "X, born on ...": only a person is described so.
    /^,\s+(?:who|whose|born|aged)\b/.test(after) ||
    // "X (48 off 31 balls)", "X (Medicine)": a player's figures, an awardee's field.
    /^\s*\(\d+\b/.test(after) ||
    FIELD.test(after)
  );
}

/** The class noun among an appositive's first words ("a 29.6-km six-lane bridge across ..." -> "bridge"), if any. */
function appositiveClass(after: string): string | undefined {
  const words = after.match(/^,\s+(?:a|an)\s+((?:[\w.-]+\s+){0,4}[\w-]+)/)?.[1]?.split(/\s+/) ?? [];
  return words.find((w) => NAMES.classNouns[w] !== undefined && !PERSON_NOUNS.has(w));
}

/** Deeds only people do, right after a name: "X scored 68", "X took a stunning catch". */
const DEED =
  /^\s+(?:has\s+|had\s+)?(?:(?:won|bagged|clinched|secured|claimed)\s+(?:a|an|the|his|her|gold|silver|bronze)\b|(?:beat|defeated|edged|stunned|outclassed|overcame)\s+(?=[A-Z]|(?:world|top|defending|compatriot|seeded|second-seeded)\b)|scored|smashed|bowled|captained|congratulated|hailed|praised|thanked|urged|welcomed|tweeted|wrote|resigned|visited|met|paid\s+tributes?|took\s+(?:a|an|the|his|her|charge|oath)|held\s+(?:his|her)|asked|criticised|criticized|slammed|lauded|inaugurated|unveiled|chaired|(?:was\s+|has\s+been\s+)?(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?\s+)?(?:unanimously\s+)?(?:elected|re-elected|appointed|sworn\s+in|nominated)\s+(?:as\s+)?(?:the\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|(?:deputy\s+|vice[\s-]|chief\s+)?(?:chairman|chairperson|president|speaker|governor|secretary|minister|judge|director|chief|head|member|leader|captain|commissioner)))\b/;

/** An awardee's field in brackets after the name, as honours lists write it. */
const FIELD = new RegExp(`^\\s*\\((?:${NAMES.fields.join("|")})(?:\\s+and\\s+[A-Z][a-z]+)*\\)`);

/** "US President" -> "President"; "Union Defence Minister" -> "Defence Minister". */
function roleOf(role: string): string {
  const cleaned = role
    .replace(/\b(?:former|then|new|union|the|outgoing|incoming)\b/gi, "")
    .replace(/\s+/g, " ")
    .trim();
  const known = lexicon().role(cleaned);
  if (known) return known.canonical;
  const words = cleaned.split(" ");
  // Drop a leading country or demonym: "US President", "Ukrainian President".
  while (words.length > 1 && lexicon().country(words[0] ?? "")) words.shift();
  return words.join(" ");
}

const SCALE = "(?:lakh|crore|million|billion|trillion|thousand|hundred)";
const CURRENCY = "(?:Rs\\.?|INR|₹|\\$|US\\$|USD|€|£)";

const QUANTITY = new RegExp(
  `(?<cur>${CURRENCY}\\s?)?(?<num>\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\\b)(?<scale>[\\s-]?${SCALE})?(?<pct>\\s?(?:%|per\\s?cent\\b|percent\\b))?(?<unit>[-\\s](?:[a-z]+(?:/[a-z]+)?))?`,
  "gi",
);

/** "post 181 for six", "restrict X to 158 for nine", "score 181/6": a cricket innings' total and wickets. */
const SCORE =
  /\b(?:to|post(?:ed)?|score(?:d)?|made|reach(?:ed)?|managed|total of|finish(?:ed)? on|end(?:ed)? on)\s+(?<runs>\d{2,3})(?:\s+for\s+(?<words>one|two|three|four|five|six|seven|eight|nine|ten|\d)|\/(?<digits>\d{1,2}))\b/g;
const CRICKET =
  /\b(?:overs?|runs?|wickets?|balls|fours|sixes|half-century|century|innings|batt(?:ed|ing)|bowl(?:ed|ing|ers?)|T20|ODI|Test|toss|chase|target)\b/i;

/** "travelled at Mach 2.4": a speed written with its unit first; the blank holds the number, "Mach" stays. */
const MACH = /\bMach\s+(?<num>\d+(?:\.\d+)?)\b(?!\s*-)/g;

/** "Article 356 of the Constitution", "Article 239AA": an article of a constitution, named by its number. */
const ARTICLE =
  /\bArticle\s+(\d{1,3}[A-Z]{0,2})\b(?=\s+of\s+(?:the|its|India's)\b|\s*[,.;)]|\s+(?:which|that|was|is|empowers|allows|provides|gives|guarantees)\b)/g;

/** Articles of a constitution: named things of class "Article", asked "Under which Article ...?". */
function articleSpans(s: Sentence, names: AnswerSpan[]): AnswerSpan[] {
  if (!s.text.includes("Article")) return [];
  const out: AnswerSpan[] = [];
  for (const m of s.text.matchAll(ARTICLE)) {
    const start = m.index ?? 0;
    // "Article 356 of the Constitution": the constitution goes with the number, and with the question's wh-phrase.
    const of = s.text.slice(start + m[0].length).match(/^\s+of\s+the\s+Constitution\b/)?.[0] ?? "";
    const end = start + m[0].length + of.length;
    if (names.some((x) => start < x.end && end > x.start)) continue;
    out.push({
      start,
      end,
      answer: m[0],
      aliases: [m[1] ?? "", `${m[0]}${of}`].filter((a) => a && a !== m[0]),
      type: "thing",
      cls: of ? "Article of the Constitution" : "Article",
      detail: "article",
    });
  }
  return out;
}

function machSpans(s: Sentence, names: AnswerSpan[]): AnswerSpan[] {
  if (!s.text.includes("Mach")) return [];
  const out: AnswerSpan[] = [];
  for (const m of s.text.matchAll(MACH)) {
    const num = m.groups?.num ?? "";
    const end = (m.index ?? 0) + m[0].length;
    const start = end - num.length;
    if (names.some((x) => start < x.end && end > x.start)) continue;
    out.push({ start, end, answer: num, aliases: [`Mach ${num}`], type: "measure", cls: "Mach" });
  }
  return out;
}

/** A month after a figure, perhaps after a range's other day: "6 to 8 April", "14 June". */
const DAYS_OF_MONTH_AFTER = new RegExp(
  `^(?:\\s*(?:to|and|-|–)\\s*\\d{1,2})?\\s+(?:${MONTH_NAMES.join("|")})\\b`,
);

/** Cricket totals in a sentence about cricket; measure spans of class "score". */
function scoreSpans(s: Sentence, names: AnswerSpan[]): AnswerSpan[] {
  if (!/\d/.test(s.text) || !CRICKET.test(s.text)) return [];
  const out: AnswerSpan[] = [];
  for (const m of s.text.matchAll(SCORE)) {
    const g = m.groups ?? {};
    const start =
      (m.index ?? 0) + m[0].length - (g.words ? `${g.runs} for ${g.words}` : `${g.runs}/${g.digits}`).length;
    const end = (m.index ?? 0) + m[0].length;
    if (names.some((x) => start < x.end && end > x.start)) continue;
    const surface = s.text.slice(start, end);
    const wickets = g.words ? NUMBER_WORD_VALUES[g.words] : Number(g.digits);
    out.push({
      start,
      end,
      answer: surface,
      aliases: [`${g.runs}/${wickets}`, `${g.runs} for ${wickets}`, `${g.runs}-${wickets}`].filter(
        (a) => a !== surface,
      ),
      type: "measure",
      cls: "score",
    });
  }
  return out;
}

function quantitySpans(s: Sentence, names: AnswerSpan[]): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  const text = s.text;
  const taken = (a: number, b: number) => [...names, ...out].some((x) => a < x.end && b > x.start);
  const re = QUANTITY;
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const at = m.index ?? 0;
    const numText = g.num ?? "";
    if (/^(?:19|20)\d\d$/.test(numText) && !g.cur && !g.scale && !g.pct) continue;
    // Part of a name, a code or a time ("K-9", "SLBM-4", "2.05 am", "4-0-31-2").
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 1);
    // "11–14 knots": a figure in a range is no figure of its own.
    if (/[A-Za-z\-–—]/.test(before) || /^[-–—:/]\d/.test(text.slice(at + numText.length))) continue;
    if (/^\s?(?:am|pm|a\.m|p\.m)\b/i.test(text.slice(at + numText.length))) continue;
    // "6 to 8 April 2031": days of a month are a date's, not a count.
    if (DAYS_OF_MONTH_AFTER.test(text.slice(at + numText.length))) continue;
    // An age ("the 29-year-old") is rarely the fact; the event is.
    if (/^-(?:year|month)s?-old\b/i.test(text.slice(at + numText.length))) continue;
    if (/^[a-z]/.test(numText) && !/^[a-z]+$/i.test(numText)) continue;
    if (/^[a-z]/i.test(numText) && /^[A-Z]/.test(numText) && at > 0) continue;
    if (after === "t" || after === "s") continue;
    let end = at + m[0].length;
    let countedEnd = 0;
    let unit = (g.unit ?? "").replace(/^[-\s]/, "").toLowerCase();
    // "71.35m", "640km": a unit written against the figure.
    const glued = g.unit || g.scale || g.pct ? null : text.slice(end).match(/^([a-zA-Z]{1,3})\b/);
    if (
      glued?.[1] &&
      NAMES.measureUnits[glued[1].toLowerCase()] &&
      !/^(?:s|t|th|st|nd|rd)$/i.test(glued[1])
    ) {
      unit = glued[1].toLowerCase();
      end += glued[1].length;
    } else if (
      !g.unit &&
      !g.scale &&
      !g.pct &&
      /^[A-Za-z]/.test(text.slice(end)) &&
      !/^(?:th|st|nd|rd)\b/.test(text.slice(end))
    )
      // "Project 17B", "5G": a figure written onto letters that are no unit is part of a name.
      continue;
    // "commanded 14 Corps", "the 3 Brigade": a number before a formation's name is its number, no count.
    if (
      /^\s+(?:Corps|Division|Brigade|Regiment|Battalion|Squadron|Fleet|Wing|Command|Group|Army|Flotilla)\b/.test(
        text.slice(at + numText.length),
      )
    )
      continue;
    const isPct = Boolean(g.pct);
    const isMoney =
      Boolean(g.cur) ||
      (Boolean(g.scale) &&
        /crore|lakh/.test(g.scale ?? "") &&
        /\bRs|₹/.test(text.slice(Math.max(0, at - 4), at)));
    const measure = NAMES.measureUnits[unit];
    let type: SpanType = "count";
    let cls = unit;
    if (isPct) {
      type = "percent";
      cls = "percent";
      if (g.unit) end -= (g.unit ?? "").length;
    } else if (isMoney) {
      type = "money";
      cls = g.cur?.trim() ?? "money";
      if (g.unit && !measure) end -= (g.unit ?? "").length;
    } else if (measure) {
      type = "measure";
      cls = unit;
    } else {
      if (g.unit) end -= (g.unit ?? "").length;
      // A count: the noun it counts follows, possibly after adjectives ("nine terrorist camps").
      const np = countedNoun(s, end);
      unit = np ? text.slice(end, np).trim() : "";
      cls = unit;
      if (np) countedEnd = np;
      // "won 118 of the 224 Assembly seats": a share of a counted whole is asked as "how many of the 224 Assembly
      // seats".
      const partitive = np
        ? null
        : text.slice(end).match(/^\s+of\s+the\s+(?:[\d,]+|[a-z]+)\s+(?:[A-Z]?[a-z-]+\s+){0,2}[a-z]+s\b/);
      if (partitive) {
        cls = partitive[0].trim();
        countedEnd = end + partitive[0].length;
      }
      // "5 Harbour Medal, 17 Harbour Star and 104 Harbour Cross Awards": names counted in a list share its last
      // noun ("How many Harbour Medal awards ...?").
      const shared =
        np && /^[A-Z]/.test(unit) && !/s$/.test(unit)
          ? text
              .slice(np)
              .match(
                /^(?:,\s+|\s+and\s+)[^.;]{0,80}?\b\d[\d,]*\s+(?:[A-Z][\w-]*\s+){1,3}([A-Z][a-z]+s)\b/,
              )?.[1]
          : undefined;
      if (shared) cls = `${unit} ${shared.toLowerCase()}`;
    }
    if (/^(?:ordinal|st|nd|rd|th)$/.test(unit)) continue;
    const surface = text.slice(at, end).trim();
    if (!surface || taken(at, end)) continue;
    const ordinal = text.slice(at).match(/^\d+(?:st|nd|rd|th)\b/);
    if (ordinal) continue;
    // "Six camps were ..." at a sentence's start: the answer is "six", as the options are written.
    // "three years", "one million": a figure in words with a unit or scale is answered in digits ("3 years"),
    // the form its options can be written in; the words stay an alias.
    const wordNumber = surface.toLowerCase().match(/^([a-z]+)(\s.+)$/);
    const value = wordNumber ? NUMBER_WORD_VALUES[wordNumber[1] ?? ""] : undefined;
    // "a $40-billion commitment": the figure is "$40 billion".
    const answer = (
      value !== undefined && wordNumber
        ? `${value}${wordNumber[2]}`
        : /^[A-Z][a-z]+$/.test(surface)
          ? surface.toLowerCase()
          : surface
    ).replace(new RegExp(`(\\d)-(${SCALE})`), "$1 $2");
    // A figure with no noun after it is a fact only where the sentence says what it is a figure of: "raised its
    // tally of sites to 64", "and 77 against". Asked as a blank, never as "how many".
    const bare =
      type === "count" &&
      !countedEnd &&
      BARE_FIGURE.test(text.slice(0, at)) &&
      /^\s*(?:[,.;]|from\b|against\b|voted\s+against\b|in\s+favou?r\b|and\b|or\b|out\s+of\b|$)/.test(
        text.slice(end),
      );
    // "Four camps in X and five in Y": the second count counts what the first did.
    const elided =
      type === "count" &&
      !countedEnd &&
      /\band\s+$/.test(text.slice(0, at)) &&
      /^\s+(?:in|at|from)\s+[A-Z]/.test(text.slice(end))
        ? out.find((x) => x.type === "count" && x.cls && x.end <= at)?.cls
        : undefined;
    if (elided) cls = elided;
    if (type === "count" && !countedEnd && !bare && !elided) continue;
    const blankEnd = at + surface.length;
    out.push({
      start: at,
      end: countedEnd || blankEnd,
      blankEnd,
      answer,
      aliases: [
        ...numberAliases(surface),
        ...(answer !== surface ? [surface] : []),
        ...(countedEnd ? [text.slice(at, countedEnd)] : []),
        ...(elided ? [`${surface} ${elided}`] : []),
      ],
      type,
      cls,
    });
  }
  // Ordinals: "41st", "fourth", "second".
  for (const m of text.matchAll(
    /\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b(?=\s+(?:[A-Za-z-]+\s+){0,3}[A-Za-z]+)/gi,
  )) {
    const at = m.index ?? 0;
    const word = m[1] ?? "";
    if (taken(at, at + word.length)) continue;
    // "first" alone is rarely a fact ("the first time"); numbered ones are.
    const nextWords = text.slice(at + word.length).match(/^\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z]+)/)?.[1] ?? "";
    out.push({
      start: at,
      end: at + word.length,
      answer: word,
      aliases: ordinalAliases(word),
      type: "ordinal",
      cls: nextWords,
    });
  }
  return out;
}

/** What comes before a bare figure that says what it counts: "tally of sites to", "voting in favour and". */
const BARE_FIGURE =
  /\b(?:tally|total|count|number|strength|score|population|figure|toll)\b[^,.;]{0,80}\b(?:to|at|of|stood at|reached)\s+(?:only\s+|just\s+|about\s+|nearly\s+|around\s+)?$|\b(?:at|of)\s+the\s+age\s+of\s+$|\baged\s+$|\bin\s+(?:its\s+|their\s+)?favou?r\s+and\s+$|\bsupported\s+by\s+\d[\d,]*\s+[A-Za-z]+\s+(?:while|and|but)\s+$/i;

/** End of the noun phrase a number counts: adjectives and nouns up to the head noun ("terrorist camps"). */
function countedNoun(s: Sentence, from: number): number | null {
  const tokens = s.tokens.filter((t) => t.start >= from).slice(0, 6);
  let end: number | null = null;
  for (const [i, t] of tokens.entries()) {
    // "11 AC 3-tier coaches": a figure joined to a word by a hyphen describes the noun after it.
    const glued = (a?: Token, b?: Token) => a !== undefined && b !== undefined && a.end === b.start;
    if (
      (t.text === "-" && glued(tokens[i - 1], t) && glued(t, tokens[i + 1])) ||
      (t.pos === "NUM" && tokens[i + 1]?.text === "-" && glued(t, tokens[i + 1]))
    )
      continue;
    if (t.pos === "NOUN" || t.pos === "PROPN") end = t.end;
    // "four developed nations", "two armed drones": a participle before the noun modifies it.
    else if ((t.pos === "ADJ" || (t.pos === "VERB" && /(?:ed|en)$/.test(t.text))) && end === null) continue;
    // "24 life saving drugs": a noun and a gerund before the noun make one compound.
    else if (end !== null && /^[a-z]+ing$/.test(t.text) && tokens[i + 1]?.pos === "NOUN") continue;
    else break;
  }
  return end;
}

export function ordinalAliases(word: string): string[] {
  const n = ORDINAL_WORDS.indexOf(word.toLowerCase());
  if (n > 0) return [String(n), `${n}${["th", "st", "nd", "rd"][n] ?? "th"}`];
  const digits = word.match(/^(\d+)/)?.[1];
  return digits ? [digits] : [];
}

/** Numbers written as words, with their values. */
export const NUMBER_WORD_VALUES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};

/** "78.12 metres" -> "78.12"; "nine" -> "9"; "Rs 9 lakh" -> "9 lakh"; "10 per cent" -> "10%". */
function numberAliases(surface: string): string[] {
  const out = new Set<string>();
  const num = surface.match(/\d[\d,]*(?:\.\d+)?/)?.[0];
  const word = surface.toLowerCase().match(/^[a-z]+/)?.[0];
  if (num) {
    out.add(num);
    out.add(num.replace(/,/g, ""));
    const rest = surface.slice(surface.indexOf(num));
    out.add(rest);
  }
  if (word && NUMBER_WORD_VALUES[word] !== undefined) {
    out.add(String(NUMBER_WORD_VALUES[word]));
    out.add(surface.replace(word, String(NUMBER_WORD_VALUES[word])));
  }
  if (/per\s?cent|percent/i.test(surface)) out.add(surface.replace(/\s?(?:per\s?cent|percent)/i, "%"));
  // "nine-run" (a nine-run win) is "nine runs", "9 runs".
  const hyphened = surface.match(/^([a-z]+|\d+)-([a-z]+)$/i);
  if (hyphened?.[1] && hyphened[2]) {
    const value = NUMBER_WORD_VALUES[hyphened[1].toLowerCase()] ?? Number(hyphened[1]);
    for (const n of [hyphened[1], String(value)]) out.add(`${n} ${hyphened[2]}s`);
  }
  out.delete(surface);
  return [...out].filter(Boolean);
}

/**
 * A day that comes round each year has no year of its own: "observed every year on March 20", "the normal date of
 * onset over Kerala is June 1".
 */
export const YEARLY =
  /\b(?:every year|each year|annually|is observed|is celebrated|is commemorated|(?:normal|usual|average) (?:date|onset))\b/i;

function dateSpans(s: Sentence, ctx: SpanContext, taken: AnswerSpan[]): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const tagged of s.entities) {
    if (tagged.type !== "DATE") continue;
    if ([...taken, ...out].some((x) => tagged.start < x.end && tagged.end > x.start)) continue;
    // "introduced on 1st July, 2017": the tagger reads the day and month, and the year after the comma apart;
    // both are one date (read alone, the day took the article's year).
    const yearAfter =
      /^\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+$|^[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?$/.test(
        tagged.text.replace(/^(?:on|in|since|from|by|of)\s+/i, ""),
      )
        ? s.text.slice(tagged.end).match(/^,\s*(?:19|20)\d\d\b(?![-\d])/)?.[0]
        : undefined;
    const e = yearAfter
      ? { ...tagged, text: tagged.text + yearAfter, end: tagged.end + yearAfter.length }
      : tagged;
    // "scheduled for April 6 to 8": the first day of a span of days is no date of its own.
    if (
      /^\s*(?:to|till|until|and|-|–)\s*\d{1,2}\b/.test(s.text.slice(e.end)) ||
      /\b\d{1,2}\s*(?:to|till|until|-|–)\s*$/.test(s.text.slice(0, e.start))
    )
      continue;
    if (noDateOfItsOwn(s.text, e.start, e.end)) continue;
    // "the January-March quarter": a month joined to another by a hyphen names a span of months, no date.
    if (/^[-–][A-Z][a-z]+/.test(s.text.slice(e.end)) || /[A-Za-z][-–]$/.test(s.text.slice(0, e.start)))
      continue;
    // "at the end of February 2031": the month is the date written; the blank and the key are the month's.
    const phrase = e.text
      .replace(/^(?:on|in|since|from|by|of)\s+/i, "")
      .replace(/^(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?/i, "");
    // '"Today his dream has become a reality," the Prime Minister said': a word that points at the day of
    // speaking is no date written in the text (blind reading 21 keyed the article's date for it). A reported
    // "yesterday" is asked once the sentence is prepared, where it reads "on 12 November 2031".
    if (/^(?:today|tonight|tomorrow|yesterday|now)$/i.test(phrase)) continue;
    // "observed every year on March 20": a day that comes round each year is asked without a year.
    // "would hold a lecture in his honour in January", "turns 62 in July": a date the clause puts ahead is read
    // forward from the article's day (blind reading 33 keyed the January before an October report).
    const clause =
      s.text
        .slice(0, e.start)
        .split(/[;:]|,\s+(?:but|while|and)\s+/)
        .at(-1) ?? "";
    const ahead = FUTURE_CLAUSE.test(clause);
    const resolved = readDate(
      phrase,
      YEARLY.test(s.text) && !/\d{4}/.test(phrase) ? null : ctx.reference,
      ahead,
    );
    if (!resolved) continue;
    const yearless = resolved.year === null;
    const month = MONTH_NAMES[(resolved.month ?? 1) - 1] ?? "";
    const answer = yearless ? `${resolved.day} ${month}` : formatDate(resolved as ResolvedDate);
    const aliases = yearless ? [`${month} ${resolved.day}`] : dateAliases(resolved as ResolvedDate);
    if (resolved.weekdayOnly) aliases.push(phrase);
    out.push({
      start: e.start + (e.text.length - phrase.length),
      end: e.end,
      answer,
      aliases: [...new Set([...aliases, phrase])].filter((a) => a !== answer),
      type: "date",
      cls: resolved.granularity,
      detail: resolved.year ? "dated" : "yearless",
    });
  }
  // A year the tagger missed: "a seasoned 1993-batch officer", "since 2014".
  for (const m of s.text.matchAll(
    /\b(?:(?<batch>(?:19|20)\d\d)(?=-batch\b)|(?<=\b(?:in|since|by|from)\s)(?<year>(?:19|20)\d\d)\b(?![-\d]))/g,
  )) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if ([...taken, ...out].some((x) => start < x.end && end > x.start)) continue;
    out.push({ start, end, answer: m[0], aliases: [], type: "date", cls: "year", detail: "dated" });
  }
  return out;
}

/**
 * Whether a date, with the text before and after it, is another verb's or event's than the clause's main verb,
 * so that fronting it would ask the wrong thing:
 * - "X said the rover would be deployed on Monday", "X announced that Y would host the summit in 2032": a date in
 *   what was said is not the saying's;
 * - "condemned the terrorist attack in X in April 2025": the date of what is condemned, mourned or recalled is the
 *   event's, not the reaction's;
 * - "has launched X (2008) and, in its record mission in February 2017, placed 104 satellites": a date in an aside
 *   after "and" is the next verb's.
 */
export function dateOfAnother(before: string, after: string): boolean {
  return (
    /\b(?:said|says|told\s+(?:[a-z]+\s+){0,2}|stated|noted)\s+(?:that\s+)?[^,;"]*$/.test(before) ||
    /\b(?:announced|announces|declared|confirmed|added|reported|revealed|indicated|agreed)\s+that\s+[^,;"]*$/.test(
      before,
    ) ||
    // "said that the share had risen to 80 per cent, from about 18 per cent in 2014": the whole clause said.
    /\b(?:said|says|stated|noted)\s+that\s+[^;"]*$/.test(before) ||
    // "welcomed the outcomes of COP30 held in Belem, Brazil, in November 2025": the date of a thing "held" (no
    // auxiliary before it) is that thing's.
    /(?<!\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?)\bheld\s+(?:in|at)\s+[^;]*?\s+(?:in|on)\s+$/.test(
      before,
    ) ||
    /\b(?:condemn|condemned|condemns|denounced|deplored|mourned|recalled|remembered|commemorated|marked)\s+(?:the|a|an|its|their)\s+[^;,]*(?:,\s+[A-Z][^;,]*)*\s+(?:in|on)\s+$/.test(
      before,
    ) ||
    (/\band,\s+[^,]*$/.test(before) &&
      /^,\s+(?:[a-z]{3,}ed|won|became|made|took|set|hit|beat|gave|held|led|met|sent|put|began|grew|rose|fell)\b/.test(
        after,
      ))
  );
}

const MONTH_AFTER = new RegExp(`^(?:,\\s*|\\s+(?:and|or)\\s+)(?:${MONTH_NAMES.join("|")})\\b`);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES.join("|")})(?:,\\s*|\\s+(?:and|or)\\s+)$`);

/**
 * Whether a date phrase is no date of its own: a month listed with another ("in January and April this year"), or
 * one whose year is another phrase's ("in September that year", left so where no year before it says which).
 */
export function noDateOfItsOwn(text: string, start: number, end: number): boolean {
  return (
    MONTH_AFTER.test(text.slice(end)) ||
    MONTH_BEFORE.test(text.slice(0, start)) ||
    /^\s+(?:of\s+)?(?:that|the same)\s+year\b/.test(text.slice(end))
  );
}

type ReadDate = ResolvedDate & { weekdayOnly?: boolean };

/** A clause about what is still to come: "will", "would", "is due to", or a scheduled present ("turns 62"). */
export const FUTURE_CLAUSE =
  /\b(?:will|would|shall|(?:is|are) (?:set|expected|scheduled|due|slated|likely) (?:to|for|on)|(?:is|are) to be|plans? to|next|turns|retires|demits)\b/;

/**
 * A date phrase read without any clock: with the article's own date when it has one; otherwise only what the
 * phrase states (a year, a month and year, or a day and month without the year).
 */
export function readDate(
  phrase: string,
  reference: Date | null,
  ahead = false,
): (ReadDate & { year: number }) | (Omit<ReadDate, "year"> & { year: number | null }) | null {
  const text = phrase.trim();
  const weekday =
    /^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|today|yesterday|tonight)\b/i.test(text);
  const hasYear = /\b(?:19|20)\d\d\b/.test(text);
  const relativeYear = /\b(?:last|this|next|previous)\s+(?:year|month|week)\b/i.test(text);
  if (
    /\b(?:months|years|weeks|days|hours|decades?|centuries)\b/i.test(text) &&
    !/\b(?:19|20)\d\d\b/.test(text)
  )
    return null;
  if (reference) {
    const r = resolveDate(text, reference, ahead);
    if (!r) return null;
    if (weekday && text.split(/\s+/).length > 2) return null;
    return { ...r, weekdayOnly: weekday };
  }
  if (weekday || relativeYear) return null;
  if (hasYear) return resolveDate(text, new Date(Date.UTC(2000, 0, 1)));
  // A day and month with no year: asked as such ("17 October").
  const m = text.match(
    /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)|([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)$/,
  );
  if (!m) return null;
  const month = monthNumber(m[2] ?? m[3] ?? "");
  const day = Number(m[1] ?? m[4]);
  if (!month || !day || day > 31) return null;
  return { year: null, month, day, granularity: "day" };
}

function monthNumber(name: string): number {
  const i = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(
    name.toLowerCase().slice(0, 3),
  );
  return i + 1;
}

/** Lower-case comparison key of a span's answer. */
export function spanKey(span: AnswerSpan): string {
  return normKey(span.answer);
}

/**
 * The class noun of the plural an appositive makes the name one of: ", the fourth and last of the Orca-class
 * frigates built ..." -> "frigate"; null for any other text.
 * @example appositiveMember(", the sixth of the Orca-class frigates built in 2031") // "frigate"
 */
export function appositiveMember(after: string): string | null {
  return (
    after.match(
      /^,\s+the\s+(?:[a-z]+\s+(?:and\s+)?){0,2}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|newest|final)\s+(?:one\s+)?of\s+(?:the|its|their|[A-Z][a-z]+['’]s)\s+(?:[A-Za-z-]+\s+){0,3}?([a-z]{4,})s\b/,
    )?.[1] ?? null
  );
}
