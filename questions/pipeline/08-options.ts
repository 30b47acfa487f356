/** Stage 8: three distractors of the answer's fine class, from the story and corpus first, then curated data; none is better than an absurd one. */
import siblingsData from "../data/siblings.json" with { type: "json" };
import { type Country, lexicon } from "../lexicon";
import { escapeRegex, normKey, seededRandom, similarName } from "../text";
import type { Candidate } from "./06-facts";
import { citiesOf, classOfName, countryOfCity, isKnownCity } from "./facts/spans";
import {
  boundOf,
  figureValue,
  nearbyBasisPoints,
  nearbyDates,
  nearbyNumbers,
  nearbyOrdinals,
  rankOf,
} from "./options/figures";
import {
  curatedPeople,
  debutOf,
  eventFilter,
  goneBy,
  heldOffice,
  knownClass,
  listedPortfolio,
  type PersonClass,
  personClass,
  pronounFilter,
  sameClass,
  worldOfficeHolders,
  yearsFromTerm,
} from "./options/people";

export interface Pools {
  /** Answers of the whole batch, by category ("person:Defence Minister", "city", "thing:weapon"). */
  byCategory: Map<string, string[]>;
  /** The people of the batch with their field and nationality, by normalised name. */
  people: Map<string, { name: string; cls: PersonClass }>;
  /** The country of each place answer of the batch, by normalised name. */
  placeCountry: Map<string, string>;
  /** The finest class noun any sentence gives a named thing of the batch ("submarine"), by normalised name. */
  nounOf: Map<string, string>;
  /** Whose event ("women", "men") any question of the batch puts a person in, by normalised name. */
  eventOf: Map<string, "women" | "men">;
}

interface SiblingSet {
  category: string;
  cue?: string;
  names: string[];
}
const SIBLINGS: SiblingSet[] = siblingsData.sets;

/**
 * The nationality of a person whose sentence gives no sign of one (no demonym, country or Indian office before the
 * name): the exams are Indian, and a foreign figure in Indian news is almost always introduced by country.
 */
const HOME = "india";

/**
 * Categories whose curated list fits only an answer that says its class: a test flight the sentence calls a
 * "mission" is no scheme like "Digital India", and a word the sentence calls a body is not an organisation.
 */
const LOOSE_CATEGORIES = new Set(["programme", "initiative", "body", "organisation", "event"]);

/** A name that says it is an award's: "Harbour Prize", "Tide Medal", "Orca Ratna". */
const AWARD_NAME =
  /\b(?:Prize|Award|Awards|Medal|Puraskar|Puraskaar|Ratna|Chakra|Bhushan|Vibhushan|Shri|Samman|Trophy|Cup|Honour|Order)\b/;

/** A government scheme's class noun, in English or Hindi: "the X scheme", "PM Y Yojana". */
const SCHEME_NOUN = /^(?:scheme|programme|program|yojana|yojna|abhiyan|abhiyaan)$/;

/** Class nouns a sentence writes after a name that say it is of the loose category's kind ("the X scheme"). */
const LOOSE_NOUNS: Record<string, RegExp> = {
  programme: SCHEME_NOUN,
  initiative: /^initiative$/,
};

const ORG_CATEGORIES = new Set([
  "body",
  "organisation",
  "grouping",
  "alliance",
  "bank",
  "company",
  "institution",
  "ministry",
]);

/** Sports whose athletes have a curated list of their own, by the words that name them in a sentence. */
const SPORTS: [RegExp, string][] = [
  [/\b(?:javelin|throws?|thrower)\b/i, "javelin"],
  [/\b(?:100m|200m|100 metres|200 metres|sprint|sprinter)\b/i, "sprint"],
  // "the women's 57kg freestyle final" of a wrestling report is wrestling's freestyle, not swimming's.
  [/\b(?:wrestler|wrestling)\b/i, "wrestling"],
  [/\b(?:swimming|swimmer|freestyle|butterfly|backstroke|breaststroke)\b/i, "swimming"],
  [/\b(?:shooter|shooting|air pistol|air rifle)\b/i, "shooting"],
  [/\b(?:boxer|boxing)\b/i, "boxing"],
  // "the Super 750 event", "BWF": the world tour's grades and body are badminton's alone.
  [
    /\b(?:shuttler|badminton|BWF|Super\s+(?:100|300|500|750|1000)|All England|Thomas Cup|Uber Cup|Sudirman Cup)\b/i,
    "badminton",
  ],
  [/\b(?:weightlifter|weightlifting)\b/i, "weightlifting"],
  // A women's final is offered women players; one that does not say so, men.
  [/\bwomen's\s+(?:singles|doubles|final|title|champion)|\bWTA\b/i, "tennis-women"],
  [
    /\b(?:tennis|singles|Grand Slam|Wimbledon|US Open|French Open|Roland Garros|Australian Open|ATP)\b/,
    "tennis",
  ],
  [/\b(?:chess|grandmaster|Candidates tournament|FIDE)\b/i, "chess"],
  [/\b(?:hockey|FIH|penalty corners?|drag-flick(?:er)?)\b/i, "hockey"],
];

/** Words only a cricket report writes. */
const CRICKET =
  /\b(?:cricket|wickets?|half-century|century|T20|ODI|Test match|innings|off \d+ balls|overs?)\b/i;

/** Sports with no curated list, named by a sentence that then is about an athlete of that sport. */
const OTHER_SPORT =
  /\b(?:football(?:er)?|golf(?:er)?|arch(?:er|ery)|cycl(?:ist|ing)|gymnast(?:ics)?|squash|table tennis|kabaddi)\b/i;

/** The story's sport when it is one with no curated list (hockey, football). */
const OTHER = "other sport";

/** Words only tennis writes. */
const TENNIS_OWN =
  /\b(?:tennis|Wimbledon|Grand Slam|US Open|French Open|Roland Garros|Australian Open|ATP|WTA)\b/;

/**
 * The sport a story's sentences name most, for the options of an athlete a sentence names without it; undefined
 * when they name none, or two as often.
 */
export function storySport(sentences: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const text of sentences) {
    // "singles", "doubles", "the women's final": words tennis shares with badminton say no sport of their own.
    for (const [pattern, sport] of SPORTS)
      if (pattern.test(text) && (!/^tennis/.test(sport) || TENNIS_OWN.test(text)))
        counts.set(sport, (counts.get(sport) ?? 0) + 1);
    // "Hockey India", "FIH": a sport with no list of its own still says the story is no cricket report.
    if (OTHER_SPORT.test(text)) counts.set(OTHER, (counts.get(OTHER) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** Words that make a stem's news India's. */
const HOME_CONTEXT = /\b(?:India|Indian|India's|Bharat|Bharatiya)\b/;

/** Names that say the answer is a sea, a bay or an ocean, whatever class the sentence gave it. */
const WATER = /\b(?:Bay|Gulf|Sea|Ocean|Strait)\b/;

/** Collects every candidate answer of the batch by category, so distractors come from the corpus first. */
export function buildPools(candidates: Candidate[]): Pools {
  const byCategory = new Map<string, string[]>();
  // Keys already in each list: a set, so building the pools stays linear in the number of candidates.
  const seen = new Map<string, Set<string>>();
  const push = (k: string, v: string) => {
    const list = byCategory.get(k) ?? [];
    const keys = seen.get(k) ?? new Set<string>();
    const key = normKey(v);
    if (!keys.has(key)) {
      keys.add(key);
      list.push(v);
    }
    byCategory.set(k, list);
    seen.set(k, keys);
  };
  const people = new Map<string, { name: string; cls: PersonClass }>();
  const placeCountry = new Map<string, string>();
  const nounOf = new Map<string, string>();
  const events = new Map<string, "women" | "men">();
  for (const c of candidates) {
    if (c.kind === "what") continue;
    push(c.category, c.answer);
    if (c.noun) {
      push(`noun:${c.noun}`, c.answer);
      if (lexicon().classDistractors[c.noun]) nounOf.set(normKey(c.answer), c.noun);
    }
    const broad = c.category.split(":")[0] ?? c.category;
    push(broad, c.answer);
    if (broad === "person") {
      // Only an event written right after the name ("won gold in the women's final"): "the women led the charge
      // after X's brief" says nothing of X.
      const written = c.surface || c.answer;
      const at = c.sentence.indexOf(written);
      const event = at >= 0 ? c.sentence.slice(at, at + 80).match(/\b(wo)?men['’]s\b/i) : null;
      if (event && !events.has(normKey(c.answer))) events.set(normKey(c.answer), event[1] ? "women" : "men");
      // A person's first mention that says who they are decides; later mentions are not read again, except
      // that one stating what a guess assumed ("Admiral X" read as the home navy's chief, then "China's Defence
      // Minister X") replaces the guess.
      const key = normKey(c.answer);
      const had = people.get(key);
      if (!had || !sameClass(had.cls, had.cls)) {
        const cls = classOfPerson(c);
        if (!had || sameClass(cls, cls)) people.set(key, { name: c.answer, cls });
      }
    }
    if (c.country && (broad === "city" || broad === "place"))
      placeCountry.set(normKey(c.answer), c.country.code);
  }
  return { byCategory, people, placeCountry, nounOf, eventOf: events };
}

/** "Which committee did ...?": the class noun a "Which" question asks by, before its verb. */
const ASKED_NOUN =
  /(?:^|, )(?:(?:By|In|At|On|From|To|With|Under|For|Through)\s+)?[Ww]hich ([a-z]+(?: (?!(?:fills|did|does|do|was|is|were|are|has|have|had|will)\b)[a-z]+)?) (?:fills|did|does|do|was|is|were|are|has|have|had|will|[a-z]{2,}ed|built|won|made|held|led|gave|took)\b/;

/**
 * The class noun a "Which <noun> ...?" question asks by, as a test for options, when the answer is named with it
 * ("Which committee ...?" for "Norwegian Harbour Committee"): every option must then carry it too. Null otherwise.
 */
function askedNoun(prompt: string, answer: string): RegExp | null {
  const noun = prompt.match(ASKED_NOUN)?.[1];
  if (!noun || noun === "name" || noun === "place" || noun === "word") return null;
  const test = new RegExp(`\\b${escapeRegex(noun)}\\b`, "i");
  return test.test(answer) ? test : null;
}

/**
 * For a bill, how another law is written as a bill: "Ruritania Data Act, 2023" is offered as "Ruritania Data
 * Bill" (or "Bill, 2023" when the answer gives its year); a law that is no Act has no bill to offer. Null when
 * the answer is no bill.
 */
function billForm(answer: string): ((law: string) => string | null) | null {
  if (!/\bBill\b(?:,\s*\d{4})?$/.test(answer)) return null;
  const year = /\d{4}$/.test(answer);
  return (law) => {
    if (/\bBill\b/.test(law)) return law;
    const act = law.match(/^(.+?)\s+Act(?:,\s*(\d{4}))?$/);
    if (!act) return /\b(?:Code|Sanhita|Adhiniyam|Constitution)\b/.test(law) ? null : law;
    return year && act[2] ? `${act[1]} Bill, ${act[2]}` : `${act[1]} Bill`;
  };
}

/** A sentence that calls a city a port: a port call, a harbour, a ship berthed there, a naval command's base. */
const PORT_CONTEXT =
  /\bports?\b|\bport call\b|\bharbou?r\b|\b(?:berthed|docked|anchored)\b|\b(?:Naval Command|naval base|[Ff]leet|[Ss]hipyard|[Dd]ockyard)\b/;

/** A question about what is yet to happen: "will be held", "is set to", "is expected to". */
const FUTURE_TENSE = /\b(?:will|shall)\b|\b(?:is|are) (?:set|due|expected|scheduled|likely) to\b/i;

/**
 * The answer and three distractors of its fine class, shuffled deterministically; [] when fewer than three
 * plausible ones exist (the question is then dropped rather than padded). Distractors never equal the answer or
 * an alias, never name a figure or name the question's sentence states, and never share a person's surname.
 * @example optionsFor(candidate, [], pools) // ["Oslo", "Bergen", "Stavanger", "Trondheim"]
 */
export function optionsFor(
  c: Candidate,
  aliases: string[],
  pools: Pools,
  /** The year of the question's article, when known: a past event is offered no year after it. */
  asOf: number | null = null,
): string[] {
  // "Which committee ...?" is offered committees where the data has three; otherwise any of the class.
  const noun = askedNoun(c.prompt, c.answer);
  const strict = noun ? pickOptions(c, aliases, pools, noun, asOf) : [];
  return strict.length ? strict : pickOptions(c, aliases, pools, null, asOf);
}

/**
 * The prompt as it may be printed beside its options: "Which committee ...?" with one committee among them
 * names the answer, so a blank asks for a "name" and a body is asked as a "body" unless two others are of the class.
 * @example printable('Which committee fills the blank in "..."?', "Harbour Committee", ["Harbour Committee", "A", "B", "C"]) // 'Which name fills the blank in "..."?'
 */
export function printable(prompt: string, answer: string, options: string[]): string {
  return withArticle(namedByClass(prompt, answer, options), options);
}

/**
 * "a(n) _____" written as the article every option takes: "an _____ increase" where the options are 8%, 11%, 18%
 * and 80%, "a _____" where all are consonant-led; "a(n)" stays only where the options differ, since the right
 * article would point at the key (blind readings 30 and 31 marked "a(n)" a drafting artefact).
 * @example withArticle('... shows a(n) _____ increase"?', ["6.5%", "5.5%", "7.5%", "9%"]) // '... shows a _____ increase"?'
 */
export function withArticle(prompt: string, options: string[]): string {
  if (!/\b[Aa]\(n\) _____/.test(prompt)) return prompt;
  const articles = new Set(options.map(articleFor));
  if (articles.size !== 1) return prompt;
  const article = [...articles][0] as string;
  return prompt.replace(/\b([Aa])\(n\) _____/g, (_all, a: string) => `${a}${article.slice(1)} _____`);
}

/** The indefinite article a word or figure takes when read aloud: "an 8%", "an 11th", "a 1,100", "an MoU". */
export function articleFor(word: string): "a" | "an" {
  const w = word.trim().replace(/^(?:Rs\.?|₹|\$|USD|INR)\s*/, "");
  // Figures: eight, eleven, eighteen and eighty-something (and their thousands) begin with a vowel sound.
  const digits = w.match(/^\d[\d,]*/)?.[0];
  if (digits) {
    const groups = digits.split(",");
    const lead = groups.length > 1 ? (groups[0] ?? "") : digits;
    return /^(?:8|11|18)$/.test(lead) || /^8\d*$/.test(lead) || (lead.length === 2 && /^8/.test(lead))
      ? "an"
      : /^(?:11|18)\d{2}$/.test(lead) && groups.length === 1
        ? "an"
        : "a";
  }
  // An initialism read letter by letter: "an MoU", "an FTA", "a UN body".
  if (/^[A-Z](?=[a-z]?[A-Z])[A-Za-z]{1,5}\b/.test(w)) return /^[AEFHILMNORSX]/.test(w) ? "an" : "a";
  if (/^(?:uni|use|usu|eu|one\b|once)/i.test(w)) return "a";
  if (/^(?:hour|honou?r|heir)/i.test(w)) return "an";
  return /^[aeiou]/i.test(w) ? "an" : "a";
}

function namedByClass(prompt: string, answer: string, options: string[]): string {
  const noun = askedNoun(prompt, answer);
  // Two distractors of the class leave the answer no odd one out.
  if (!noun || options.filter((o) => o !== answer && noun.test(o)).length >= 2) return prompt;
  const asked = /(^|, )([Ww])hich ([a-z]+(?: [a-z]+)?) (fills? the blank)/;
  if (asked.test(prompt)) return prompt.replace(asked, "$1$2hich name $4");
  // "By which centre was X built?" with one centre among the options: "By which body ...?".
  const body = prompt.replace(
    /(^|, )((?:(?:By|In|At|On|From|To|With|Under|For|Through)\s+)?[Ww])hich (committee|commission|council|board|organisation|agency|body|institution|centre|center|institute) /,
    "$1$2hich body ",
  );
  if (body !== prompt) return body;
  // "Which experiment did X complete?" with one experiment among the options: "Which of the following did X
  // complete?", as papers print it (dev reading 1: the class noun names the key).
  const phrase = prompt.match(ASKED_NOUN)?.[1];
  return phrase && noun.test(phrase)
    ? prompt.replace(
        new RegExp(
          `(^|, )((?:(?:By|In|At|On|From|To|With|Under|For|Through)\\s+)?[Ww])hich ${escapeRegex(phrase)} `,
        ),
        "$1$2hich of the following ",
      )
    : prompt;
}

/** A name's words without a plural "s": "harbour awards" and "harbour award" are one name. */
function singular(key: string): string {
  return key.replace(/(?<=[a-z]{3})s\b/g, "");
}

function pickOptions(
  c: Candidate,
  aliases: string[],
  pools: Pools,
  noun: RegExp | null,
  asOf: number | null,
): string[] {
  const taken = new Set([c.answer, ...aliases, ...(c.rivals ?? [])].map(normKey));
  const broad = c.category.split(":")[0] ?? c.category;
  const named = !["date", "number", "money", "percent", "percent pair", "ordinal", "score"].includes(broad);
  const sentenceKey = ` ${normKey(c.sentence)} `;
  const promptKey = ` ${normKey(c.prompt)} `;
  const picked: string[] = [];
  const seed = `${c.prompt}|${c.answer}`;
  const asBill = billForm(c.answer);
  const offer = (values: Iterable<string>, listed = false) => {
    for (const value of values) {
      if (picked.length >= 3) return;
      const v = asBill ? asBill(value) : value;
      if (!v) continue;
      // "Which committee ...?" with one committee among the options names the answer.
      if (noun && !noun.test(v)) continue;
      const key = normKey(v);
      if (!key || taken.has(key) || (named && overlapsAnswer(key, taken))) continue;
      // "Sahitya Akademi Awards" beside "Sahitya Akademi Award": one name, once plural.
      if (named && [...taken].some((t) => singular(t) === singular(key))) continue;
      // "Harbour Peace Prize" beside "Harbour Prize": one of the family the other names, so both are right.
      if (AWARD.test(key) && [...taken].some((t) => AWARD.test(t) && oneFamily(t, key))) continue;
      // "UN Human Rights Council" and "United Nations Human Rights Council", or "UNHRC", are one body (blind
      // reading 29).
      // "RTI Act" beside "Right to Information Act": initials and a class noun name the same Act (blind reading 14).
      if (
        named &&
        [...taken].some(
          (t) => spelledOut(t) === spelledOut(key) || isAcronymOf(v, t) || sameByInitials(t, key),
        )
      )
        continue;
      // "Ministry of Co-operation" and "Ministry of Cooperation": one name, with and without its hyphen.
      if ([...taken].some((t) => t.replace(/\s/g, "") === key.replace(/\s/g, ""))) continue;
      // "Union Home Ministry" and "Ministry of Home Affairs" are one ministry.
      const ministry = ministryOf(key);
      if (ministry && [...taken].some((t) => ministryOf(t) === ministry)) continue;
      // "Ola Bergh" beside "Ola Berg", "FM Berg" beside "Ola Berg": one person named twice.
      // Things of one family differ by a word ("Ministry of Defence", "Ministry of Finance"): only names of people
      // and places that nearly match are one name spelt twice.
      if (
        named &&
        [...taken].some(
          (t) => (broad !== "thing" && similarName(t, key)) || sameSurname(t, key, broad === "person"),
        )
      )
        continue;
      // "Rahul" among full names: a first name read alone is no one an option can name.
      if (broad === "person" && !/\s/.test(v.trim()) && /\s/.test(c.answer.trim())) continue;
      // A name or figure the source sentence also states would be a second right answer or a trick.
      if (!listed && sentenceKey.includes(` ${key} `)) continue;
      // A person the question itself names ("with Berg and ... Prime Minister ___") is no alternative.
      if (broad === "person" && (promptKey.includes(` ${key.split(" ").at(-1)} `) || namedIn(c.prompt, v)))
        continue;
      // Nor a ship or other thing it names ("Skua follows her sister ships ..., _____" offers no "INS Skua").
      if (broad !== "person" && named) {
        const core = key.replace(/^(?:ins|insv|icgs|hms|uss|mv|the)\s+/, "");
        if (core.length > 3 && promptKey.includes(` ${core} `)) continue;
      }
      taken.add(key);
      picked.push(v);
    }
  };
  // "Who was the Governor of the Central Bank of Valdoria?": the sentence's other governors hold other
  // countries' offices, which the stem rules out, where the office's own holders are known.
  // Nor is the RBI's Governor offered the other countries' governors the sentence lists with him.
  if (broad !== "person") offer(c.listed ?? [], true);
  else {
    const cls = classOfPerson(c);
    if (!officeList(c, cls)?.length)
      offer(
        (c.listed ?? []).filter((name) => {
          const other = personClass(name, c.category, c.sentence, null);
          return !cls.office || other.nation === null || other.nation === cls.nation;
        }),
        true,
      );
  }
  if (c.kind === "what") offer(c.peers ?? []);
  // A figure's options are a ladder with the answer at a place drawn from the question, never always the same.
  else if (broad === "date") {
    // "Census data was last released in _____" (April 2031): what had happened by the article's year happened in
    // no year after it.
    const year = Number(c.answer.match(/\b\d{4}\b/)?.[0] ?? Number.NaN);
    const past = !FUTURE_TENSE.test(c.prompt) && year <= (asOf ?? Number.NaN);
    // "from _____ to 2027": the stem's own span bounds the year too.
    const bound = boundOf(c.prompt);
    // "In which year was the first prototype rolled out?" of an undated article: what was done was done by a year
    // after the answer at most, never in 2029.
    const done = asOf === null && !FUTURE_TENSE.test(c.prompt) && /\b(?:was|were|did|had)\b/.test(c.prompt);
    const latest = Math.min(
      past ? (asOf as number) : done ? year + 1 : Infinity,
      (bound.below ?? Infinity) - 1,
    );
    // "is expected to come into force in _____": what is still to come comes in no year before the article's.
    const future = FUTURE_TENSE.test(c.prompt) && asOf !== null && year > asOf;
    const above = future ? Math.max(asOf as number, bound.above ?? -Infinity) : bound.above;
    // "In which year had India last won the T20 World Cup?": no option before the tournament was first held.
    const first = firstHeld(c.prompt);
    const floor = Math.max(
      above === undefined ? -Infinity : above + 1,
      first !== undefined && first <= year ? first : -Infinity,
    );
    const earliest = Number.isFinite(floor) ? floor : undefined;
    offer(
      nearbyDates(
        c.answer,
        c.category,
        rankOf(seed),
        seed,
        Number.isFinite(latest) ? latest : undefined,
        earliest,
      ),
    );
  } else if (broad === "ordinal") offer(nearbyOrdinals(c.answer, rankOf(seed), seed));
  // "an unexpectedly large _____ bps reduction": basis points written short too.
  else if (broad === "number" && /\b(?:basis points?|bps)\b/i.test(c.prompt))
    offer(nearbyBasisPoints(c.answer, rankOf(seed), seed));
  else if (broad === "number" || broad === "money" || broad === "percent")
    offer(nearbyNumbers(c.answer, boundOf(c.prompt), rankOf(seed), seed));
  // "Which Chief Minister submitted his resignation?": no woman among the options, nor a man for "her".
  // "won gold in the women's 57kg category": a women's event is offered women, a men's event men.
  else if (broad === "person")
    offer(
      [...activeAt(peopleLike(c, pools), c, asOf)]
        .filter(pronounFilter(c.prompt))
        .filter(
          eventFilter(c.prompt, c.sentence, c.surface || c.answer, pools.eventOf.get(normKey(c.answer))),
        ),
    );
  else if (WATER.test(c.answer)) offer(siblingsOf(c.answer, "water body", c.sentence));
  else if (
    broad === "country pair" ||
    broad === "city pair" ||
    broad === "state pair" ||
    broad === "venue pair"
  )
    offer(unorderedOnce(pairsLike(c, pools), c.answer));
  else if (broad === "thing pair") offer(thingPairs(c, pools));
  else if (broad === "percent pair") {
    offer(pairsOfRates(c.answer, pools));
    offer(nearbyPairs(c.answer));
  } else if (broad === "score") offer(nearbyScores(c.answer));
  else if (broad === "city" || broad === "country" || broad === "state" || c.category === "place") {
    // A side of a cricket match is offered cricket nations, never its neighbours ("Bhutan" in a final).
    if (broad === "country") {
      offer(fellowMembers(c));
      // The question's setting cues the sport too ("With reference to the FIH Hockey Pro League, ...").
      offer(siblingsOf(c.answer, "country", `${c.sentence} ${c.prompt}`));
    }
    // A port for a ship's commissioning, a cricket city for a final: the sentence's cue picks the set.
    // A place the data does not know as a city is offered a cued set too ("the spaceport in _____").
    if (broad === "city" || c.category === "place")
      offer(nearFirst(siblingsOf(c.answer, "city", `${c.sentence} ${c.prompt}`), c.answer));
    offer(places(c, pools));
  } else if (broad === "region") offer(regionsNear(c, c.category.split(":")[1] ?? ""));
  else if (c.category === "thing:article") offer(articlesNear(c.answer));
  else if (broad === "thing") offer(thingsLike(c, aliases, pools));
  else if (c.category === "place:venue") offer(siblingsOf(c.answer, "venue", c.sentence, aliases));
  // A reservoir, a tiger reserve, a bird sanctuary: other places of that class.
  else if (broad === "place") offer(ofClassNoun(c, pools));
  if (picked.length < 3) return [];
  const options = [c.answer, ...picked];
  // Figures and dates are printed in order, as a paper prints them; the ladder already put the answer anywhere.
  const values = named ? [] : options.map(figureValue);
  if (values.length === 4 && values.every((v) => v !== null))
    return options
      .map((o, i) => ({ o, v: values[i] as number }))
      .sort((a, b) => a.v - b.v)
      .map(({ o }) => o);
  const random = seededRandom(seed);
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [options[i], options[j]] = [options[j] as string, options[i] as string];
  }
  return options;
}

/**
 * A person answer's class as its sentence says it, except that a foreign side's player is foreign: "Pandya brought
 * India back by removing X" names India, but X plays for the other side (storySides). Only a player: the sides of
 * a story that is no match are read too loosely to overrule the sentence.
 */
function classOfPerson(c: Candidate): PersonClass {
  // "announced by Governor X" asked as "Who was the Governor of the Reserve Bank of India ...?": the bank the
  // question names says which Governor, where the sentence does not.
  const bank = c.prompt.match(/\bGovernor of (?:the )?(?:RBI|[A-Z][\w ]*Bank\b[\w ]*)/)?.[0];
  // "With reference to the RBI's monetary policy review, which Governor headed the MPC?": the bank the setting names.
  const reserve = !bank && /\b(?:RBI|Reserve Bank of India)\b/.test(c.prompt) ? " RBI." : "";
  // "Who was Japan's Defence Minister ...?": the country the question gives the office is the holder's, whatever
  // other country their sentence names ("India and Japan held talks; Japan's side was led by defence minister X").
  const owned = c.prompt.match(
    /^Who (?:was|is) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)'s ((?:[A-Z][a-z]+ (?:and )?)*(?:Minister|President|Secretary))\b/,
  );
  // "The prize carries a gold medal ... shared by X", asked of "The Nobel Peace Prize": the question's prize says
  // whose laureates X stands among.
  const prize = c.prompt.match(/\bNobel\s+(?:[A-Z][a-z]+\s+)?Prize\b/)?.[0];
  // "Who was sworn in as the Chief Minister of Tamil Nadu?": the state the question gives the office is the one
  // whose Chief Ministers are offered.
  const stateHead = c.prompt.match(/\bChief Minister of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/);
  const sentence =
    owned?.[1] && lexicon().country(owned[1])
      ? `${owned[1]}'s ${owned[2]} ${c.answer} spoke.`
      : stateHead?.[1] && !c.sentence.includes(stateHead[0])
        ? `${stateHead[0]}, ${c.answer}, spoke.`
        : bank && !/\b(?:Bank|RBI)\b/.test(c.sentence)
          ? `${c.sentence} ${bank}.`
          : prize && !c.sentence.includes(prize)
            ? `${c.sentence} ${prize}.`
            : reserve && !/\b(?:RBI|Reserve Bank)\b/.test(c.sentence)
              ? `${c.sentence}${reserve}`
              : c.sentence;
  // "President X inaugurated the bridge" in a report from Accra that never names India: X is no Indian.
  const fallback = c.foreignStory ? "world" : HOME;
  const found = personClass(
    c.answer,
    c.category,
    sentence,
    fallback,
    owned ? c.answer : c.surface || c.answer,
  );
  // "Captain X scored twice" in a hockey report: a captain is a cricketer only where the story is about cricket.
  // So is one whose own sentence names another sport ("scored from penalty corners in the hockey final").
  const otherSport = SPORTS.find(([pattern]) => pattern.test(c.sentence))?.[1];
  const cls =
    found.field === "cricketer" &&
    !CRICKET.test(c.sentence) &&
    ((c.noun !== undefined && c.noun !== "cricket") || (otherSport !== undefined && otherSport !== "cricket"))
      ? { ...found, field: "athlete" as const }
      : found;
  const player = cls.field === "cricketer" || cls.field === "athlete";
  return c.abroad && player && cls.nation === "india" ? { ...cls, nation: "world", office: null } : cls;
}

/**
 * The people who were alive, and for players still playing, at the article's date (today's, for an undated one):
 * a question about a sitting holder or a recent deed is not offered someone who had died or retired. A question
 * about a former holder, or whose key has died or retired, keeps them all.
 */
function* activeAt(people: Iterable<string>, c: Candidate, asOf: number | null): Generator<string> {
  // "the ninth Prime Minister from 1961 to 1966": a year of the last century says the question is history too.
  const past =
    goneBy(c.answer) !== undefined ||
    /\b(?:former|late|then|posthumous(?:ly)?)\b|\b(?:1[89]\d\d|200\d)\b/i.test(c.prompt);
  // "Under whose captaincy had India last won the cup in 2007?": a match of a year well before the article's is
  // offered players who had begun by then and not yet stopped, which the curated data can say; the story's
  // players of today cannot have been there.
  const field = classOfPerson(c).field;
  const then = Number(c.prompt.match(/\b(?:19\d\d|20\d\d)\b/)?.[0] ?? Number.NaN);
  if ((field === "cricketer" || field === "athlete") && asOf !== null && then <= asOf - 10) {
    for (const name of people) {
      const from = debutOf(name);
      const to = goneBy(name);
      if (from !== undefined && from <= then && (to === undefined || to >= then)) yield name;
    }
    return;
  }
  // "launched in 1973 by whose government?": an office's holders nearest the year first, those the data holds no
  // terms of after them.
  const office = classOfPerson(c).office;
  const near =
    office && Number.isFinite(then) && (asOf === null || then <= asOf - 10)
      ? (name: string) => yearsFromTerm(office, name, then) ?? Number.POSITIVE_INFINITY
      : null;
  const ordered = near ? [...people].sort((a, b) => near(a) - near(b)) : people;
  for (const name of ordered) {
    const gone = goneBy(name);
    if (past || gone === undefined || (asOf !== null && gone >= asOf)) yield name;
  }
}

/**
 * Whether the answer's office is a state's: a state or territory written right before it ("Goa Forest Minister X")
 * or after it in the question ("the Forest Minister of Goa"). Another person's office in the sentence ("Uttar
 * Pradesh Chief Minister Y") says nothing of the answer's.
 */
function stateOffice(c: Candidate): boolean {
  const at = c.sentence.indexOf(c.surface || c.answer);
  const before = at >= 0 ? c.sentence.slice(Math.max(0, at - 60), at) : "";
  return stateBefore(before.match(/(?:^|[,;])([^,;]*)$/)?.[1] ?? "") || stateBefore(c.prompt);
}

/** Whether an Indian state or territory is written right before a minister's office, or after it ("... of Goa"). */
function stateBefore(text: string): boolean {
  for (const m of text.matchAll(
    /\b((?:[A-Z][a-z]+\s+){1,2})(?:[A-Z][\w&]*\s+){0,3}Minister\b|\bMinister\s+of\s+((?:[A-Z][a-z]+\s*){1,2})/g,
  )) {
    const place = (m[1] ?? m[2] ?? "").trim();
    const words = place.split(/\s+/);
    for (let n = words.length; n > 0; n--)
      if (lexicon().regionKindOf(words.slice(0, n).join(" "))) return true;
  }
  return false;
}

/** The curated holders of the one country's office the question or sentence names ("US President X"), if any. */
function officeList(c: Candidate, cls: PersonClass): string[] | undefined {
  const country =
    cls.office && cls.nation === "world"
      ? (countryOfRole(c.sentence, c.surface || c.answer) ?? countryOfOffice(c.prompt, cls.office))
      : undefined;
  return country ? lexicon().distractors[`person:${cls.office}:${country}`] : undefined;
}

/** "Who was Peru's President ...?", "Who was the Prime Minister of Peru ...?": a role question of a country's head. */
const FOREIGN_HEAD =
  /^Who (?:was|is) (?:[A-Z][\w .'-]*?['’]s (?:President|Prime Minister|Vice President|Chancellor)\b|the (?:President|Prime Minister|Vice President|Chancellor) of (?:the )?[A-Z])/;

/** A military rank right before a name, with no country or office of its own: "along with Admiral ". */
const BARE_RANK =
  /(?:^|[\s,(])(?:Admiral|Vice Admiral|Rear Admiral|General|Lt Gen|Lieutenant General|Major General|Air Chief Marshal|Air Marshal|Commodore|Brigadier|Colonel)\s+$/;

/**
 * People of the answer's field and nationality: the story's own first, then holders of the office the question
 * names, then the batch's, then curated ones. An answer whose class is unknown gets none.
 */
function* peopleLike(c: Candidate, pools: Pools): Generator<string> {
  // A class guessed from a bare rank ("along with Admiral X": the home navy's chief?) yields to what the story
  // states of the person elsewhere ("China's Defence Minister X"); samples offered Indian naval chiefs.
  const guess = classOfPerson(c);
  const told = pools.people.get(normKey(c.answer))?.cls;
  const at = c.sentence.indexOf(c.surface || c.answer);
  const ranked = at > 0 && BARE_RANK.test(c.sentence.slice(0, at));
  const taken = ranked && guess.guessed && told && !told.guessed && sameClass(told, told) ? told : guess;
  // "Goa Tourism Minister X": a state's minister of a portfolio the lists hold for the Union is offered none of the
  // Union's holders, as a state's minister of any other portfolio is not.
  const cls = listedPortfolio(taken.office) && stateOffice(c) ? { ...taken, office: null } : taken;
  if (!cls.field || !cls.nation) return;
  // "former Prime Ministers _____": where the stem names the office, the story's people must have held it too.
  const like = (name: string) => {
    const other = pools.people.get(normKey(name))?.cls ?? knownClass(name);
    return (
      other !== null &&
      other !== undefined &&
      sameClass(cls, other) &&
      (!cls.office || other.office === cls.office || heldOffice(name, cls.office))
    );
  };
  // "Valdorian President X": other presidents of Valdoria, since the stem rules out every other country's.
  // "Who was Japan's Prime Minister in 2031?": where the sentence garbles the role ("Japanese Prime X"), the
  // question still says whose.
  const holders = officeList(c, cls);
  yield* holders ?? [];
  // "Who was Peru's President in March 2031?" with no curated holders of that country's office: other countries'
  // heads, the only ones to offer, are ruled out by the stem's country at a glance; the question is not asked.
  if (!holders && cls.nation === "world" && FOREIGN_HEAD.test(c.prompt) && !/\bIndia/.test(c.prompt)) return;
  // A batter of South Africa's side is offered South Africa's players: the stem's side rules out any other.
  if (c.abroad && cls.field === "cricketer")
    yield* lexicon().distractors[`person:cricketer:${c.abroad}`] ?? [];
  // "Which spinner was named Player of the Tournament?": an Indian spinner is offered spinners, a pacer pacers,
  // never batters the word rules out.
  // "Who held his nerve in the final over to restrict X to 169?": a deed only a bowler does is offered bowlers of
  // both kinds, not the story's batters (dev reading 8: the key was the only bowler of four).
  const bowler = /\b(?:spinner|spin bowler|leg-spinner|off-spinner)\b/i.test(c.prompt)
    ? ["spinner"]
    : /\b(?:pacer|fast bowler|seamer|quick)\b/i.test(c.prompt)
      ? ["pacer"]
      : !c.prompt.includes("_____") && BOWLING_DEED.test(c.prompt) && !BATTING_DEED.test(c.prompt)
        ? ["pacer", "spinner"]
        : [];
  if (bowler.length && cls.field === "cricketer" && !c.abroad && cls.nation === "india")
    yield* interleaved(bowler.map((kind) => lexicon().distractors[`person:cricketer-${kind}:india`] ?? []));
  // A javelin thrower is offered javelin throwers, ahead of the story's athletes of other sports: the curated
  // list of the sport the sentence names.
  // A sentence that names no sport ("the previous Olympic record ... by X") takes its story's (`noun`).
  // A sentence that names a sport of its own with no list ("hockey player X") keeps to the batch's athletes.
  // "the men's singles final" of a badminton story is badminton's: words tennis shares with another sport yield to
  // the story's sport (held-out reading 15: tennis players offered for a badminton final).
  const storys = SPORTS.find(([, name]) => name === c.noun)?.[1];
  const said = SPORTS.find(([pattern]) => pattern.test(c.sentence))?.[1];
  const played =
    cls.field === "athlete"
      ? said && !(/^tennis/.test(said) && storys && !/^tennis/.test(storys))
        ? said
        : OTHER_SPORT.test(c.sentence)
          ? undefined
          : storys
      : undefined;
  // "Who was bidding for her third crown?": a woman's tennis is women's tennis, whatever the sentence calls it.
  // So is a woman's boxing: "won gold in the women's 57kg category" is offered women boxers.
  // So is a woman's badminton, and a player another question puts in a women's final (`eventOf`).
  const woman =
    /\b(?:her|she|women)\b/i.test(`${c.sentence} ${c.prompt}`) ||
    pools.eventOf.get(normKey(c.answer)) === "women";
  const sport =
    (played === "tennis" || played === "boxing" || played === "badminton" || played === "hockey") && woman
      ? `${played}-women`
      : played;
  if (sport) {
    yield* lexicon().distractors[`person:athlete:${sport}:${cls.nation}`] ?? [];
    // A nationality nobody stated ("Valdorian sprinter X") is offered the sport's world list too.
    if (cls.guessed && cls.nation !== "world")
      yield* lexicon().distractors[`person:athlete:${sport}:world`] ?? [];
    // A sport the lists know is offered its own players and the story's, never a champion of another sport
    // (held-out reading 12: Djokovic, Kipchoge and Biles offered for a hockey captain).
    for (const p of c.peers ?? []) if (like(p)) yield p;
    return;
  }
  // "Who was Valdoria's Fisheries Minister in April 2031?": an office with no list of its own is offered the
  // senior ministers of the day, not the story's former leaders (blind reading 17 saw dead ones offered).
  // A state's minister ("Andhra Pradesh Forest Minister X", "Industries Minister X ... among the prominent losers"
  // of a state's election) is not: the Union's senior ministers are ruled out at a glance (held-out reading 20).
  // Only a minister the text calls the Union's, or its country's, is offered them.
  // Kenya's ministers are its Cabinet Secretaries.
  const ministerRole =
    (/^person:(?:Union\s+)?[A-Z][\w ]*Minister$/.test(c.category) ||
      (/^person:(?:[A-Z][\w ]*\s)?Cabinet Secretary$/.test(c.category) && !/\bIndia/.test(c.prompt))) &&
    !/(?<!Deputy )(?:Prime|Chief) Minister$/.test(c.category);
  const union =
    /\b(?:Union|Central|Cabinet)\b|\b[A-Z][a-z]+['’]s\s+(?:[A-Z][\w&]*\s+){0,4}Minister\b/.test(
      `${c.prompt} ${c.sentence}`,
    ) && !stateOffice(c);
  const minister = ministerRole && union;
  // A state's minister with no office the lists know is offered the story's people of the field, or nothing.
  const stateMinister = ministerRole && !union && !cls.office;
  if (minister && cls.nation === "india" && !cls.office)
    yield* curatedPeople({ ...cls, office: "Cabinet" }).slice(0, 8);
  for (const p of c.peers ?? []) if (like(p)) yield p;
  const batch = sample([...pools.people.values()], 40, `${c.prompt}|people`).filter((p) =>
    sameClass(cls, p.cls),
  );
  const curated = curatedPeople(cls);
  // An Indian office has a curated list of its holders: they read better than the batch's spellings.
  // A state's Governor is one whatever the sentence says of the person's country: the office says it.
  const stateGovernor = cls.office === "State Governor";
  if (cls.office && cls.nation === "india" && (!cls.guessed || stateGovernor)) yield* curated.slice(0, 8);
  for (const p of batch) if (cls.office && p.cls.office === cls.office) yield p.name;
  // "Who was Ghana's Finance Minister?": another country's minister is offered holders of that office, the story's
  // or the batch's, never the heads of government of the curated lists (a finance minister among Prime Ministers
  // is picked out at a glance); with too few, the question is not asked.
  if (ministerRole && cls.nation !== "india") {
    if (cls.office) yield* worldOfficeHolders(cls.office);
    return;
  }
  // A nationality nobody stated: the role's own curated list (finalists of any country) comes next.
  // The curated winners are tennis champions: offered only for a match of that sport, never for a javelin final.
  if (
    cls.guessed &&
    !stateGovernor &&
    (c.category !== "person:winner" || /\b(?:tennis|Wimbledon|Grand Slam|singles)\b/i.test(c.sentence))
  )
    yield* lexicon().distractors[c.category] ?? [];
  if (cls.office) yield* curated.slice(0, 8);
  for (const p of batch) yield p.name;
  if (!stateMinister) yield* curated;
}

/**
 * The department a ministry's name says, however it is written; "" for any other name.
 * @example ministryOf("union home ministry") === ministryOf("ministry of home affairs") // "home"
 */
function ministryOf(key: string): string {
  if (!/\bministry\b/.test(key)) return "";
  return key
    .split(" ")
    .filter((w) => !/^(?:union|ministry|of|the|affairs|and|government|india|indian)$/.test(w))
    .sort()
    .join(" ");
}

/**
 * Articles of the Constitution nearest the answer's number: "Article 356" is offered 352, 360 and 365, which a
 * candidate must know apart, not Article 14.
 * @example articlesNear("Article 356").slice(0, 3) // ["Article 352", "Article 360", "Article 365"]
 */
function articlesNear(answer: string): string[] {
  const number = (a: string) => Number.parseInt(a.replace(/^Article\s+/, ""), 10);
  const n = number(answer);
  return (lexicon().classDistractors.Article ?? [])
    .filter((a) => a !== answer && Number.isFinite(number(a)))
    .sort((a, b) => Math.abs(number(a) - n) - Math.abs(number(b) - n));
}

/**
 * Names of the answer's own class noun ("submarine", "reservoir"): the batch's, then curated ones. One sentence
 * may say only "INS X" where another says "the submarine INS X": the finest class any sentence gave counts.
 */
function* ofClassNoun(c: Candidate, pools: Pools): Generator<string> {
  const noun = pools.nounOf.get(normKey(c.answer)) ?? c.noun;
  if (!noun) return;
  yield* pools.byCategory.get(`noun:${noun}`) ?? [];
  // "the _____ dam": a blank the class noun follows is offered names without it too, not "Tehri Dam dam".
  const bare = new RegExp(`_____\\s+${escapeRegex(noun)}\\b`, "i").test(c.prompt);
  for (const name of lexicon().classDistractors[curatedClass(noun, c.answer)] ?? [])
    yield bare ? name.replace(new RegExp(`\\s+${escapeRegex(noun)}$`, "i"), "") : name;
}

/** Whether the answer's class noun has a curated list of its own (see `ofClassNoun`). */
function hasClassList(c: Candidate, pools: Pools): boolean {
  const noun = pools.nounOf.get(normKey(c.answer)) ?? c.noun;
  return noun !== undefined && lexicon().classDistractors[curatedClass(noun, c.answer)] !== undefined;
}

/** A council of the UN's, by its name: the GST Council or a hill council is offered none of them. */
const UN_COUNCIL =
  /\b(?:UN|United Nations)\b|^(?:the\s+)?(?:Security|Human Rights|Economic and Social|Trusteeship) Council$/;

/**
 * The curated list a class noun takes for this answer: "UN council" for a council of the UN's, the world's trains
 * for a train of no Indian name.
 */
function curatedClass(noun: string, answer: string): string {
  // "PM Harbour Yojana": a scheme in Hindi is a scheme, offered other schemes of the same form.
  if (noun === "yojana") return "scheme";
  // "The DMK-led alliance won 152 seats": an alliance that contests elections is offered political alliances, not
  // the International Solar Alliance.
  if (noun === "alliance" && POLITICAL_ALLIANCE.test(answer)) return "alliance:political";
  if (noun === "council" && UN_COUNCIL.test(answer)) return "UN council";
  // "the Delhi-Patna Vande Bharat Sleeper" is offered India's trains; "Rail Force One", the world's.
  if (noun === "train" && !INDIAN_TRAIN.test(answer)) return "train:world";
  return noun;
}

/** An alliance's name that says it is a party's or a front's: "DMK-led ... Alliance", "Left Democratic Front". */
const POLITICAL_ALLIANCE =
  /-led\b|\b(?:Democratic|Progressive|Secular|People's|National|Left|United)\b.*\b(?:Alliance|Front)$/;

/** Words of an Indian train's name. */
const INDIAN_TRAIN =
  /\b(?:Express|Bharat|Rajdhani|Shatabdi|Sleeper|Mail|Tejas|Duronto|Humsafar|Garib Rath)\b/;

/**
 * Each pair once, whichever way round it is written ("A and B", "B and A"), and never the key's two again.
 * @example [...unorderedOnce(["A and B", "B and A", "C and D"], "D and C")] // ["A and B"]
 */
function* unorderedOnce(pairs: Iterable<string>, answer: string): Generator<string> {
  const key = (pair: string) => pair.split(" and ").map(normKey).sort().join("|");
  const seen = new Set([key(answer)]);
  for (const pair of pairs) {
    if (seen.has(key(pair))) continue;
    seen.add(key(pair));
    yield pair;
  }
}

/**
 * Pairs of places like a pair answer ("Chile and Peru"): the first place's own options, two by two,
 * never with either place of the answer.
 */
function* pairsLike(c: Candidate, pools: Pools): Generator<string> {
  const [first = "", second = ""] = c.answer.split(" and ");
  const single = { ...c, answer: first, category: c.category.replace(" pair", "") };
  // No country the question names ("India's services") can be where they went.
  const named = new Set(
    lexicon()
      .countriesIn(c.prompt)
      .map((x) => normKey(x.name)),
  );
  // Cities of a pair are of its own country: "Kyoto and Osaka" for two Japanese cities, never a capital nearby.
  const code = c.category === "city pair" ? (c.country?.code ?? curatedCountryOfCity(first)) : undefined;
  // The story's other countries first ("Peru and Bolivia" beside "Valdoria and Nordland").
  const codeOf = (name: string) => lexicon().country(name)?.code ?? normKey(name);
  const own = new Set([first, second].map(codeOf));
  // Two sanctuaries are offered two other sanctuaries: the curated names of their class.
  const like = c.category === "venue pair" ? ofClassNoun(single, pools) : places(single, pools);
  const peers = (c.peers ?? []).filter((p) => !own.has(codeOf(p)) && !named.has(normKey(p)));
  // A grouping of four or more ("Valdoria and Nordland would swap host years", the other two members named in the
  // story): every other pair of its members, each as plausible as the key, before any outsider.
  if (c.category === "country pair" && peers.length >= 2) {
    const [p1 = "", p2 = ""] = peers;
    yield `${p1} and ${p2}`;
    yield `${first} and ${p1}`;
    yield `${second} and ${p2}`;
    yield `${p1} and ${second}`;
  }
  // "carried satellites from Singapore and Japan" in an Indian report: India, whose rocket carried them, is never
  // one of the pair where the key leaves it out.
  const home = c.category === "country pair" ? [first, second].find((x) => codeOf(x) === "IN") : undefined;
  const others = [...peers, ...like]
    .filter((p) => normKey(p) !== normKey(second) && !named.has(normKey(p)))
    .filter((p) => c.category !== "country pair" || home !== undefined || codeOf(p) !== "IN")
    .filter((p) => !code || curatedCountryOfCity(p) === code)
    .slice(0, 6);
  // "India and France adopted the roadmap": an Indian paper's pair is India and a partner, so India and other
  // partners are offered, never two countries a glance rules out ("Maldives and Afghanistan").
  if (home) {
    // The partner's own peers: France is offered beside Germany and the UK, not India's neighbours.
    const partner = home === first ? second : first;
    const partners = [...peers, ...places({ ...single, answer: partner, country: undefined }, pools)].filter(
      (x) => ![first, second].some((y) => codeOf(y) === codeOf(x)) && !named.has(normKey(x)),
    );
    for (const p of partners) yield home === first ? `${home} and ${p}` : `${p} and ${home}`;
  }
  for (let i = 0; i + 1 < others.length; i += 2) yield `${others[i]} and ${others[i + 1]}`;
  // Five cities make two pairs apart; the third shares a city with one of them.
  for (let i = 0; i + 2 < others.length; i += 2) yield `${others[i + 2]} and ${others[i]}`;
}

/**
 * Pairs of things like a pair answer ("Orca and Skua" submarines): the first thing's own options, two by two,
 * never with either thing of the answer.
 */
function* thingPairs(c: Candidate, pools: Pools): Generator<string> {
  const [first = "", second = ""] = c.answer.split(" and ");
  const single = { ...c, answer: first, category: c.category.replace("thing pair", "thing") };
  // "Mirage 2000" is the key's "Mirage" again.
  const own = [first, second].map((x) => ` ${normKey(x)} `);
  const others = [...thingsLike(single, [], pools)]
    .filter((x) => !own.some((o) => ` ${normKey(x)} `.includes(o) || o.includes(` ${normKey(x)} `)))
    .slice(0, 6);
  for (let i = 0; i + 1 < others.length; i += 2) yield `${others[i]} and ${others[i + 1]}`;
  for (let i = 0; i + 2 < others.length; i += 2) yield `${others[i + 2]} and ${others[i]}`;
}

/**
 * Totals near a cricket total, written as the answer is ("181 for six", "181/6"): runs moved by a few and a
 * wicket more or fewer, so no option is ruled out at a glance.
 */
function nearbyScores(answer: string): string[] {
  const m = answer.match(/^(\d+)(?:\s+for\s+([a-z]+|\d+)|\/(\d+))$/);
  if (!m) return [];
  const runs = Number(m[1]);
  const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  const wicketText = m[2] ?? m[3] ?? "";
  const wickets = /^\d+$/.test(wicketText) ? Number(wicketText) : words.indexOf(wicketText);
  if (wickets < 0) return [];
  const write = (r: number, w: number) =>
    m[3] !== undefined ? `${r}/${w}` : `${r} for ${/^\d+$/.test(wicketText) ? w : (words[w] ?? w)}`;
  const moves: [number, number][] = [
    [-9, 0],
    [7, 1],
    [-4, -1],
    [12, 0],
    [5, 2],
  ];
  return moves
    .map(([dr, dw]) => [runs + dr, wickets + dw] as const)
    .filter(([r, w]) => r > 0 && w >= 0 && w <= 10)
    .map(([r, w]) => write(r, w));
}

/**
 * Pairs of the rates the batch states in the answer's unit ("14 percent and 26 percent" beside the key "4 percent
 * and 16 percent"), those sharing a rate with the key first: real slabs, where a rate moved by one ("3 percent
 * and 15 percent") is no slab anyone has set (blind reading 28).
 * @example pairsOfRates("4 percent and 16 percent", pools) // e.g. ["4 percent and 14 percent", "14 percent and 16 percent", ...]
 */
function pairsOfRates(answer: string, pools: Pools): string[] {
  const unit = answer.match(/^[\d.]+(\s*(?:%|per\s*cent|percent))/i)?.[1];
  if (!unit) return [];
  const own = answer.split(" and ").map((x) => Number.parseFloat(x));
  const rates = new Set<number>(own);
  for (const category of ["percent pair", "percent"])
    for (const x of pools.byCategory.get(category) ?? [])
      for (const part of x.split(" and ")) {
        const m = part.match(/^([\d.]+)(\s*(?:%|per\s*cent|percent))$/i);
        if (m?.[2]?.trim().toLowerCase() === unit.trim().toLowerCase())
          rates.add(Number.parseFloat(m[1] ?? ""));
      }
  const sorted = [...rates].filter((r) => r > 0).sort((a, b) => a - b);
  const pairs: [number, number][] = [];
  for (const [i, lo] of sorted.entries()) for (const hi of sorted.slice(i + 1)) pairs.push([lo, hi]);
  const shares = ([lo, hi]: [number, number]) => (own.includes(lo) || own.includes(hi) ? 0 : 1);
  return pairs
    .filter(([lo, hi]) => !(lo === own[0] && hi === own[1]))
    .sort((x, y) => shares(x) - shares(y))
    .map(([lo, hi]) => `${lo}${unit} and ${hi}${unit}`);
}

/**
 * Pairs of rates near a pair answer ("4 percent and 16 percent"): one or both rates moved to a neighbour, the
 * lower always first.
 */
function nearbyPairs(answer: string): string[] {
  const [a = "", b = ""] = answer.split(" and ");
  const value = (x: string) => Number(x.replace(/[^\d.]/g, ""));
  const [a1 = a, a2 = a] = nearbyNumbers(a);
  const [b1 = b, b2 = b] = nearbyNumbers(b);
  return [
    [a, b1],
    [a1, b],
    [a2, b2],
    [a1, b1],
  ]
    .filter(([x = "", y = ""]) => value(x) < value(y))
    .map(([x, y]) => `${x} and ${y}`);
}

/** The country a question gives an office: "Japan's Prime Minister", "the President of France". */
function countryOfOffice(prompt: string, written: string): string | undefined {
  const office = escapeRegex(written);
  const m =
    prompt.match(new RegExp(`\\b((?:[A-Z][\\w'’]*\\s+){0,2}[A-Z][\\w'’]*)'s\\s+${office}\\b`)) ??
    // "Governor of the Central Bank of Sri Lanka": the country is the bank's.
    prompt.match(
      new RegExp(
        `\\b${office}\\s+of\\s+(?:the\\s+)?(?:[A-Z][a-z]+\\s+){0,2}Bank\\s+of\\s+((?:[A-Z][\\w'’]*\\s*){1,3})`,
      ),
    ) ??
    prompt.match(new RegExp(`\\b${office}\\s+of\\s+(?:the\\s+)?((?:[A-Z][\\w'’]*\\s*){1,3})`));
  return m?.[1] ? lexicon().country(m[1].trim())?.code : undefined;
}

/** The country a sentence writes right before a person's role ("US President X", "Japan's Prime Minister X"). */
function countryOfRole(sentence: string, name: string): string | undefined {
  const at = sentence.indexOf(name);
  if (at < 0) return undefined;
  const before = sentence
    .slice(Math.max(0, at - 40), at)
    .match(/((?:[A-Z][\w'’]*\s+){1,3})(?:President|Prime Minister|PM|counterpart,?)\s+$/)?.[1];
  return before ? lexicon().countriesIn(before).at(-1)?.code : undefined;
}

/** Curated names of the answer's set ("Harbour Medal" -> the other honours of its set), or of a set its sentence cues. */
function siblingsOf(answer: string, category: string, sentence: string, aliases: string[] = []): string[] {
  const keys = [answer, ...aliases].map(normKey);
  const out: string[] = [];
  // A cue in lower case is a word of any case ("spaceport", "Spaceport"); one with capitals is written as it is.
  // The answer's own words are a cue too: "Trade and Economic Partnership Agreement" is a trade pact in a sentence
  // about its clauses that never says "trade".
  const text = `${sentence} ${answer}`;
  const cued = (cue: string) =>
    cue === cue.toLowerCase() ? text.toLowerCase().includes(cue) : text.includes(cue);
  for (const set of SIBLINGS) {
    if (set.category !== category) continue;
    // A spelling variant counts as the same name, except between countries ("Iceland" is not "Ireland").
    const same = (n: string, k: string) =>
      normKey(n) === k || (category !== "country" && similarName(normKey(n), k));
    // A set of countries (cricket nations) is about one sport: it needs its cue whatever the answer.
    if ((category === "country" || category === "city") && set.cue && !cued(set.cue)) continue;
    if (set.names.some((n) => keys.some((k) => same(n, k)))) out.unshift(...set.names);
    else if (set.cue && cued(set.cue)) out.push(...set.names);
  }
  return out;
}

/**
 * Named things of the same class: the answer's curated set first, then the batch's names of the same category
 * whose own class noun agrees (so "ICC" is never an award), then curated names of the category.
 */
function* thingsLike(c: Candidate, aliases: string[], pools: Pools): Generator<string> {
  const category = c.category.split(":")[1] ?? "";
  // A class the text names finer than the category has its own curated list: a submarine is offered the batch's
  // submarines, then curated ones, never an aircraft carrier of the same "ship" category; a spacecraft is never
  // offered a launch vehicle.
  if (hasClassList(c, pools)) {
    yield* ofClassNoun(c, pools);
    return;
  }
  yield* siblingsOf(c.answer, category, c.sentence, aliases);
  // "the Orca-1 mission" is a space agency's mission where the sentence names one, not a government scheme.
  if (category === "programme" && /\bmission\b/i.test(c.prompt))
    yield* siblingsOf(c.answer, "mission", c.sentence, aliases);
  // A name with no class noun of its own ("Kanto Heiwa") cannot show that a batch name is of its kind.
  const own = classOfName(c.answer)?.noun;
  if (own) for (const v of pools.byCategory.get(c.category) ?? []) if (classOfName(v)?.noun === own) yield v;
  const org = lexicon().organisation(c.answer);
  // An organisation the sentence took for a trophy or a law has no options of that class: none.
  if (org && !ORG_CATEGORIES.has(category)) return;
  // Other organisations of its class, written as the answer is (full name or short form), never itself.
  const full = org && normKey(org.name) === normKey(c.answer);
  if (org) {
    // "Which organisation projected growth of 6.8 per cent?": the bodies that forecast growth and inflation, not
    // the market regulators that never do.
    if (org.field === "regulator" && FORECAST.test(c.prompt))
      yield* full ? FORECASTERS.map(([name]) => name) : FORECASTERS.map(([, short]) => short);
    // A space agency's options are space agencies, never the UN: the finer field where the data gives one.
    const like = lexicon().organisations.filter(
      (o) => o.class === org.class && o !== org && o.field === org.field,
    );
    // "... saying, 'India, I did it'": where the stem says the news is India's, foreign bodies give the key away,
    // so bodies of the answer's own country come first.
    const home = org.nation !== undefined && HOME_CONTEXT.test(c.prompt);
    const ordered = home ? [...like.filter((o) => o.nation === org.nation), ...like] : like;
    yield* ordered.map((o) => (full ? o.name : o.short));
  } else if (
    (!LOOSE_CATEGORIES.has(category) || own || (c.noun && LOOSE_NOUNS[category]?.test(c.noun))) &&
    // "Best Water Champion", "Best Urban Local Body": a category of an award is offered no prizes of the world.
    !(category === "award" && !AWARD_NAME.test(c.answer))
  ) {
    // "X Cancer Initiative" in the "programme" category: its own class noun's list first ("initiative"), not
    // government schemes.
    if (own && own !== category) yield* lexicon().distractors[own] ?? [];
    // "PM Harbour Yojana": a government scheme is offered government schemes.
    if (own && SCHEME_NOUN.test(own)) yield* lexicon().distractors.programme ?? [];
    // "Orca Partnership for Fisheries Data" is offered other partnerships and initiatives, never the kinds of
    // document ("Letter of Intent", "Memorandum of Understanding"), among which its name is the odd one out.
    if (own === "partnership") {
      yield* lexicon().distractors.initiative ?? [];
      return;
    }
    yield* lexicon().distractors[category] ?? [];
  }
}

/** What a forecast is asked with. */
const FORECAST = /\b(?:project(?:ed|s|ion)?|forecasts?|estimated|predicted|growth|GDP|inflation)\b/i;
/** Bodies that publish growth and inflation forecasts, by full name and short form. */
const FORECASTERS: [string, string][] = [
  ["International Monetary Fund", "IMF"],
  ["World Bank", "World Bank"],
  ["Asian Development Bank", "ADB"],
  ["Organisation for Economic Co-operation and Development", "OECD"],
];

/** Whether the prompt names the person by surname, possessive included ("Berg's"). */
function namedIn(prompt: string, name: string): boolean {
  const surname = name.split(" ").at(-1) ?? name;
  // Most prompts do not hold the surname at all: a plain search settles those without compiling a pattern.
  return (
    surname.length > 2 && prompt.includes(surname) && new RegExp(`\\b${escapeRegex(surname)}\\b`).test(prompt)
  );
}

/**
 * The list in an order fixed by the seed: the states of a country, offered in the data's alphabetical order,
 * gave every state question the same three options (reading 15).
 */
function shuffled<T>(list: readonly T[], seed: string): T[] {
  const out = [...list];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Up to n items of a list in an order fixed by the seed, without shuffling the whole list. */
function sample<T>(list: T[], n: number, seed: string): T[] {
  if (list.length <= n) return list;
  const random = seededRandom(seed);
  const out = new Set<T>();
  for (let i = 0; i < n * 2 && out.size < n; i++) out.add(list[Math.floor(random() * list.length)] as T);
  return [...out];
}

/** Two people's names with the same last word are likely one person ("FM Berg", "Ola Berg"). */
function sameSurname(a: string, b: string, people: boolean): boolean {
  if (!people) return false;
  const last = (x: string) => x.split(" ").at(-1) ?? x;
  return last(a).length > 2 && last(a) === last(b);
}

/** A prize's or an award's name, normalised. */
const AWARD = /\b(?:prize|award|medal|honour|ratna|samman|puraskar|trophy)s?$/;

/**
 * Whether one award's words are all among another's ("harbour prize" in "harbour peace prize"): the longer is one
 * of the family the shorter names.
 * @example oneFamily("harbour prize", "harbour peace prize") // true
 */
function oneFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = short.split(" ");
  const longer = new Set(long.split(" "));
  return words.length >= 2 && words.every((w) => longer.has(w));
}

/** A normalised name with its short forms written out: "un human rights council" -> "united nations ...". */
function spelledOut(key: string): string {
  return key
    .replace(/\bun\b/g, "united nations")
    .replace(/\bus\b/g, "united states")
    .replace(/\buk\b/g, "united kingdom")
    .replace(/\beu\b/g, "european union");
}

/** Whether an option in capitals is the initials of a normalised name: "UNHRC" of "un human rights council". */
function isAcronymOf(option: string, key: string): boolean {
  if (!/^[A-Z]{2,8}$/.test(option)) return false;
  const initials = (k: string) =>
    k
      .split(" ")
      .filter((w) => w && !/^(?:of|the|and|for|on|in)$/.test(w))
      .map((w) => w.charAt(0))
      .join("");
  const lower = option.toLowerCase();
  return initials(key) === lower || initials(spelledOut(key)) === lower;
}

/**
 * Whether two normalised names are one, the shorter written with the other's initials before their shared class
 * noun ("rti act", "right to information act") or alone ("unhrc").
 * @example sameByInitials("rti act", "right to information act") // true
 */
export function sameByInitials(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shortWords = short.split(" ");
  const longWords = long.split(" ");
  const head = shortWords[0] ?? "";
  if (shortWords.length > 2 || !/^[a-z]{2,8}$/.test(head) || longWords.length < 2) return false;
  const tail = shortWords.length === 2 ? shortWords[1] : undefined;
  if (tail !== undefined && longWords.at(-1) !== tail) return false;
  const named = tail === undefined ? longWords : longWords.slice(0, -1);
  const initials = (words: string[]) => words.map((w) => w.charAt(0)).join("");
  const content = named.filter((w) => !/^(?:of|the|and|for|on|in|to)$/.test(w));
  return named.length >= 2 && (initials(named) === head || initials(content) === head);
}

/** "Delhi" is no distractor for "New Delhi": options must not contain one another. */
function overlapsAnswer(key: string, taken: Set<string>): boolean {
  for (const t of taken)
    if (t.length > 3 && key.length > 3 && (` ${t} `.includes(` ${key} `) || ` ${key} `.includes(` ${t} `)))
      return true;
  return false;
}

/**
 * Places of the answer's granularity and scope: a country's neighbours, a state's fellow states, a city's fellow
 * cities in its own country. A city of no known country gets none. Yielded in order as they are asked for: the
 * batch's places are read only when the curated cities leave options to fill.
 */
/**
 * "holding the Quad summit in the _____": a member of a grouping the sentence or question names is offered the
 * grouping's other members, as an examiner would, before its neighbours (blind reading 10 saw the Quad's host
 * offered Mexico, Canada and Brazil). Nothing where the answer is no member.
 */
export function fellowMembers(c: Pick<Candidate, "answer" | "sentence" | "prompt" | "country">): string[] {
  const lex = lexicon();
  const code = (c.country ?? lex.country(c.answer))?.code;
  if (!code) return [];
  const text = `${c.sentence} ${c.prompt}`;
  const out: string[] = [];
  for (const o of lex.organisations) {
    if (!o.members?.includes(code)) continue;
    const named = [o.short, o.name].some((n) =>
      new RegExp(`(?<![\\w-])${escapeRegex(n)}(?![\\w-])`).test(text),
    );
    if (!named) continue;
    for (const m of o.members) {
      const name = m === code ? undefined : lex.countryByCode(m)?.name;
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

function* places(c: Candidate, pools: Pools): Generator<string> {
  const lex = lexicon();
  const kind = lex.regionKindOf(c.answer);
  if (kind) {
    yield* regionsNear(c, kind);
    return;
  }
  if (c.category === "country") {
    const home = c.country ?? lex.country(c.answer);
    if (!home) return;
    // Its neighbours, coastal for a coastal answer and the larger (better known) first: an island republic
    // is offered its region's seaboard states, not three micro-states a candidate has not heard of.
    const known = (a: Country, b: Country) =>
      Number(a.landlocked !== home.landlocked) - Number(b.landlocked !== home.landlocked) || b.area - a.area;
    const near = lex.countries
      .filter((x) => x.subregion === home.subregion && x.code !== home.code)
      .sort(known);
    const region = lex.countries
      .filter((x) => x.region === home.region && x.subregion !== home.subregion)
      .sort(known);
    yield* [...near, ...region].map((x) => x.name);
    return;
  }
  if (c.category.startsWith("place:")) return;
  // "Palampet near Warangal in Telangana": a place no list knows, written in a state, is India's.
  const code =
    c.country?.code ??
    curatedCountryOfCity(c.answer) ??
    (listedState(c.answer) || (!isKnownCity(c.answer) && stateOf(c)) ? "IN" : undefined);
  if (!code) return;
  // "the Nawabganj Bird Sanctuary in Unnao, Uttar Pradesh": a city of a state is offered that state's cities, then
  // its neighbours'; big cities elsewhere leave the one place of that state standing out (blind reading 31).
  // "make a port call at Chennai": a city the sentence calls a port is offered ports, not inland cities.
  const written = c.surface || c.answer;
  if (
    code === "IN" &&
    PORT_CONTEXT.test(c.sentence) &&
    lex.ports.some((p) => normKey(p) === normKey(c.answer))
  )
    yield* shuffled(
      lex.ports.filter((p) => !c.sentence.includes(p) || p === written),
      `${c.prompt}|${c.answer}`,
    );
  const state = code === "IN" ? stateOf(c) : undefined;
  if (state) {
    const seed = `${c.prompt}|${c.answer}`;
    yield* shuffled(lex.stateCities[state] ?? [], seed);
    yield* shuffled(
      (lex.neighbours[state] ?? []).flatMap((n) => lex.stateCities[n] ?? []),
      seed,
    );
  }
  // The same three big cities for every question would leave the answer the odd one out across a quiz: the
  // curated cities come in an order drawn from the question.
  yield* shuffled(citiesOf(code), `${c.prompt}|${c.answer}`);
  for (const v of [...(pools.byCategory.get("city") ?? []), ...(pools.byCategory.get("place") ?? [])])
    if (pools.placeCountry.get(normKey(v)) === code && !lex.regionKindOf(v)) yield v;
  const home: Country | undefined = lex.countryByCode(code);
  // Then the capitals around it, the larger (better known) countries' first: Stockholm and Helsinki for Oslo, not
  // Tallinn (blind reading 36).
  if (home)
    yield* lex.countries
      .filter((x) => x.subregion === home.subregion && x.code !== code)
      .sort((a, b) => b.area - a.area)
      .map((x) => x.capital)
      .filter((x): x is string => Boolean(x));
}

/**
 * Regions of the answer's kind, those around it first, then theirs, then the rest: "Tamil Nadu" among Kerala,
 * Karnataka and Andhra Pradesh, never among Assam and Bihar, which a candidate rules out for a southern reserve at
 * a glance (blind reading 35).
 */
function* regionsNear(c: Candidate, kind: string): Generator<string> {
  const lex = lexicon();
  const seed = `${c.prompt}|${c.answer}`;
  // "Among the north-eastern States, _____, Manipur and ...": a state counted among them is offered only them.
  const northeast = /\bnorth-?east(?:ern)?\b/i.test(c.sentence) && lex.northeast.includes(c.answer);
  const all = northeast ? lex.northeast : (lex.regions[kind] ?? []);
  // "Which state ...?" is offered states: a union territory next door is of another kind.
  const near = (lex.neighbours[c.answer] ?? []).filter((n) => all.includes(n));
  yield* shuffled(near, seed);
  yield* shuffled(
    near.flatMap((n) => lex.neighbours[n] ?? []).filter((n) => all.includes(n)),
    seed,
  );
  yield* shuffled(all, seed);
}

let cityState: Map<string, string> | undefined;
/** The state the curated cities put a city in. */
function listedState(city: string): string | undefined {
  if (!cityState) {
    cityState = new Map();
    for (const [state, cities] of Object.entries(lexicon().stateCities))
      for (const name of cities) cityState.set(normKey(name), state);
  }
  return cityState.get(normKey(city));
}
/**
 * The state an Indian city answer is in: the one the curated cities put it in, else the only state its sentence
 * names; undefined when neither says.
 */
function stateOf(c: Candidate): string | undefined {
  const lex = lexicon();
  const known = listedState(c.answer);
  if (known) return known;
  // A big city of no listed state is asked beside its sentence's other state ("born in Andhra Pradesh, studied in
  // Bengaluru"), not of it.
  if (isKnownCity(c.answer)) return undefined;
  // "in Unnao, Uttar Pradesh", "Koraput district of Odisha", "Odisha's Koraput", "Palampet near Warangal in
  // Telangana": the state written beside the place.
  const written = c.surface || c.answer;
  const at = c.sentence.indexOf(written);
  if (at < 0) return undefined;
  const after = c.sentence.slice(at + written.length, at + written.length + 40);
  const before = c.sentence.slice(Math.max(0, at - 30), at);
  return (lex.regions.state ?? []).find(
    (st) =>
      new RegExp(
        `^(?:,\\s+|\\s+(?:near\\s+(?:[A-Z][\\w-]*\\s+){1,3})?(?:district\\s+)?(?:in|of)\\s+(?:the\\s+)?(?:district\\s+of\\s+)?)${escapeRegex(st)}\\b(?!\\s+and\\b)`,
      ).test(after) || new RegExp(`\\b${escapeRegex(st)}['’]s\\s+$`).test(before),
  );
}

/**
 * A cued set's cities of the answer's own part of the world first: a final played in Kingston is offered Port of
 * Spain before Melbourne, which a candidate rules out knowing only where the tournament was held (dev blind
 * reading 1). The set's order holds within each part.
 */
function nearFirst(cities: string[], answer: string): string[] {
  const lex = lexicon();
  // Capitals count: the curated cities alone leave out most of the world's.
  const subregionOf = (city: string) => {
    const code = countryOfCity(city);
    return code ? lex.countryByCode(code)?.subregion : undefined;
  };
  const home = subregionOf(answer);
  if (!home) return cities;
  return [...cities.filter((x) => subregionOf(x) === home), ...cities.filter((x) => subregionOf(x) !== home)];
}

let cityCountry: Map<string, string> | undefined;
/** The country of a city of the curated lists only, not of world-countries' capitals (`countryOfCity` knows those). */
function curatedCountryOfCity(name: string): string | undefined {
  if (!cityCountry) {
    cityCountry = new Map();
    for (const c of lexicon().countries)
      for (const city of citiesOf(c.code))
        if (!cityCountry.has(normKey(city))) cityCountry.set(normKey(city), c.code);
  }
  return cityCountry.get(normKey(name));
}

/** What only a bowler does in a match: bowls an over, takes or gets a wicket, removes or restricts a batter. */
const BOWLING_DEED =
  /\b(?:bowled|bowling|(?:final|last|penultimate|first|next|maiden)\s+over|wickets?|removing|removed|dismiss(?:ed|ing)|restrict(?:ed|ing)?|hat-trick|figures\s+of)\b/i;
/** What a batter or a fielder does: a score, a knock, balls faced, a catch. */
const BATTING_DEED =
  /\b(?:catch|caught|scored|scoring|smashed|hit\s+\d|knock|off\s+\d+\s+balls|half-century|century|fifty|not out)\b/i;

/** The lists' names taken in turn: "A1, B1, A2, B2, ...", so neither list crowds out the other. */
function interleaved(lists: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const l of lists) if (i < l.length) out.push(l[i] as string);
  return out;
}

/**
 * The year the tournament or honour a question names was first held or given ("T20 World Cup": 2007), from the
 * curated list; undefined where it names none. The longest name wins ("Winter Olympics" before "Olympics").
 * @example firstHeld("In which year had Valdoria last won the T20 World Cup?") // 2007
 */
export function firstHeld(prompt: string): number | undefined {
  const held = lexicon().events.firstHeld as Record<string, number>;
  // One pattern of every name, the longest first, built on first use.
  firstHeldPattern ??= new RegExp(
    `\\b(${Object.keys(held)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join("|")})\\b`,
  );
  const name = prompt.match(firstHeldPattern)?.[1];
  return name === undefined ? undefined : held[name];
}
let firstHeldPattern: RegExp | undefined;
