/** A person answer's fine class (field and nationality) and the people of the same class to offer against it. */
import peopleData from "../../data/people.json" with { type: "json" };
import { lexicon } from "../../lexicon";
import { escapeRegex, normKey, remembered, similarKeys } from "../../text";
import { countryOfCity } from "../facts/spans";

export type Field =
  | "politician"
  | "athlete"
  | "cricketer"
  | "military"
  | "official"
  | "scientist"
  | "agriculturist"
  | "judge"
  | "business"
  | "laureate"
  | "writer";
export type Nation = "india" | "world";

export interface PersonClass {
  field: Field | null;
  nation: Nation | null;
  /** The office the question names, as people.json keys it ("Prime Minister"), when it has a list of holders. */
  office: string | null;
  /** Nothing in the sentence said the nationality: it is the default, and the role's world list may fit better. */
  guessed?: boolean;
  /** A group's former member ("former Bihar CM X") or one who has died: the group's dead are offered too. */
  former?: boolean;
}

/** People a qualifier of a name puts them among: a party's leaders, a state's Chief Ministers, a body's chairs. */
interface Group {
  /** The group's names as the press writes them: "BJP", "Bharatiya Janata Party". */
  names: string[];
  people: string[];
  /** Whose body it is, for a body's chairs; a party's or a state's people are India's. */
  nation?: Nation;
  /** The state a new state was carved out of: its Chief Ministers are offered after the new state's few. */
  formerlyPartOf?: string;
}

interface PeopleData {
  india: { roles: Record<string, string[]>; fields: Record<string, string[]> };
  world: { fields: Record<string, string[]> };
  /** India's major parties and their prominent leaders, past and present. */
  parties: Record<string, Group>;
  /** India's larger states and their Chief Ministers, past and present. */
  chiefMinisters: Record<string, Group>;
  /** Named committees and commissions and their chairs, past and present. */
  chairs: Record<string, Group>;
  /** The year each curated person who has died died in. */
  died: Record<string, number | string>;
  /** The year each curated player last played at the top level. */
  retired: Record<string, number | string>;
  /** The year each curated player first played at the top level. */
  debut: Record<string, number | string>;
  /** The women among the curated people: the rest are men. */
  women: string[];
  /** The years each curated holder of an Indian office held it, by office: [from, to] spans, to null for today. */
  terms: Record<string, Record<string, [number, number | null][]> | string>;
  /** India's Union portfolios and offices that `OFFICES` does not write out, each with its names and holders. */
  portfolios: Record<string, Portfolio | string>;
}

/** An Indian office the press names in many ways: a minister's portfolio, or an official's title. */
interface Portfolio {
  /** A portfolio as the press names it ("Civil Aviation"): "Civil Aviation Minister", "Minister of Civil Aviation". */
  names?: string[];
  /** An official's title as written ("NITI Aayog CEO", "CEO of NITI Aayog"). */
  titles?: string[];
  /** What the holders are, where the title does not say it ("Attorney General"). */
  field?: Field;
  /** No other country has the office ("SEBI Chairperson"): its holder is India's whatever else the sentence names. */
  indian?: boolean;
  people: string[];
}
const PEOPLE = peopleData as unknown as PeopleData;
/** The `portfolios` by office, without its "$comment". */
const PORTFOLIOS = new Map(
  Object.entries(PEOPLE.portfolios).filter((e): e is [string, Portfolio] => typeof e[1] !== "string"),
);
/** The holders of each Indian office: the hand-written roles, then the portfolios'. */
const ROLES: Record<string, string[]> = {
  ...PEOPLE.india.roles,
  ...Object.fromEntries([...PORTFOLIOS].map(([office, p]) => [office, p.people])),
};
const WOMEN = new Set(PEOPLE.women);
const CURATED = new Set<string>();

/**
 * Whether a person can be offered for a stem that calls the answer "his" or "her": a curated person of the other
 * sex cannot; anyone else (the story's own people) can.
 * @example fitsPronoun("Mamata Banerjee", "Which Chief Minister submitted his resignation?") // false
 */
export function fitsPronoun(name: string, prompt: string): boolean {
  return pronounFilter(prompt)(name);
}

/**
 * For a women's event ("won gold in the women's 57kg category", "the second Indian woman to win"), no curated
 * man; for a men's, no curated woman.
 * Names the lists do not know pass. The question says whose event, or else the sentence right after the name.
 */
export function eventFilter(
  prompt: string,
  sentence: string,
  answer: string,
  /** Whose event another question of the batch says the answer won: "Who won silver at the World Cup?" of a
   * shooter another sentence puts in the women's final is offered women. */
  known: "women" | "men" | "" = "",
): (name: string) => boolean {
  const event = eventOf(prompt, sentence, answer) || known;
  if (!event) return () => true;
  if (CURATED.size === 0) for (const n of curatedNames()) CURATED.add(n);
  return (name) => !CURATED.has(name) || WOMEN.has(name) === (event === "women");
}

/**
 * Whose event a question or the sentence right after the answer's name says it is: "women", "men", or "".
 * @example eventOf("Who won?", "Mara Lind won gold in the women's 57kg final.", "Mara Lind") // "women"
 */
export function eventOf(prompt: string, sentence: string, answer: string): "women" | "men" | "" {
  const at = sentence.indexOf(answer);
  const near = /\b(?:wo)?m[ae]n\b|\b(?:wo)?men['’]s\b/i.test(prompt)
    ? prompt
    : at >= 0
      ? sentence.slice(at, at + 80)
      : "";
  const event = /\bwom(?:an|en)\b/i.test(near) ? "women" : /\bm(?:an|en)\b/i.test(near) ? "men" : "";
  if (event || at < 0) return event;
  // "X won the women's singles title, beating Y in the final": whom the winner beat played the same event.
  const played = sentence.match(/\b(wo)?men['’]s\s+(?:singles|doubles|final|title|event|category|race)\b/i);
  return played &&
    /\b(?:beat|beating|defeated|defeating|against|edged|edging|overcame|stunned)\s+(?:[a-z]+\s+){0,2}$/.test(
      sentence.slice(0, at),
    )
    ? played[1]
      ? "women"
      : "men"
    : "";
}

/** `fitsPronoun` for one question's many candidates: the stem is read once. */
export function pronounFilter(prompt: string): (name: string) => boolean {
  const pronoun = answersPronoun(prompt);
  if (!pronoun) return () => true;
  // Options come from the lists as the lists spell them: no fuzzy spelling is looked up for each.
  if (CURATED.size === 0) for (const n of curatedNames()) CURATED.add(n);
  return (name) => !CURATED.has(name) || (pronoun === "his" ? !WOMEN.has(name) : WOMEN.has(name));
}

/**
 * The pronoun that stands for a question's answer: the first "his" or "her" after a wh-subject ("Which Chief
 * Minister submitted his resignation?") or a blank ("_____ won her first title"), with no other name between;
 * null when there is none, or it may be someone else's ("to which Governor did X submit his resignation?").
 */
function answersPronoun(prompt: string): "his" | "her" | null {
  const body = prompt.replace(/^With reference to [^,]+,\s+/, "");
  const quoted = body.match(/fills? the blank in "([^"]*)"/)?.[1];
  const text = quoted ?? body;
  const at = quoted
    ? text.indexOf("_____")
    : /^(?:Who|Which)\b/.test(text) && !/^(?:Who|Which[^?]*?)\s+(?:did|does|do)\b/.test(text)
      ? 0
      : -1;
  if (at < 0) return null;
  const m = text.slice(at).match(/\b(his|him|he|her|hers|she)\b/i);
  if (!m || m.index === undefined) return null;
  // Another person named before the pronoun may be the one it stands for.
  const between = text.slice(at + (quoted ? 5 : 0), at + m.index);
  if (/\b[A-Z][a-z]+\s+[A-Z][a-z]+\b/.test(between.replace(/^(?:Who|Which(?:\s+[A-Z][\w-]*)*)/, "")))
    return null;
  return /^(?:his|him|he)$/i.test(m[1] ?? "") ? "his" : "her";
}

/** Every curated person's name. */
function curatedNames(): string[] {
  const names: string[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === "string") names.push(x);
    else if (Array.isArray(x)) for (const y of x) walk(y);
    else if (x && typeof x === "object") for (const y of Object.values(x)) walk(y);
  };
  walk(PEOPLE.india);
  walk(PEOPLE.world);
  for (const p of PORTFOLIOS.values()) walk(p.people);
  for (const section of SECTIONS) for (const [, group] of groupsOf(section)) walk(group.people);
  for (const [key, list] of Object.entries(lexicon().distractors)) if (key.startsWith("person:")) walk(list);
  return names;
}

/** Words around a name that say its field, most specific first: "ISRO Chief" is a scientist, not an official. */
const FIELD_WORDS: [RegExp, Field][] = [
  // "The Nobel Peace Prize carries a gold medal which will be shared by ... X": the prize's sentence is no sport's.
  [
    /\b[Ll]aureate\b|\b(?:awarded|won|wins|winner of)\b.*\bNobel\b|\bNobel\s+(?:[A-Z][a-z]+\s+)?Prize\b/,
    "laureate",
  ],
  // "his Chinese counterpart Admiral X" holds the office of the minister he meets, whatever his rank.
  [/\bcounterpart\b/, "politician"],
  [/\b(?:CJI|Chief Justice|Justice|[Jj]udge)\b/, "judge"],
  [
    /\b(?:[Cc]aptain|[Ss]kipper|[Bb]atter|[Bb]atsman|[Bb]owler|[Cc]ricketer|[Aa]ll-rounder|[Oo]pener|[Ss]pinner|[Pp]acer)\b/,
    "cricketer",
  ],
  // A cricket sentence with no calling for the name: "X scored a half-century", "X's 68 off 47 balls".
  [
    /\b(?:half-century|century|wickets?|off \d+ balls|(?:first|last|next|final) (?:ball|over)|T20|ODI|Test match|innings)\b/,
    "cricketer",
  ],
  [
    /\b(?:[Ss]hooter|[Ww]restler|[Ww]restling|[Ww]eightlifting|[Bb]adminton|[Aa]rchery|[Cc]hampionships|world title|[Bb]oxer|[Aa]thlete|[Jj]avelin|[Ss]printer|[Ss]huttler|[Pp]layer|Olympian|Olympic record|[Mm]edall?ist|[Ww]eightlifter|[Aa]rcher|[Ss]wimmer|[Ww]inner|[Cc]hampion|[Ff]inalist|gold|silver|bronze)\b/,
    "athlete",
  ],
  // A tennis or chess final's players: "beat X in the men's singles final", "X won the Candidates".
  // "won his first ATP title, beating top seed X": a tour's title and its seeds are a tennis player's.
  [
    /\b(?:singles|doubles|Grand Slam|Wimbledon|Open final|grandmaster|[Cc]hess|ATP|WTA|[Tt]ennis|[Tt]op seed|match points?)\b/,
    "athlete",
  ],
  [
    // "Director-General", "Secretary-General", "Attorney General": a civilian office that ends in "General".
    /\b(?:Colonel|Col|Wing Commander|Commander|(?<!(?:Director|Secretary|Attorney|Solicitor|Inspector|Auditor|Surgeon|Postmaster|Consul|Governor)[- ])General|Gen|Admiral|Marshal|Major|Brigadier|Lt|Lieutenant|[Aa]rmy [Cc]hief|[Nn]avy [Cc]hief)\b/,
    "military",
  ],
  // An agronomist is offered agricultural scientists: space scientists would be ruled out by the calling.
  [
    /\b(?:[Aa]gronomist|[Aa]gricultur(?:al|e) scientist|[Aa]griculturist|[Pp]lant breeder)\b/,
    "agriculturist",
  ],
  [/\b(?:ISRO|[Ss]cientist|[Pp]hysicist|[Rr]esearcher)\b/, "scientist"],
  [/\b(?:[Nn]ovelist|[Ww]riter|[Aa]uthor|[Pp]oet|[Ll]yricist|[Pp]laywright|[Tt]ranslator)\b/, "writer"],
  [
    /\b(?:Secretary|Election Commissioner|Commissioner|CEC|IAS|[Oo]fficer|[Dd]iplomat|[Aa]mbassador|[Ee]nvoy|Governor|[Aa]dviser|[Aa]dvisor|NSA|Chair|Chairman|Chairperson|Director)\b/,
    "official",
  ],
  [/\b(?:CEO|[Ff]ounder|[Ii]ndustrialist|[Bb]usinessman|[Tt]ycoon)\b/, "business"],
  [
    /\b(?:[Mm]inisters?|PMs?|FM|[Pp]residents?|MPs?|MLAs?|CMs?|[Ll]eaders?|[Ss]talwart|Speaker|[Pp]oliticians?|Congress|BJP)\b/,
    "politician",
  ],
];

/** Ranks below the service chiefs, by the service whose officers they are offered. */
const RANKS: [RegExp, string][] = [
  [
    /\b(?:Wing Commander|Squadron Leader|Flight Lieutenant|Flying Officer|Group Captain|Air Commodore)\b/,
    "Air Force Officer",
  ],
  [/\b(?:Lieutenant Commander|Lt Cdr|Sub Lieutenant|Sub Lt)\b/, "Navy Officer"],
  [/\b(?:Colonel|Col|Lt Col|Lieutenant Colonel|Major|Brigadier)\b/, "Army Officer"],
];

/** Role words as the sentence writes them, and the office people.json lists holders of. */
const OFFICES: [RegExp, string][] = [
  // What the head of government or state did is offered the senior ministers who might have done it.
  [/\bhead of government\b/, "Cabinet"],
  // "former Prime Ministers A, B and C": a role written once for a list is each one's.
  [/\b(?:Prime Ministers?|PMs?)\b/i, "Prime Minister"],
  [/\bVice[- ]President\b/i, "Vice President"],
  [/\bPresident\b/, "President"],
  [/\b(?:Finance Minister|FM)\b/i, "Finance Minister"],
  [/\bHome Minister\b/i, "Home Minister"],
  // A state's head of government is offered other states' heads, never the Union Cabinet. Not a former one, nor
  // one the text gives a state ("Bihar Chief Minister"): the curated heads are of other states, and of today.
  [/(?<!\b(?:[Ff]ormer|[A-Z][a-z]+)\s)\bChief Minister\b/, "Chief Minister"],
  [/\bDefen[cs]e Minister\b/i, "Defence Minister"],
  [/\b(?:External Affairs|Foreign) Minister\b/i, "External Affairs Minister"],
  [/\bCommerce (?:and Industry )?Minister\b|\bMinister (?:of|for) Commerce\b/i, "Commerce Minister"],
  [/\b(?:Law|Law and Justice) Minister\b|\bMinister (?:of|for) Law\b/i, "Law Minister"],
  [/\bMinority Affairs Minister\b|\bMinister (?:of|for) Minority Affairs\b/i, "Minority Affairs Minister"],
  [
    /\b(?:Science and Technology|Science & Technology) Minister\b|\bMinister (?:of|for) Science\b/i,
    "Science and Technology Minister",
  ],
  [/\bEnvironment Minister\b|\bMinister (?:of|for) Environment\b/i, "Environment Minister"],
  // A service chief is offered that service's past chiefs, not the other services'.
  [/\bChief of (?:the )?Army Staff\b|\bArmy (?:chief|Chief)\b|\bCOAS\b/, "Chief of Army Staff"],
  [
    /\bChief of (?:the )?Air Staff\b|\b(?:IAF|Air Force) (?:chief|Chief)\b|\bAir Chief Marshal\b|\bCAS\b/,
    "Chief of Air Staff",
  ],
  [/\bChief of (?:the )?Naval Staff\b|\bNavy (?:chief|Chief)\b|\bCNS\b/, "Chief of Naval Staff"],
  // A flag officer is offered the service's past chiefs, who held the rank before: "Rear Admiral X" among Army
  // chiefs is ruled out at a glance (blind reading 32).
  [/\b(?:Admiral|Commodore)\b/, "Chief of Naval Staff"],
  [/\b(?:Air Marshal|Air Vice Marshal)\b/, "Chief of Air Staff"],
  [/\b(?:Lieutenant General|Lt\.? Gen\.?|Major General|Maj\.? Gen\.?)\s/, "Chief of Army Staff"],
  // The Lok Sabha's Speaker; an Assembly's is a state's, offered none of them.
  [
    /(?<!\b(?:Assembly|Sabha|Council)\s)\bSpeaker\b(?!'s)(?!\s+of\s+the\s+(?:[A-Z][a-z]+\s+)?(?:Legislative\s+)?(?:Assembly|Vidhan))/,
    "Speaker",
  ],
  [
    /\b(?:Sports|Youth Affairs and Sports) Minister\b|\bMinister (?:of|for) (?:Youth Affairs and )?Sports\b/i,
    "Sports Minister",
  ],
  [/\b(?:Railway|Railways) Minister\b|\bMinister (?:of|for) Railways\b/i, "Railway Minister"],
  [/\b(?:Health|Health and Family Welfare) Minister\b|\bMinister (?:of|for) Health\b/i, "Health Minister"],
  [/\bEducation Minister\b|\bMinister (?:of|for) Education\b/i, "Education Minister"],
  [
    /\b(?:Agriculture|Agriculture and Farmers' Welfare) Minister\b|\bMinister (?:of|for) Agriculture\b/i,
    "Agriculture Minister",
  ],
  [
    /\b(?:Information and Broadcasting|I&B) Minister\b|\bMinister (?:of|for) Information and Broadcasting\b/i,
    "Information and Broadcasting Minister",
  ],
  // A High Court's Chief Justice is offered other High Courts' chiefs, not Chief Justices of India.
  [
    /\bChief Justice of (?:the )?(?:[A-Z][a-z]+\s+){1,3}High Court\b|\bHigh Court(?:['’]s)? Chief Justice\b/,
    "High Court Chief Justice",
  ],
  [/\b(?:CJI|Chief Justice)\b/, "Chief Justice"],
  [/\b(?:CEC|Chief Election Commissioner)\b/, "Chief Election Commissioner"],
  [/\bForeign Secretary\b/i, "Foreign Secretary"],
  [/\b(?:Leader of (?:the )?Opposition|Opposition Leader|LoP)\b/, "Leader of the Opposition"],
  // A central bank's Deputy Governor is offered the bank's other deputies, not state Governors (blind reading 22).
  [/\b[Dd]eputy [Gg]overnor\b/, "Deputy Governor"],
  [/\bGovernor\b/, "Governor"],
  [/\bISRO\b.*\b(?:[Cc]hief|[Cc]hairman)\b|\b(?:[Cc]hief|[Cc]hairman)\b.*\bISRO\b/, "Chairman"],
  // A colonel or a wing commander is offered officers of about that rank of the same service, never the service
  // chiefs: "Colonel" rules out the air force's officers at a glance.
  ...RANKS,
];

/**
 * The service a military rank belongs to, as the question asks it: "Colonel" -> "Army officer". A question that
 * asks "Which Colonel ...?" is offered officers of nearby ranks, whom the rank in the stem rules out.
 * @example serviceOfRank("Wing Commander") // "Air Force officer"
 */
export function serviceOfRank(rank: string): string | null {
  const office = RANKS.find(([pattern]) => pattern.test(rank))?.[1];
  return office ? office.replace(/ Officer$/, " officer") : null;
}

/**
 * A portfolio's name or an official's title as a pattern: each word's first letter either case ("Civil aviation"),
 * an acronym or a word with capitals inside ("DoNER") as written, and any spaces between words.
 */
function looseWords(name: string): string {
  return name
    .split(/\s+/)
    .map((w) =>
      /^[A-Za-z]/.test(w) && !/[A-Z]/.test(w.slice(1))
        ? `[${w[0]?.toUpperCase()}${w[0]?.toLowerCase()}]${escapeRegex(w.slice(1))}`
        : escapeRegex(w),
    )
    .join("\\s+");
}

/** The `portfolios` office of each of its names and titles, by the name's lower case. */
let portfolioNames: Map<string, string> | undefined;
let portfolioPattern: RegExp | undefined;

/**
 * The pattern of every office of `portfolios`, global: a portfolio written before "Minister" or "MoS" ("Union Culture
 * Minister"), after "Minister of" or "Minister of State for" ("Minister of State (Independent Charge) for Culture"),
 * or after "MoS" ("MoS Culture"); an official's title as listed. Of names that start alike, the longest is tried
 * first: "Culture and Tourism Minister" is the Culture Minister, not the Tourism one. An additional, assistant or
 * joint holder holds no office of the one they assist ("Additional Solicitor General").
 */
function portfolios(): { pattern: RegExp; officeOf: Map<string, string> } {
  if (!portfolioPattern || !portfolioNames) {
    portfolioNames = new Map();
    const names: string[] = [];
    const titles: string[] = [];
    for (const [office, p] of PORTFOLIOS) {
      for (const n of p.names ?? []) {
        portfolioNames.set(n.toLowerCase(), office);
        names.push(n);
      }
      for (const t of p.titles ?? []) {
        portfolioNames.set(t.toLowerCase(), office);
        titles.push(t);
      }
    }
    const longestFirst = (list: string[]) =>
      [...new Set(list)]
        .sort((a, b) => b.length - a.length)
        .map(looseWords)
        .join("|");
    const name = longestFirst(names);
    const minister = "(?:[Mm]inister|MoS)";
    portfolioPattern = new RegExp(
      [
        String.raw`(?<!\b(?:[Aa]dditional|[Aa]ssistant|[Jj]oint)[\s-]+)`,
        "(?<!\\w)(?:",
        `(?<before>${name})\\s+${minister}(?!\\w)`,
        String.raw`|${minister}\s+(?:of\s+[Ss]tate\s+(?:\((?:[Ii]ndependent\s+[Cc]harge|IC)\)\s+)?)?(?:of|for)\s+(?:the\s+)?`,
        `(?<after>${name})(?!\\w)`,
        `|MoS\\s+(?<bare>${name})(?!\\w)`,
        // "Minister of State (Independent Charge) for Culture X": what follows the bracket, where a clause is cut.
        String.raw`|(?:[Ii]ndependent\s+[Cc]harge|IC)\)\s+(?:of|for)\s+(?:the\s+)?`,
        `(?<charge>${name})(?!\\w)`,
        `|(?<title>${longestFirst(titles)})(?!\\w)`,
        ")",
      ].join(""),
      "g",
    );
  }
  return { pattern: portfolioPattern, officeOf: portfolioNames };
}

/** The `portfolios` office a match of their pattern names. */
function portfolioOf(m: RegExpMatchArray, officeOf: Map<string, string>): string | null {
  const { before, after, bare, charge, title } = m.groups ?? {};
  const written = (before ?? after ?? bare ?? charge ?? title ?? "").replace(/\s+/g, " ").toLowerCase();
  return officeOf.get(written) ?? null;
}

/** A body's name or acronym (not a country's: "US President X" heads a state), then "president", before a name. */
const BODY_PRESIDENT =
  /\b(?:(?!(?:US|USA|UK|UAE|DRC|PRC|ROK|DPRK)\b)[A-Z]{2,}|(?:Association|Federation|Bank|Council|Committee|Board|League|Society|Institute|Academy|Foundation|Corporation|Organisation|Organization|Club|Party|Confederation|Chamber))(?:'s)?\s+[Pp]resident\s*$/;

/** Words before a name that make it Indian whatever the rest of the sentence says. */
const INDIAN_MARKERS =
  /\b(?:India's|Indian|Union|CJI|CEC|ISRO|Lok Sabha|Rajya Sabha|BJP|Congress|Bihar|Centre's|RBI|External Affairs Minister)\b/;

interface Member {
  field: Field | null;
  nation: Nation;
  office: string | null;
}
let memberIndex: Map<string, Member> | undefined;
/** Names looked up before and the curated person each is a misspelling of (null: none), so each is scanned once. */
const misspelt = new Map<string, Member | null>();
/** Every curated person by name: who they are when the sentence does not say. */
function curatedMember(
  name: string,
): { field: Field | null; nation: Nation; office: string | null } | undefined {
  if (!memberIndex) {
    memberIndex = new Map();
    for (const [office, names] of Object.entries(PEOPLE.india.roles))
      for (const n of names)
        if (!memberIndex.has(normKey(n)))
          memberIndex.set(normKey(n), { field: fieldOf(office), nation: "india", office });
    for (const [nation, data] of [
      ["india", PEOPLE.india],
      ["world", PEOPLE.world],
    ] as const)
      for (const [field, names] of Object.entries(data.fields))
        for (const n of names)
          if (!memberIndex.has(normKey(n)))
            memberIndex.set(normKey(n), { field: field as Field, nation, office: null });
    // The portfolios' holders last: a person the lists above hold keeps the class they give.
    for (const [office, p] of PORTFOLIOS)
      for (const n of p.people)
        if (!memberIndex.has(normKey(n)))
          memberIndex.set(normKey(n), {
            field: portfolioField(p) ?? fieldOf(office),
            nation: "india",
            office,
          });
  }
  const key = normKey(name);
  const exact = memberIndex.get(key);
  if (exact) return exact;
  if (misspelt.has(key)) return misspelt.get(key) ?? undefined;
  // A server generates for months in one process: the names seen stay a bounded few, as `classes` are.
  if (misspelt.size >= 20_000) misspelt.clear();
  // "Deve Gowda" for "H D Deve Gowda": a report may leave out a name's initials.
  if (key.split(" ").length >= 2) {
    const index = memberSearch(memberIndex);
    // The first curated name (in index order) that ends on " key": those are filed under the key.
    const initialed = index.bySuffix.get(key)?.find(([known]) => /^(?:[a-z] )+/.test(known));
    if (initialed) {
      misspelt.set(key, initialed[1]);
      return initialed[1];
    }
    // "Shri Chandra Shekhar" for "Chandra Shekhar": a report may add an honorific or a first name.
    // The first curated name of more than one word that the key ends on: each of the key's tails is looked up.
    let fuller: [order: number, member: Member] | undefined;
    for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) {
      const tail = key.slice(at + 1);
      const order = tail.includes(" ") ? index.order.get(tail) : undefined;
      if (order !== undefined && (fuller === undefined || order < fuller[0]))
        fuller = [order, memberIndex.get(tail) as Member];
    }
    if (fuller) {
      misspelt.set(key, fuller[1]);
      return fuller[1];
    }
  }
  // "Pranob Mukherjee" for "Pranab Mukherjee": a misspelt name is still the same person.
  const spelt = normKey(key);
  // Only names of about the same length can be similar (`similarKeys`); of those, the first in index order.
  const { byLength } = memberSearch(memberIndex);
  const length = spelt.length;
  let found: [order: number, member: Member] | undefined;
  const shortest = Math.max(0, length - Math.max(1, Math.floor(length / 8)) - 1);
  const longest = length + Math.max(1, Math.ceil(length / 7)) + 2;
  for (let n = shortest; n <= longest; n++)
    for (const [order, known, member] of byLength.get(n) ?? []) {
      if (found !== undefined && order > found[0]) break;
      if (!otherSurname(known, spelt) && similarKeys(known, spelt)) {
        found = [order, member];
        break;
      }
    }
  misspelt.set(key, found?.[1] ?? null);
  return found?.[1];
}

/**
 * Look-ups over the curated names for a name that is not one of them, each in the index's order: the names by
 * every tail after a space ("h d deve gowda" under "d deve gowda" and "deve gowda"), the position of each name,
 * and the names' own keys (`normKey` again, as the misspelling scan compares them) by their length.
 */
function memberSearch(index: Map<string, Member>): MemberSearch {
  if (!memberSearchCache) {
    const bySuffix = new Map<string, [known: string, member: Member][]>();
    const order = new Map<string, number>();
    const byLength = new Map<number, [order: number, known: string, member: Member][]>();
    let i = 0;
    for (const [known, member] of index) {
      order.set(known, i);
      for (let at = known.indexOf(" "); at >= 0; at = known.indexOf(" ", at + 1)) {
        const tail = known.slice(at + 1);
        const list = bySuffix.get(tail);
        if (list) list.push([known, member]);
        else bySuffix.set(tail, [[known, member]]);
      }
      const spelt = normKey(known);
      const list = byLength.get(spelt.length);
      if (list) list.push([i, spelt, member]);
      else byLength.set(spelt.length, [[i, spelt, member]]);
      i++;
    }
    memberSearchCache = { bySuffix, order, byLength };
  }
  return memberSearchCache;
}
interface MemberSearch {
  bySuffix: Map<string, [known: string, member: Member][]>;
  order: Map<string, number>;
  byLength: Map<number, [order: number, known: string, member: Member][]>;
}
let memberSearchCache: MemberSearch | undefined;

function fieldOf(text: string): Field | null {
  for (const [pattern, field] of FIELD_WORDS) if (pattern.test(text)) return field;
  return null;
}

/**
 * The field a sentence's sport or prize gives a person it names no calling for: a cricket report's players, an
 * athletics final's athletes, a Nobel Prize's laureates.
 */
function sportOf(sentence: string): Field | null {
  const field = fieldOf(sentence);
  return field === "cricketer" || field === "athlete" || field === "laureate" ? field : null;
}

/** The OFFICES patterns made global once, for `officeOf` to read every match of each. */
const OFFICES_EVERYWHERE = OFFICES.map(
  ([pattern, office]) => [new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`), office] as const,
);

/** The office of the role written nearest the end of the text: "Wing Commander X and Colonel Y" makes Y a colonel. */
function officeOf(text: string): string | null {
  // Asked of the same roles and sentences again and again (each person of each option set): read each once.
  return remembered(offices, text, () => uncachedOfficeOf(text));
}
const offices = new Map<string, string | null>();

function uncachedOfficeOf(text: string): string | null {
  let found: string | null = null;
  let at = -1;
  // "Deputy Prime Minister", "Vice President": a deputy holds no office of the one they stand in for.
  const deputy = (m: RegExpMatchArray) => /\b(?:Deputy|Vice)[\s-]+$/i.test(text.slice(0, m.index ?? 0));
  for (const [pattern, office] of OFFICES_EVERYWHERE) {
    const all = [...text.matchAll(pattern)].filter((m) => !deputy(m));
    const last = all.at(-1);
    const end = last ? (last.index ?? 0) + last[0].length : -1;
    if (end > at) {
      at = end;
      found = office;
    }
  }
  // The offices `portfolios` lists, read after the written-out ones, which keep an office that ends where theirs does.
  const { pattern, officeOf: listed } = portfolios();
  for (const m of text.matchAll(pattern)) {
    const end = (m.index ?? 0) + m[0].length;
    const office = end > at && !deputy(m) ? portfolioOf(m, listed) : null;
    if (office) {
      at = end;
      found = office;
    }
  }
  return found;
}

/**
 * The office `portfolios` lists, or undefined for any other (the written-out `OFFICES`, a group's).
 * @example portfolio("Culture Minister")?.names // ["Culture", ...]
 */
function portfolio(office: string | null): Portfolio | undefined {
  return office === null ? undefined : PORTFOLIOS.get(office);
}

/** What the holders of an office `portfolios` lists are: as listed, or a minister's politicians ("MoS Culture X"). */
function portfolioField(p: Portfolio): Field | undefined {
  return p.field ?? (p.names ? "politician" : undefined);
}

/**
 * Whether the office is one `portfolios` lists: India's only, and not a state's ("Goa Tourism Minister X" is
 * offered no Union Tourism Ministers).
 * @example listedPortfolio("Civil Aviation Minister") // true
 */
export function listedPortfolio(office: string | null): boolean {
  return portfolio(office) !== undefined;
}

/** The sections of people.json that hold groups, each with the office its people are offered for. */
const SECTIONS = ["chiefMinisters", "chairs", "parties"] as const;
type Section = (typeof SECTIONS)[number];

/** The office a group's people hold, as a class names it: "Chief Minister of Bihar", "BJP leader". */
const GROUP_OFFICE: Record<Section, (key: string) => string> = {
  chiefMinisters: (key) => `Chief Minister of ${key}`,
  chairs: (key) => `Chair of the ${key}`,
  parties: (key) => `${key} leader`,
};

/** A section's groups by key, without its "$comment". */
function groupsOf(section: Section): [string, Group][] {
  return Object.entries(PEOPLE[section]).filter(([key]) => !key.startsWith("$"));
}

/** A group's people, and the people of the same kind offered when too few of them fit the question. */
interface GroupPeople {
  people: string[];
  /** For a state's Chief Minister, the sitting heads of other states: a state has few living former heads. */
  fallback: string[];
}
let groupHolders: Map<string, GroupPeople> | undefined;
/** Each group's people by its office; a state carved out of another has the parent's Chief Ministers after its own. */
function groupPeople(): Map<string, GroupPeople> {
  if (!groupHolders) {
    groupHolders = new Map();
    for (const section of SECTIONS)
      for (const [key, group] of groupsOf(section)) {
        const parent = group.formerlyPartOf
          ? (PEOPLE.chiefMinisters[group.formerlyPartOf]?.people ?? [])
          : [];
        const fallback = section === "chiefMinisters" ? (PEOPLE.india.roles["Chief Minister"] ?? []) : [];
        groupHolders.set(GROUP_OFFICE[section](key), {
          people: [...new Set([...group.people, ...parent])],
          fallback,
        });
      }
  }
  return groupHolders;
}

/** The curated holders of an office: a group's people ("BJP leader"), or an Indian office's ("Prime Minister"). */
function holdersOf(office: string): string[] {
  return groupPeople().get(office)?.people ?? ROLES[office] ?? [];
}

/** Words a qualifier may carry before it or its role: "senior BJP leader", "former Bihar CM". */
const MODIFIERS = String.raw`(?:(?:[Ss]enior|[Vv]eteran|[Ff]ormer|[Ee]x-|[Rr]ebel|[Pp]rominent|[Tt]op|[Ff]ounding|[Yy]oung|[Ss]itting|[Tt]hen|[Ll]ate|[Ee]rstwhile|[Cc]urrent|[Oo]utgoing)\s+)*`;
/** Words that make a group's member a former one: "former Bihar CM", "ex-BJP MP". */
const FORMER = /\b(?:[Ff]ormer|[Ll]ate|[Tt]hen|[Ee]rstwhile)\s|\b[Ee]x-/;
/**
 * Capitalised words before a party or state that leave it the one the lists name: "Senior BJP leader", "When BJP
 * leader X ...". Any other ("Indian Science Congress", "US Congress") may be another body's name.
 */
const LEADING =
  /^(?:Senior|Veteran|Former|Ex|Rebel|Prominent|Top|Founding|Young|Sitting|Incumbent|Outgoing|Then|Late|The|A|An|Current|Opposition|Ruling|When|While|After|As|But|And|Also|Now|Later|Earlier|Even|Both|Another|Several|Two|Three)$/;
/** An ordinal before a body: "the 15th Finance Commission". */
const ORDINAL = String.raw`(?:(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:st|nd|rd|th))\s+)?`;
/** Names of a plural qualifier's list before the one asked about: "BJP leaders A, B and ". */
const LISTED = String.raw`(?:s(?:\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:\s*,|\s+and))*)?`;

/** What each section calls its people: "BJP stalwart", "Bihar CM", "Finance Commission chairman". */
const GROUP_ROLE: Record<Section, string> = {
  chiefMinisters: "(?:CM|[Cc]hief [Mm]inister)",
  chairs: "(?:[Cc]hair(?:man|person|woman)?|[Hh]ead|[Ss]ecretary[- ][Gg]eneral)",
  parties: String.raw`(?:(?:Rajya Sabha|Lok Sabha|[Nn]ational|[Ss]tate|[Ww]orking|[Gg]eneral)\s+)*(?:[Ll]eader|[Ss]talwart|[Vv]eteran|MP|MLA|MLC|[Cc]hief|[Pp]resident|[Vv]ice[- ][Pp]resident|[Ss]upremo|(?:[Cc]o-)?[Ff]ounder|[Pp]atriarch|[Ss]pokes(?:person|man|woman)|[Ss]ecretary|[Cc]andidate|[Nn]ominee|[Mm]inister|[Ll]egislator|[Ll]awmaker|[Pp]arliamentarian|[Mm]ember|[Ii]deologue|[Hh]eavyweight|[Ss]trongman|[Ii]con|[Cc]onvener|[Cc]hairperson)`,
};

/** A section's qualifier patterns, each capturing a group's name as the press writes it. */
interface GroupPatterns {
  /** Each name of the section's groups, by the group's key. */
  keyOf: Map<string, string>;
  /** The qualifier written last before the name: "former Bihar CM ", "the chairman of the Finance Commission, ". */
  before: RegExp[];
  /** An appositive after the name: ", a senior BJP leader", ", the former Chief Minister of Kerala". */
  after: RegExp[];
  /** The words right after the name: " (BJP)", " of the Congress". */
  following: RegExp[];
  /** The question's role for the answer: "Bihar CM". */
  role: RegExp;
}
let groupPatterns: Map<Section, GroupPatterns> | undefined;

/** The patterns of each section's qualifiers, built on first use. */
function patternsOf(section: Section): GroupPatterns {
  groupPatterns ??= new Map();
  const built = groupPatterns.get(section);
  if (built) return built;
  const keyOf = new Map<string, string>();
  for (const [key, group] of groupsOf(section)) for (const n of group.names) keyOf.set(n, key);
  // The longest name first: "Trinamool Congress" is no "Congress".
  const names = [...keyOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const group = `(${names.join("|")})(?![\\w(])`;
  const role = GROUP_ROLE[section];
  const patterns: GroupPatterns = {
    keyOf,
    before: [
      new RegExp(`(?<![\\w-])${group}(?:['’]s)?\\s+${MODIFIERS}${role}${LISTED}\\s*,?\\s*$`),
      new RegExp(`(?<![\\w-])${role}\\s+of\\s+(?:the\\s+)?${ORDINAL}${group}\\s*,?\\s*$`),
      // "Congress's X", "the BJP's X": a party's, with no role said.
      ...(section === "parties" ? [new RegExp(`(?<![\\w-])${group}['’]s\\s+$`)] : []),
    ],
    after: [
      new RegExp(`^(?:an?\\s+|the\\s+)?${MODIFIERS}${group}(?:['’]s)?\\s+${MODIFIERS}${role}(?![\\w])`),
      new RegExp(`^(?:an?\\s+|the\\s+)?${MODIFIERS}${role}\\s+of\\s+(?:the\\s+)?${ORDINAL}${group}`),
    ],
    // "X (BJP)", "X of the Congress": a party's member.
    following:
      section === "parties"
        ? [new RegExp(`^\\s*\\(${group}\\)`), new RegExp(`^\\s+of\\s+the\\s+${group}`)]
        : [],
    role: new RegExp(`^${MODIFIERS}${group}\\s+${MODIFIERS}${role}$`),
  };
  groupPatterns.set(section, patterns);
  return patterns;
}

/**
 * Whether the words written right before a group's name leave it the group the lists name: "Senior", "Delhi" or
 * "Uttar Pradesh" (a party's state unit) do; "Indian Science" before "Congress", "US" before "Congress" and
 * "Pakistan's" before "Punjab" do not; "Kerala State" is no commission of the Union.
 */
function namesTheGroup(text: string, at: number, section: Section): boolean {
  const words =
    text
      .slice(0, at)
      .match(/(?:[A-Z][\w&.'’-]*\s+){1,2}$/)?.[0]
      .trim()
      .split(/\s+/) ?? [];
  const last = words.at(-1);
  if (last === undefined) return true;
  if (section === "chairs") return last !== "State";
  if (LEADING.test(last)) return true;
  return [words.join(" "), last].some((w) =>
    /^(?:state|union territory)$/.test(lexicon().regionKindOf(w) ?? ""),
  );
}

/**
 * The group a qualifier of the answer puts it in, as the office its class names ("Chief Minister of Bihar", "BJP
 * leader", "Chair of the Norwegian Nobel Committee"), or null. The question's role first, then the words right
 * before the name, then an appositive or a party's name after it. An office the question's role names ("Finance
 * Minister") keeps its holders; only the Chief Minister's is narrowed to a state's.
 */
function groupOf(
  role: string,
  before: string,
  after: string,
  following: string,
  roleOffice: string | null,
): { office: string; field: Field; nation: Nation; former: boolean } | null {
  const sections = SECTIONS.filter((section) =>
    section === "chiefMinisters"
      ? roleOffice === null || roleOffice === "Chief Minister"
      : roleOffice === null,
  );
  const tail = before.slice(-160);
  const texts: [text: string, patterns: (p: GroupPatterns) => RegExp[]][] = [
    [role, (p) => [p.role]],
    [tail, (p) => p.before],
    [after, (p) => p.after],
    [following.slice(0, 60), (p) => p.following],
  ];
  for (const [text, patterns] of texts) {
    if (!text) continue;
    for (const section of sections) {
      const p = patternsOf(section);
      for (const pattern of patterns(p)) {
        const m = text.match(pattern);
        const name = m?.slice(1).find((g) => g !== undefined);
        const key = name ? p.keyOf.get(name) : undefined;
        if (!m || !name || key === undefined) continue;
        if (!namesTheGroup(text, (m.index ?? 0) + m[0].indexOf(name), section)) continue;
        const nation = section === "chairs" ? (PEOPLE.chairs[key]?.nation ?? "world") : "india";
        // The question's role leaves out "former" ("Bihar CM"), which the sentence writes next to the name.
        const at = m.index ?? 0;
        const near = [
          text.slice(Math.max(0, at - 12), at + m[0].length),
          tail.slice(-30),
          after.slice(0, 30),
        ];
        return {
          office: GROUP_OFFICE[section](key),
          field: section === "chairs" ? "official" : "politician",
          nation,
          former: near.some((words) => FORMER.test(words)),
        };
      }
    }
  }
  return null;
}

/** The short forms and names of the bodies of many nations (groupings, intergovernmental bodies, lenders). */
let internationalBodies: RegExp | undefined;

/**
 * Whether the text names an international body the lexicon lists: a grouping, alliance, bloc or forum, or an
 * intergovernmental body or lender of no one nation.
 * @example internationalBodyIn("SCO Secretary General") // true
 */
export function internationalBodyIn(text: string): boolean {
  internationalBodies ??= new RegExp(
    `\\b(?:${lexicon()
      .organisations.filter(
        (o) =>
          o.nation === undefined &&
          (["grouping", "alliance", "bloc", "forum"].includes(o.class) ||
            ["intergovernmental", "lender"].includes(o.field ?? "")),
      )
      .flatMap((o) => [o.name, o.short])
      .filter((n): n is string => Boolean(n) && n.length >= 2)
      .map(escapeRegex)
      .join("|")})\\b`,
  );
  return internationalBodies.test(text);
}

/** The Indian offices the curated lists hold a person in, in the lists' order. */
let officesIndex: Map<string, string[]> | undefined;

/**
 * Of the Indian offices a person held, the one whose portfolio (its words before "Minister") the sentence names;
 * undefined when they held one office or the sentence names none of theirs.
 * @example cuedOffice("Pranab Mukherjee", "Mukherjee chaired the Defence Acquisition Council.") // "Defence Minister"
 */
export function cuedOffice(name: string, sentence: string): string | undefined {
  if (!officesIndex) {
    officesIndex = new Map();
    for (const [office, names] of Object.entries(ROLES))
      for (const n of names) officesIndex.set(normKey(n), [...(officesIndex.get(normKey(n)) ?? []), office]);
  }
  const held = officesIndex.get(normKey(name)) ?? [];
  if (held.length < 2) return undefined;
  return held.find((office) => {
    const portfolio = office.match(/^(.+?)\s+Minister$/)?.[1];
    return portfolio !== undefined && new RegExp(`\\b${escapeRegex(portfolio)}\\b`).test(sentence);
  });
}

/**
 * What a person answer is, from the role the question gives it and the words just before and after the name in
 * its sentence: "Australian Prime Minister X" is a foreign politician, "shooter X" an athlete.
 * @example personClass("Mara Lind", "person:Prime Minister", "Valdorian Prime Minister Mara Lind spoke.") // { field: "politician", nation: "world", office: "Prime Minister" }
 */
export function personClass(
  name: string,
  category: string,
  sentence: string,
  fallback: Nation | null = null,
  surface = name,
): PersonClass {
  const key = `${name}\u0000${category}\u0000${sentence}\u0000${fallback}\u0000${surface}`;
  const known = classes.get(key);
  if (known) return known;
  const cls = classify(name, category, sentence, fallback, surface);
  if (classes.size >= 20_000) classes.clear();
  classes.set(key, cls);
  return cls;
}
/** Classes already worked out: the pools and each question's options ask about the same people. */
const classes = new Map<string, PersonClass>();

function classify(
  name: string,
  category: string,
  sentence: string,
  fallback: Nation | null,
  surface: string,
): PersonClass {
  const role = category.startsWith("person:") ? category.slice("person:".length) : "";
  // The sentence may write only the surname ("Singh exuded confidence"); the full name says who it is.
  // The name as the sentence writes it: in full, as the question's surface, or by surname alone.
  const written =
    [name, surface, name.split(/\s+/).at(-1) ?? name].find((w) => sentence.includes(w)) ?? surface;
  const at = sentence.indexOf(written);
  // The clause around the name: up to six words before it and an appositive after it (", the Finance Minister").
  const segments = at >= 0 ? sentence.slice(0, at).split(/[,;:(]/) : [];
  // "Governor of the Bank, X": a name after a comma takes the role before it.
  const previous = (segments.at(-2) ?? "").split(/\s+/).slice(-5).join(" ");
  const clause = segments.at(-1)?.trim() || (fieldOf(previous) ? previous : "");
  // "Governor X invited Y": a title before another person's name and verb is that person's, not Y's.
  const before = clause
    .split(/\s+/)
    .slice(-7)
    .join(" ")
    .replace(
      /^.*\b(?:Governor|Minister|President|Chief|Secretary|Commissioner|Justice|Chairman|Chairperson|Speaker)\s+(?:[A-Z][\w.-]*\s+)+(?=[a-z])/,
      "",
    );
  // An appositive after the name (", the Finance Minister"), never the next name of a list ("and former CJI Y").
  const appositive =
    at >= 0 ? (sentence.slice(at + written.length).match(/^,\s+(?:the\s+)?([^,;.]{0,60})/)?.[1] ?? "") : "";
  // "A, B and agronomist C": what follows a name of a list is the next name, not what this one is.
  const after = /^(?:[A-Z][\w.'-]*\s+){1,3}(?:and\b|&)|^(?:[A-Z][\w.'-]*\s*){2,4}$/.test(appositive)
    ? ""
    : appositive;
  const near = `${role} ${before} ${after}`;
  const known = curatedMember(name);
  // Last, what the sentence says of its subject ("X, known as Y, was the ninth Prime Minister").
  // "Justice X is the 52nd Chief Justice of the Y High Court": a title alone before the subject's name counts as
  // nothing before it; what it is said to be ends before the next agent ("by Governor Y").
  const titled = /^(?:Justice|Dr\.?|Prof\.?|Shri|Smt\.?)\s+$/.test(sentence.slice(0, Math.max(0, at)));
  const rest = at === 0 ? sentence : titled ? (sentence.split(/\s+by\s+/)[0] ?? "") : "";
  const said =
    fieldOf(`${role} ${before}`) ?? fieldOf(after) ?? known?.field ?? fieldOf(rest) ?? sportOf(sentence);
  // "issued by the President was read out by Chief Secretary X": the title right before the name is the person's,
  // and another office further back is someone else's.
  const title = before.match(
    /(?:^|\s)((?:[A-Z][\w.-]*\s+){0,3}(?:Secretary|Commissioner|Director|Registrar|Collector|Officer|Mayor|Chancellor|Ambassador|Envoy))\s*$/,
  )?.[1];
  const writtenOffice = officeOf(role) ?? officeOf(title ?? before);
  // "Rajnath Singh arrived to attend the Defence Ministers' meeting": of the offices a person held, the one whose
  // portfolio the sentence names, before the first the list gives (former Home Ministers were offered).
  const cued = writtenOffice ? undefined : cuedOffice(name, sentence);
  const office = writtenOffice ?? cued ?? known?.office ?? officeOf(rest);
  // "Chandrasekhar succeeds Sanjay Malhotra": a person the curated list holds in the office is that office's
  // holder, and the list's Governors are the central bank's (blind reading 9 offered state Governors).
  const fromList = known?.office !== undefined && office === known.office;
  // A Governor of the Reserve Bank is the Indian office the list holds; a state's Governor is not.
  const indianGovernor = office !== "Governor" || /\b(?:RBI|Reserve Bank)\b/.test(sentence) || fromList;
  // "X became the first Pakistani athlete to ...": what the subject is said to be names its country.
  const predicate =
    at === 0
      ? (sentence
          .slice(written.length)
          .match(
            /^\s+(?:became|becomes|is|was|,)\s+(?:the|a|an)\s+(?:(?:first|only|second|third|youngest|oldest)\s+)?([A-Z][a-z]+)\b/,
          )?.[1] ?? "")
      : "";
  // "by Ola Berg of Norway": the country after the name is the person's.
  const of =
    at >= 0
      ? (sentence.slice(at + written.length).match(/^\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/)?.[1] ?? "")
      : "";
  // "X, Governor of Central Bank of Sri Lanka,": the country of the office in the appositive.
  const ofOffice = officeOf(after) ? (lexicon().countriesIn(after).at(-1)?.name ?? "") : "";
  // "..., while the Japanese side was represented by Defence Minister X": the side a clause names is X's.
  // It decides when no other country is named between it and the name.
  const upTo = sentence.slice(0, Math.max(0, at));
  const side = [...upTo.matchAll(/\b[Tt]he\s+([A-Z][a-z]+)\s+(?:side|delegation|team|contingent)\b/g)].at(-1);
  const sideCountry = side?.[1] ? lexicon().country(side[1]) : undefined;
  const sideNation =
    sideCountry &&
    lexicon().countriesIn(upTo.slice((side?.index ?? 0) + (side?.[0].length ?? 0))).length === 0
      ? sideCountry.code === "IN"
        ? "india"
        : "world"
      : undefined;
  // "SCO Secretary General X": the official of an international body the words before the name give is one of
  // the world's, not of the story's country.
  // "SEBI Chairperson X": an office no other country has is India's when nothing else says whose.
  const found =
    sideNation ??
    nationOf(`${predicate} ${before} ${of} ${ofOffice}`.trim(), near, sentence, known?.nation) ??
    (internationalBodyIn(before) ? "world" : portfolio(office)?.indian ? "india" : null);
  const nation = found ?? fallback;
  // An office `portfolios` lists is India's: another country's Attorney General or Culture Minister keeps the class
  // it had without the lists. India's takes the field the list gives ("Attorney General X" is an official).
  const listed = portfolio(office);
  const kept = listed && nation !== "india" ? null : office;
  const field =
    (listed && kept !== null && office === writtenOffice ? portfolioField(listed) : undefined) ?? said;
  // "former Bihar CM X", "BJP stalwart X", "Norwegian Nobel Committee Chair X": the state, party or body the words
  // next to the name give has curated people of its own, nearer the answer than the field's (blind reading: a
  // Congress leader offered for a BJP stalwart, Union ministers for a former Bihar CM). A group of India's is not a
  // foreign person's: "Pakistan's Punjab CM" is no Chief Minister of India's Punjab.
  const following = at >= 0 ? sentence.slice(at + written.length) : "";
  const group = groupOf(role, upTo, after, following, officeOf(role));
  if (group && (group.nation === "world" || found !== "world"))
    return { ...group, former: group.former || goneBy(name) !== undefined, guessed: false };
  // "The World Bank is headed by President X": an international body's President is one of the world's
  // officials, never a head of state.
  if (found === "world" && INTERNATIONAL_BODY.test(before) && kept !== null)
    return { field: "official", nation, office: null, guessed: false };
  // "AICF president X", "NDB President X", "Harbour Tennis Association president X": a body's president, written
  // after its acronym or its name, is its official, never a head of state.
  if (office === "President" && BODY_PRESIDENT.test(before))
    return { field: "official", nation, office: null, guessed: !found };
  // "The ship, commanded by Captain X,": a ship's captain is a naval officer, never a team's.
  if (
    /\bCaptain\s+$/.test(sentence.slice(0, Math.max(0, at))) &&
    /\b(?:INS|ship|frigate|destroyer|corvette|submarine|vessel|carrier|Navy|naval)\b/.test(sentence)
  )
    return { field: "military", nation, office: "Navy Officer", guessed: !found };
  // "Governor X invited Y to form the government": with no bank in sight, an Indian report's Governor is a
  // state's, offered other states' Governors (never central bankers, nor the Union's officials).
  if (
    office === "Governor" &&
    !fromList &&
    !/\b(?:Bank|RBI|[Cc]entral bank|[Mm]onetary)\b/.test(sentence) &&
    (nation === "india" || !found)
  )
    return { field: "politician", nation: "india", office: "State Governor", guessed: !found };
  if (field === "laureate" && /\bPeace\s+Prize\b/.test(sentence))
    return { field, nation, office: "Peace", guessed: !found };
  return { field, nation, office: nation === "india" && !indianGovernor ? null : kept, guessed: !found };
}

/** India's name of an office, as other countries name it. */
const WORLD_OFFICE: Record<string, string> = { "External Affairs Minister": "Foreign Minister" };

/**
 * The curated holders, of any country, of another country's office ("Defence Minister"): empty where there is no
 * list of that office.
 * @example worldOfficeHolders("External Affairs Minister") // the curated foreign ministers
 */
export function worldOfficeHolders(office: string): string[] {
  return lexicon().distractors[`person:${WORLD_OFFICE[office] ?? office}`] ?? [];
}

/** International bodies, whose heads are the world's officials. */
const INTERNATIONAL_BODY =
  /\b(?:United Nations|WHO|World Health Organi[sz]ation|IMF|International Monetary Fund|World Bank|WTO|World Trade Organi[sz]ation|IAEA|UNESCO|UNICEF|FAO|ILO|NATO|Interpol|OPEC|WEF|World Economic Forum|European Union|EU|Asian Development Bank|New Development Bank)\b/;

function nationOf(before: string, near: string, sentence: string, known: Nation | undefined): Nation | null {
  // A demonym or country right before the role ("Australian Prime Minister", "Chile Governor") decides.
  const lex = lexicon();
  for (const word of before.match(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:'s)?/g) ?? []) {
    const country = lex.country(word.replace(/'s$/, "")) ?? lex.country(word.split(/\s+/)[0] ?? "");
    if (country) return country.code === "IN" ? "india" : "world";
  }
  if (/\bUS\b|\bUK\b|\bUN\b/.test(before)) return "world";
  // "WHO Director-General X", "IMF chief X": an international body's head is of the world's officials.
  if (INTERNATIONAL_BODY.test(before)) return "world";
  if (INDIAN_MARKERS.test(near)) return "india";
  // "The RBI's panel, headed by Governor X": the Governor of a sentence about India's central bank is its own.
  if (/\bGovernor\b/.test(near) && /\b(?:RBI|Reserve Bank of India)\b/.test(sentence)) return "india";
  if (known) return known;
  if (/\bIndia|Indian\b/.test(sentence)) return "india";
  // "Former Prime Minister X died at a hospital in New Delhi": where it happened, an Indian city or state, says
  // whose office it was when the sentence says no more.
  for (const m of sentence.matchAll(/\b(?:in|at|from)\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)/g)) {
    const place = m[1] ?? "";
    if (countryOfCity(place) === "IN" || lex.regionKindOf(place) === "state") return "india";
  }
  return null;
}

/** Two classes match when field and nationality agree; an unknown field or nationality matches nothing. */
export function sameClass(a: PersonClass, b: PersonClass): boolean {
  return a.field !== null && a.nation !== null && a.field === b.field && a.nation === b.nation;
}

/**
 * Curated people of the class, holders of the named office first: a party's leaders for "BJP leader", a state's
 * Chief Ministers for "Chief Minister of Bihar", a committee's chairs for "Chair of the Norwegian Nobel Committee".
 * @example curatedPeople({ field: "judge", nation: "india", office: "Chief Justice" }) // ["...", ...]
 */
export function curatedPeople(cls: PersonClass): string[] {
  if (!cls.nation || !cls.field) return [];
  const out: string[] = [];
  // A Peace laureate is offered Peace laureates; any other Nobel, the economists the list holds.
  if (cls.field === "laureate")
    return lexicon().distractors[cls.office === "Peace" ? "person:laureate:peace" : "person:laureate"] ?? [];
  // A party's leaders, a state's Chief Ministers or a body's chairs, of any nation; else an Indian office's holders.
  const group = cls.office ? groupPeople().get(cls.office) : undefined;
  // Today's leader or a sitting holder is offered the group's living, then (a state's) the other states' heads.
  if (group)
    out.push(
      ...(cls.former ? group.people : group.people.filter((n) => diedIn(n) === undefined)),
      ...group.fallback,
    );
  else if (cls.nation === "india" && cls.office) out.push(...(ROLES[cls.office] ?? []));
  const fields = cls.nation === "india" ? PEOPLE.india.fields : PEOPLE.world.fields;
  out.push(...(fields[cls.field] ?? []));
  if (cls.nation === "world" && cls.office) {
    // Another country's External Affairs Minister is its Foreign Minister, and is offered foreign ministers.
    out.unshift(...worldOfficeHolders(cls.office));
  }
  return out;
}

/**
 * The year a curated person died in, or undefined for the living and for anyone the data does not list.
 * @example diedIn("Homi J Bhabha") // 1966
 */
export function diedIn(name: string): number | undefined {
  const year = PEOPLE.died[asCurated(name, false)];
  return typeof year === "number" ? year : undefined;
}

/**
 * How many years from `year` the curated holder of an office was last or next in it: 0 within a term, undefined
 * for a person or an office the data holds no terms of.
 * @example yearsFromTerm("Prime Minister", "Indira Gandhi", 1973) // 0
 */
export function yearsFromTerm(office: string, name: string, year: number): number | undefined {
  const holders = PEOPLE.terms[office];
  if (!holders || typeof holders === "string") return undefined;
  const spans = holders[asCurated(name, false)];
  if (!spans) return undefined;
  return Math.min(
    ...spans.map(([from, to]) => (year < from ? from - year : to !== null && year > to ? year - to : 0)),
  );
}

/**
 * The year a curated player first played at the top level, or undefined for anyone the data does not list.
 * @example debutOf("Sachin Tendulkar") // 1989
 */
export function debutOf(name: string): number | undefined {
  const year = PEOPLE.debut[asCurated(name, false)];
  return typeof year === "number" ? year : undefined;
}

/**
 * The year a curated person left public life: died, or for a player, last played at the top level. Undefined for
 * the active and for anyone the data does not list.
 * @example goneBy("Usain Bolt") // 2017
 */
export function goneBy(name: string): number | undefined {
  // Asked of every person of a pool for every question offered from it: each name is looked up once.
  return remembered(goneYears, name, () => {
    // "Pamulaparti Venkata Narasimha Rao" is the curated "P V Narasimha Rao".
    const key = asCurated(name, true);
    const years = [PEOPLE.died[key], PEOPLE.retired[key]].filter((y): y is number => typeof y === "number");
    return years.length ? Math.min(...years) : undefined;
  });
}
const goneYears = new Map<string, number | undefined>();

/**
 * The curated person a name is: the name itself when the lists hold it ("Murli Manohar Joshi" is not "Manohar
 * Joshi" written out), else the curated spelling of a misspelt name and, where `shortForm`, of one written out.
 */
function asCurated(name: string, shortForm: boolean): string {
  if (CURATED.size === 0) for (const n of curatedNames()) CURATED.add(n);
  if (CURATED.has(name)) return name;
  return curatedSpelling(name) ?? (shortForm ? curatedShortForm(name) : undefined) ?? name;
}

/**
 * Whether the curated holders of an Indian office, or the curated people of a group ("BJP leader"), include the
 * person, however fully named ("Deve Gowda" is "H D Deve Gowda"; "Shri Chandra Shekhar" is "Chandra Shekhar").
 * @example heldOffice("Deve Gowda", "Prime Minister") // true
 */
export function heldOffice(name: string, office: string): boolean {
  const key = normKey(name);
  if (key.split(" ").length < 2) return false;
  return holdersOf(office).some((n) => {
    const held = normKey(n);
    return held === key || held.endsWith(` ${key}`) || key.endsWith(` ${held}`);
  });
}

/** The curated class of a name, for a peer the batch never typed. */
export function knownClass(name: string): PersonClass | null {
  const known = curatedMember(name);
  return known ? { field: known.field, nation: known.nation, office: known.office } : null;
}

/** Curated names by the key of their surname, each with its own key, in the data's order. */
let bySurname: Map<string, { name: string; key: string }[]> | undefined;
/** Every entry of `bySurname`, surname by surname: the names a misspelling may be of. */
let allCurated: { name: string; key: string }[] = [];
/** What `curatedSpelling` said of each name so far: every article names its people many times. */
const spellings = new Map<string, string | undefined>();

/**
 * The curated spelling of a person the article misspells ("Pranob Mukherjee" -> "Pranab Mukherjee", "Ola
 * Bergh" -> "Ola Berg"): a curated name of as many words one or two letters off; undefined when there
 * is none, or the name is already spelt as curated.
 * @example curatedSpelling("Pranob Mukherjee") // "Pranab Mukherjee"
 */
export function curatedSpelling(name: string): string | undefined {
  if (spellings.has(name)) return spellings.get(name);
  const spelling = findCuratedSpelling(name);
  if (spellings.size > 20_000) spellings.clear();
  spellings.set(name, spelling);
  return spelling;
}

/**
 * The text with each of the story's people it names in full spelt as curated, as their keys and options are: an
 * exam paper does not print the article's "Pranob Mukherjee" beside an option "Pranab Mukherjee".
 * @example withCuratedSpellings("President Pranob Mukherjee opened it.", ["Pranob Mukherjee"]) // "President Pranab Mukherjee opened it."
 */
export function withCuratedSpellings(text: string, people: Iterable<string>): string {
  let out = text;
  for (const name of people) {
    if (!/\s/.test(name) || !out.includes(name)) continue;
    const spelt = curatedSpelling(name);
    if (spelt && spelt !== name)
      out = out.replace(new RegExp(`(?<![\\w-])${escapeRegex(name)}(?![\\w-])`, "g"), spelt);
  }
  return out;
}

/** The curated names by the key of their surname, built on first use. */
function curatedBySurname(): Map<string, { name: string; key: string }[]> {
  if (!bySurname) {
    bySurname = new Map();
    const all = [
      ...Object.values(PEOPLE.india.roles).flat(),
      ...Object.values(PEOPLE.india.fields).flat(),
      ...Object.values(PEOPLE.world.fields).flat(),
      ...[...PORTFOLIOS.values()].flatMap((p) => p.people),
    ];
    for (const n of all) {
      const key = normKey(n);
      const last = key.split(" ").at(-1) ?? "";
      const same = bySurname.get(last) ?? [];
      if (!same.some((x) => x.name === n)) bySurname.set(last, [...same, { name: n, key }]);
    }
    allCurated = [...bySurname.values()].flat();
  }
  return bySurname;
}

/**
 * Whether two name keys end in different surnames that only add or drop letters at their end: "R Venkataramani" is
 * not a misspelt "R Venkataraman" (the Attorney General was keyed, then classed, as a former President).
 * @example otherSurname("r venkataraman", "r venkataramani") // true
 */
function otherSurname(a: string, b: string): boolean {
  // The surnames (after the last space) compared in place, with no strings cut out: this runs once per curated
  // name for every new name looked up. Two surnames of one length are the same or neither starts the other.
  const x = a.lastIndexOf(" ") + 1;
  const y = b.lastIndexOf(" ") + 1;
  const xLength = a.length - x;
  const yLength = b.length - y;
  if (xLength === yLength) return false;
  const shorter = Math.min(xLength, yLength);
  for (let k = 0; k < shorter; k++) if (a.charCodeAt(x + k) !== b.charCodeAt(y + k)) return false;
  return true;
}

function findCuratedSpelling(name: string): string | undefined {
  const key = normKey(name);
  const words = key.split(" ");
  if (words.length < 2) return undefined;
  const same = curatedBySurname().get(words.at(-1) ?? "") ?? [];
  if (same.some((n) => n.key === key)) return undefined;
  // The same surname first; else any curated name a letter or two off ("Bergh" for "Berg"). Only names of
  // about the same length and first letter can be a letter or two off: skip the rest unread.
  const near = (n: { key: string }) =>
    n.key[0] === key[0] &&
    Math.abs(n.key.length - key.length) <= 2 &&
    n.key.split(" ").length === words.length;
  const misspelling = (n: { key: string }) =>
    near(n) && n.key !== key && !otherSurname(n.key, key) && similarKeys(n.key, key);
  return (same.find(misspelling) ?? allCurated.find(misspelling))?.name;
}

/**
 * The curated short form of a name the article writes out ("Haradanahalli Doddegowda Deve Gowda" -> "H D Deve
 * Gowda"): the same surname, and each curated word the same word or its initial; undefined when there is none, or
 * more than one.
 * @example curatedShortForm("Haradanahalli Doddegowda Deve Gowda") // "H D Deve Gowda"
 */
export function curatedShortForm(name: string): string | undefined {
  return remembered(shortForms, name, () => uncachedShortForm(name));
}
/** Short forms by the name looked up: every option set asks of its names again. */
const shortForms = new Map<string, string | undefined>();

function uncachedShortForm(name: string): string | undefined {
  const key = normKey(name);
  const words = key.split(" ");
  const writtenOut = (n: { key: string }) => {
    const curated = n.key.split(" ");
    if (curated.length < 2 || n.key === key) return false;
    // Word by word from the surname back: the same word, or its initial ("P V" for "Pamulaparti Venkata").
    const tail = words.slice(-curated.length);
    const same = curated.every((w, i) => w === tail[i] || (w.length === 1 && tail[i]?.startsWith(w)));
    return same && (curated.length < words.length || curated.some((w) => w.length === 1));
  };
  const fuller = (curatedBySurname().get(words.at(-1) ?? "") ?? []).filter(writtenOut);
  return fuller.length === 1 ? fuller[0]?.name : undefined;
}

/**
 * The form a person's key takes among its options: a name written out in full ("Pamulaparti Venkata Narasimha
 * Rao") among distractors in their usual short forms stands out by its length alone (blind reading 24), so the
 * key takes the curated short form ("P V Narasimha Rao") when that is nearer the other options' length.
 * @example keyAsWritten("Haradanahalli Doddegowda Deve Gowda", [..., "Charan Singh", "I K Gujral"]) // "H D Deve Gowda"
 */
export function keyAsWritten(answer: string, options: string[]): string {
  const short = curatedShortForm(answer);
  const others = options.filter((o) => o !== answer).map((o) => o.length);
  if (!short || others.length === 0 || options.some((o) => normKey(o) === normKey(short))) return answer;
  const typical = [...others].sort((a, b) => a - b)[Math.floor(others.length / 2)] as number;
  return Math.abs(short.length - typical) < Math.abs(answer.length - typical) ? short : answer;
}
