/** Stage 6: facts an examiner would ask about, found in the sentences of one story, each with its question. */
import { type Country, lexicon } from "../lexicon";
import { alternation, capitalise, NUMBER_WORDS, normKey, similarName } from "../text";
import type { QuestionKind } from "../types";
import type { Sentence } from "./04-sentences";
import { ask, type Span } from "./ask";
import { dateAliases, formatDate, monthYear, resolveDate, whenPhrase } from "./dates";

export interface StoryArticle {
  id: string;
  sentences: Sentence[];
  /** The date relative expressions are read against. */
  reference: Date;
  /** Whether the article (or its story) carries a real date, so questions may name the month. */
  dated: boolean;
  /** The year of the article's date even when its day is not known exactly; null when unknown. */
  year?: number | null;
}

export interface Candidate {
  kind: QuestionKind;
  answer: string;
  aliases: string[];
  /** What distractors must be like: "person:Defence Minister", "city", "country", "thing:weapon", "number", "date:year". */
  category: string;
  prompt: string;
  /**
   * Shorter wordings of the same question, best first, for when the prompt would show the answer of another
   * question cut from the same sentence.
   */
  fallbacks?: string[];
  articleId: string;
  sentence: string;
  /** The answer as the sentence writes it, for the cloze form. */
  surface: string;
  score: number;
  /** Country of a place answer, for distractors from the same region. */
  country?: Country;
  /** People of the same story not named in the question's sentence: distractors from the same field. */
  peers?: string[];
  /** Story the candidate belongs to; quotes only take distractors from other stories or other speakers. */
  storyKey?: string;
  speaker?: string;
}

interface Holder {
  name: string;
  rank: string | null;
  role: string;
  /** The role was written next to the name; false when only "his X counterpart" says it. */
  roleExplicit: boolean;
  country: Country | null;
  org: string | null;
  /** The holder whose counterpart this one is ("met his Brazilian counterpart X"). */
  counterpartOf: Holder | null;
  counterpartDemonym: string | null;
  /** "appointed" or "took over": the fact is the appointment itself. */
  appointment: string | null;
  mentions: { articleId: string; sentence: string }[];
}

const CAP = "[A-Z][a-zA-Z'\\-]+";
/** A personal name: optional initials ("V", "N S"), then capitalised words with middle initials and particles ("da"). */
function personPattern(particles: string[]): string {
  return `(?:[A-Z]\\.?\\s+){0,3}${CAP}(?:\\s+(?:(?:${particles.join("|")})\\s+)?(?:[A-Z]\\.\\s*)?${CAP}){0,3}`;
}
const THING_WORD = "(?:[A-Z][\\w&.\\-]*|\\d+[A-Z][\\w\\-]*)";
const PLACE = "[A-Z][a-zA-Z\\-]+(?:\\s+[A-Z][a-zA-Z\\-]+)?";
const DIRECTION = "(?:eastern|western|northern|southern|central|north|south|east|west)";
const NOT_NAMES = new Set(
  "The A An This That These Those He She It They His Her Their Its On In At Of For And But During After Before Since While When Where Which Who Meanwhile However Upon Earlier Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);

/** First letters of each word either case: role titles are written "Defence minister" as often as "Defence Minister". */
function loose(pattern: string): string {
  const both = (c: string) => `[${c.toUpperCase()}${c.toLowerCase()}]`;
  return pattern
    .replace(/(^|\|)([A-Za-z])/g, (_m, bar: string, c: string) => `${bar}${both(c)}`)
    .replace(/(\\s\+)([A-Za-z])/g, (_m, sp: string, c: string) => `${sp}${both(c)}`);
}

class Patterns {
  readonly holder: RegExp;
  readonly counterpart: RegExp;
  readonly appositiveHolder: RegExp;
  readonly appointed: RegExp;
  readonly event: RegExp;
  readonly afterEvent: RegExp;
  readonly beforeEvent: RegExp;
  readonly incident: RegExp;
  readonly incidentVerb: RegExp;
  readonly suffixThing: RegExp;
  readonly prefixThing: RegExp;
  readonly introducedClass: RegExp;
  readonly followingClass: RegExp;
  readonly classFirst: RegExp;
  readonly appositiveThing: RegExp;
  readonly killed: RegExp;
  readonly countryMention: RegExp;

  readonly titled: RegExp;
  readonly quoted: RegExp;
  /** A cheap test for the words every role title ends with: sentences without one skip the holder patterns. */
  readonly roleTrigger: RegExp;
  readonly quotedFirst: RegExp;
  readonly awarded: RegExp;
  readonly legislation: RegExp;
  readonly superlative: RegExp;
  readonly votes: RegExp;
  readonly won: RegExp;
  readonly beat: RegExp;
  readonly leadingRank: RegExp;
  readonly acronymDefinition: RegExp;

  constructor() {
    const lex = lexicon();
    const PERSON = personPattern(lex.nameParticles);
    const role = `${loose(lex.rolePattern)}|(?:[A-Z][a-z]+\\s+(?:and\\s+)?){1,3}Minister`;
    const rank = lex.rankPattern;
    const dem = lex.demonymPattern;
    const ctry = lex.countryPattern;
    const org = lex.orgShortPattern;
    const prefix = `(?:(?<ctryPoss>${ctry})'s\\s+|(?<dem>${dem})\\s+|(?<region>${lex.regionPattern})(?:'s)?\\s+|(?<org>${org}|[A-Z]{2,6})\\s+)?`;
    this.holder = new RegExp(
      `\\b${prefix}(?<role>${role})(?:\\s+of\\s+(?:the\\s+)?(?<ctry>${ctry}))?,?\\s+(?:(?<rank>${rank})\\.?\\s+)?(?<name>${PERSON})`,
      "g",
    );
    this.counterpart = new RegExp(
      `\\b(?:his|her|their)\\s+(?<dem>${dem})\\s+counterpart,?\\s+(?:(?<rank>${rank})\\.?\\s+)?(?<name>${PERSON})`,
      "g",
    );
    this.appositiveHolder = new RegExp(
      `(?<name>${PERSON}),\\s+(?:the\\s+)?(?:(?<dem>${dem})\\s+)?(?<role>${role})(?:\\s+of\\s+(?:the\\s+)?(?<ctry>${ctry}))?\\b`,
      "g",
    );
    this.appointed = new RegExp(
      `(?<name>${PERSON})\\s+(?<how>(?:has\\s+been|was|is|will\\s+be)\\s+(?:appointed|named|elected|sworn\\s+in|designated)\\s+(?:as\\s+)?|(?:took|takes|will\\s+take)\\s+over\\s+as\\s+|(?:assumed|took|takes)\\s+charge\\s+as\\s+)(?:the\\s+)?(?:new\\s+|next\\s+)?(?<ordinal>\\d+(?:st|nd|rd|th)\\s+)?(?:(?<dem>${dem})\\s+)?(?<role>${role})(?:\\s+of\\s+(?:the\\s+)?(?:(?<ctry>${ctry})|(?<orgName>[A-Z][\\w&'\\-]*(?:\\s+(?:of\\s+|and\\s+|for\\s+)?[A-Z][\\w&'\\-]*){0,6})))?`,
      "g",
    );
    const meeting = alternation(lex.events.meetingNouns);
    this.event = new RegExp(
      `(?<event>(?:\\d+(?:st|nd|rd|th)\\s+)?(?:[A-Z][\\w'&.\\-]*(?:\\s*\\([A-Z][A-Za-z]{1,8}\\))?\\s+){1,8}(?:${loose(meeting)})(?:-[A-Z][a-z]+)?)\\b`,
      "g",
    );
    const placeExpr = `(?:the\\s+)?(?<nat>national capital)|(?:(?<pc>${ctry})'s\\s+)?(?<p>${PLACE})(?:\\s*,\\s*(?<pc2>${ctry}))?`;
    this.afterEvent = new RegExp(
      `^\\s*,?\\s*(?:(?:being\\s+|was\\s+)?(?:held|hosted|organised)\\s+)?(?:in|at)\\s+(?:${placeExpr})`,
    );
    this.beforeEvent = new RegExp(
      `(?:in|at)\\s+(?:${placeExpr})\\s+on\\s+the\\s+sidelines\\s+of\\s+(?:the\\s+)?$`,
    );
    const incident = alternation(lex.events.incidentNouns);
    this.incident = new RegExp(
      `(?<inc>(?:(?:the|a|an)\\s+)?(?:[\\w'\\-]+\\s+){0,3}?(?:${incident}))(?:\\s+of\\s+(?<incdate>\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+|[A-Z][a-z]+\\s+\\d{1,2}(?:st|nd|rd|th)?))?(?:\\s+at\\s+the\\s+(?<at>[A-Z][\\w' ]+?(?:\\s*\\([A-Z]+\\))?))?\\s+(?:in|at)\\s+(?<place>(?:(?<region>[A-Z][\\w ]+?)'s\\s+)?(?:${DIRECTION}\\s+)?${PLACE})`,
      "g",
    );
    this.incidentVerb = new RegExp(
      `(?<subj>\\b(?:the|a|an)\\s+[a-z][\\w ]{2,40}?)\\s+(?<verb>${alternation(lex.events.incidentVerbs)})\\s+(?:at|in)\\s+(?<place>(?:${DIRECTION}\\s+)?${PLACE})`,
      "g",
    );
    const suffixNouns = alternation(lex.suffixClasses.map((c) => c.noun));
    this.suffixThing = new RegExp(
      `(?<name>'[^']{2,40}'|${THING_WORD}(?:\\s+(?:(?:and|of|for|on)\\s+)?${THING_WORD}){0,4}?)(?<acr>\\s+\\([A-Z][\\w-]{1,10}\\))?\\s+(?<cls>${loose(suffixNouns)})\\b`,
      "g",
    );
    const prefixes = alternation(lex.prefixClasses.map((c) => c.word));
    this.followingClass = new RegExp(`^\\s+(${suffixNouns})\\b`);
    this.classFirst = new RegExp(
      `\\bthe\\s+(?<cls>${alternation(lex.classBeforeName)})\\s+(?<name>[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3})`,
      "g",
    );
    this.prefixThing = new RegExp(
      `\\b(?<pre>${prefixes})\\s+(?<rest>(?:of\\s+)?[A-Z][\\w\\-]*(?:\\s+[A-Z][\\w\\-]*){0,2})`,
      "g",
    );
    this.introducedClass = /\b(?<cls>[a-z]+?)s?\s+(?:like|such\s+as)\s+(?<name>[A-Z][\w-]+)/g;
    this.appositiveThing = /^\s*(?:,|\s-)\s*(?<desc>(?:a|an)\s+[^,.;"]{12,140}?)(?=[,.;]|\s-\s|$)/;
    this.killed =
      /^\s*,?\s*which\s+(?:killed|left|claimed(?:\s+the\s+lives\s+of)?)\s+(?<n>\d[\d,]*|[a-z]+)\s+(?<unit>[a-z]+)/;
    this.countryMention = new RegExp(`\\b(?:${ctry}|${dem})\\b`, "g");
    this.titled = new RegExp(
      `(?<name>${PERSON})\\s+(?:was|has\\s+been|is|were)\\s+(?:named|declared|adjudged|chosen\\s+as)\\s+(?:the\\s+)?(?<title>${alternation(lex.titles)})`,
      "g",
    );
    this.quoted = new RegExp(
      `(?<who>(?:[Tt]he\\s+)?(?:(?:${dem})\\s+)?(?:${role}|${PERSON}))\\s+(?:said|stated|declared|warned|asserted)(?:\\s+that)?,?\\s+"(?<quote>[^"]{12,90})"`,
      "g",
    );
    this.quotedFirst = new RegExp(
      `"(?<quote>[^"]{12,90}?)[,.]?"\\s*,?\\s+(?<who>(?:[Tt]he\\s+)?(?:(?:${dem})\\s+)?(?:${role}|${PERSON}))\\s+(?:said|stated|declared|warned|asserted|posted)\\b`,
      "g",
    );
    const lastWords = [...new Set(lex.roles.flatMap((r) => r.forms.map((f) => f.split(" ").at(-1) ?? f)))];
    this.roleTrigger = new RegExp(`\\b(?:${lastWords.map((w) => loose(w)).join("|")}|counterpart)\\b`);
    const cap = "[A-Z][\\w'.\\-]*";
    this.legislation = new RegExp(
      `(?<name>${cap}(?:\\s+(?:(?:of|and|for|the)\\s+)?${cap}){0,6}(?:\\s+\\((?:[A-Z][a-z]+\\s+)?Amendment\\))?\\s+(?<kind>Bill|Act|Sanhita|Code|Ordinance)(?:,\\s+(?<year>(?:19|20)\\d\\d))?)`,
      "g",
    );
    this.superlative =
      /^(?<name>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})\s+(?:has|had|recorded|reported|registered)\s+the\s+(?<sup>highest|largest|lowest|most|fewest|maximum|minimum)\s+(?<what>[^,.;]{3,60}?)(?=\s+(?:at|with|among|followed)\b|[.;,]|$)/;
    this.votes =
      /^(?<clause>.+?),?\s+with\s+(?<n>\d[\d,]*)\s+(?<unit>members|MPs|MLAs|countries|nations|votes|senators|lawmakers)\s+(?:voting|voted)\s+in\s+favou?r(?:\s+and\s+(?<against>\d[\d,]*)\s+against)?/;
    this.awarded = new RegExp(
      `(?<name>${PERSON})\\s+(?:has\\s+been|was|were|is)\\s+(?:awarded|conferred(?:\\s+with)?|honoured\\s+with|presented(?:\\s+with)?)\\s+(?:the\\s+)?(?<prize>(?:\\d{4}\\s+)?${cap}(?:\\s+(?:(?:of|in|for|the|and)\\s+)?${cap}){0,7})`,
      "g",
    );
    const honour = alternation(lex.events.honourWords);
    this.won = new RegExp(
      `(?:(?<ctry>${ctry})'s\\s+)?(?<name>${PERSON})\\s+(?:${alternation(lex.events.winVerbs)})\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?<what>(?:[\\w'\\-]+\\s+){0,6}?(?:${honour}))\\b(?<tail>\\s+(?:at|in|of)\\s+(?:the\\s+)?${cap}(?:\\s+${cap}){0,3})?`,
      "g",
    );
    this.beat = new RegExp(
      `(?:(?<ctry>${ctry})'s\\s+)?(?<name>${PERSON})\\s+(?:${alternation(lex.events.beatVerbs)})\\s+(?:(?<lctry>${ctry})'s\\s+)?(?<loser>${PERSON})\\b[^.;]*?\\s+in\\s+the\\s+(?<final>(?:[\\w'\\-]+\\s+){0,4}?final)(?<venue>\\s+(?:at|of)\\s+${cap}(?:\\s+${cap}){0,3})?`,
      "g",
    );
    this.leadingRank = new RegExp(`^(?:${rank})\\.?\\s+`);
    this.acronymDefinition =
      /\b(?<full>[A-Z][\w'&.-]*(?:\s+(?:of|for|and|the|on|in)?\s*[A-Z][\w'&.-]*){1,7})\s+\((?<short>[A-Z][A-Za-z]{1,7})\)/g;
  }
}

let patterns: Patterns | undefined;
const compiled = () => {
  patterns ??= new Patterns();
  return patterns;
};

/**
 * Finds the facts of one story (one or more articles about the same event) and words a question for each.
 * @example extractStoryFacts([{ id: "a", sentences: annotate(["Norway's Defence Minister Ola Berg met ..."]), reference, dated: true }])
 */
export function extractStoryFacts(articles: StoryArticle[]): Candidate[] {
  const p = compiled();
  const holders = findHolders(articles, p);
  const { protagonist, home } = assignCountries(holders, articles, p);
  const event = mainEvent(articles, p);
  learnClasses(articles, p);
  const candidates: Candidate[] = [];
  for (const holder of holders) candidates.push(...holderQuestions(holder, protagonist, event, articles));
  candidates.push(...titleQuestions(articles, event, p));
  candidates.push(...quoteQuestions(articles, event, p));
  candidates.push(...winnerQuestions(articles, p));
  for (const article of articles) {
    article.sentences.forEach((sentence, i) => {
      const claimed: Span[] = [];
      const resolveTheir = theirResolver(article.sentences[i - 1]);
      const before = candidates.length;
      candidates.push(...venues(sentence, article, event, protagonist, p, claimed));
      candidates.push(...incidents(sentence, article, p, claimed, home));
      candidates.push(...things(sentence, article, p, claimed, holders, resolveTheir));
      candidates.push(...numbers(sentence, article, claimed, p));
      candidates.push(...dates(sentence, article, claimed));
      const needsPair = candidates.slice(before).some((c) => /\b(?:the two|both)\b/i.test(c.prompt));
      const pair = needsPair ? pairInContext([article.sentences[i - 1], sentence], home, holders, p) : null;
      if (pair)
        for (let k = before; k < candidates.length; k++) {
          const c = candidates[k] as Candidate;
          c.prompt = namePair(c.prompt, pair);
        }
    });
  }
  return candidates.map((c) => ({ ...c, prompt: resolvePronouns(c.prompt, protagonist) }));
}

// ---------- who: role holders ----------

/** Holders indexed by the words of their names, so matching a name never compares it with every holder. */
class HolderIndex {
  readonly all: Holder[] = [];
  private readonly byWord = new Map<string, Holder[]>();

  add(h: Holder): void {
    this.all.push(h);
    this.indexName(h);
  }

  /** Call after a holder's name changes (a longer spelling was met). */
  indexName(h: Holder): void {
    for (const w of normKey(h.name).split(" ")) {
      const list = this.byWord.get(w) ?? [];
      if (!list.includes(h)) list.push(h);
      this.byWord.set(w, list);
    }
  }

  find(name: string): Holder | undefined {
    const seen = new Set<Holder>();
    for (const w of normKey(name).split(" "))
      for (const h of this.byWord.get(w) ?? []) {
        if (seen.has(h)) continue;
        seen.add(h);
        if (samePerson(h.name, name)) return h;
      }
    return undefined;
  }
}

function findHolders(articles: StoryArticle[], p: Patterns): Holder[] {
  const lex = lexicon();
  const index = new HolderIndex();
  const holders = index.all;
  type Raw = {
    name?: string;
    rank?: string;
    role?: string;
    dem?: string;
    ctry?: string;
    ctryPoss?: string;
    org?: string;
    orgName?: string;
    how?: string;
    ordinal?: string;
    region?: string;
  };
  const add = (
    raw: Raw,
    articleId: string,
    sentence: string,
    counterpartOf: Holder | null,
  ): Holder | null => {
    const cleaned = cleanPersonName(raw.name ?? "", p);
    if (!cleaned) return null;
    const { name } = cleaned;
    const rank = raw.rank ?? cleaned.rank;
    let country = counterpartOf
      ? (lex.country(raw.dem ?? "") ?? null)
      : (lex.country(raw.dem ?? raw.ctry ?? raw.ctryPoss ?? "") ?? null);
    // "Kerala Chief Minister X": a state's office, named like an organisation's ("the Chief Minister of Kerala").
    let org = raw.region ?? raw.org ?? raw.orgName ?? null;
    if (org && lex.country(org)) {
      country = lex.country(org) ?? null;
      org = null;
    }
    const role = counterpartOf
      ? counterpartOf.role
      : (lex.role(raw.role ?? "")?.canonical ??
        (/^(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3}Minister$/.test(raw.role ?? "") ? raw.role : undefined));
    if (!role) return null;
    const appointment = raw.how
      ? `${/over|charge/.test(raw.how) ? "took over as" : /sworn/.test(raw.how) ? "was sworn in as" : /elected/.test(raw.how) ? "was elected" : "was appointed"}${raw.ordinal ? ` the ${raw.ordinal.trim()}` : ""}`
      : null;
    const existing = index.find(name);
    if (existing) {
      if (name.length > existing.name.length && name.split(" ").length <= 5) {
        existing.name = name;
        index.indexName(existing);
      }
      existing.rank ??= rank;
      existing.country ??= country;
      existing.org ??= org;
      existing.appointment ??= appointment;
      if (counterpartOf && counterpartOf !== existing) {
        existing.counterpartOf ??= counterpartOf;
        existing.counterpartDemonym ??= raw.dem ?? null;
      }
      if (!existing.mentions.some((m) => m.articleId === articleId))
        existing.mentions.push({ articleId, sentence });
      return existing;
    }
    const holder: Holder = {
      name,
      rank,
      role,
      roleExplicit: counterpartOf === null,
      country,
      org,
      counterpartOf,
      counterpartDemonym: counterpartOf ? (raw.dem ?? null) : null,
      appointment,
      mentions: [{ articleId, sentence }],
    };
    index.add(holder);
    return holder;
  };
  for (const article of articles) {
    for (const s of article.sentences) {
      if (!p.roleTrigger.test(s.text)) continue;
      for (const m of s.text.matchAll(p.holder)) add(m.groups ?? {}, article.id, s.text, null);
      for (const m of s.text.matchAll(p.appositiveHolder)) add(m.groups ?? {}, article.id, s.text, null);
      for (const m of s.text.matchAll(p.appointed)) add(m.groups ?? {}, article.id, s.text, null);
    }
  }
  // "X met his Brazilian counterpart Y": Y holds X's role. X is the holder named earlier in the same sentence,
  // or failing that the story's first holder with no country or organisation of their own.
  const lead = holders.find((h) => !h.country && !h.org) ?? holders[0];
  for (const article of articles) {
    for (const s of article.sentences) {
      if (!s.text.includes("counterpart")) continue;
      for (const m of s.text.matchAll(p.counterpart)) {
        const before = s.text.slice(0, m.index ?? 0);
        const subject =
          [...holders].reverse().find((h) => before.includes(h.name.split(" ").at(-1) ?? h.name)) ?? lead;
        if (subject) add(m.groups ?? {}, article.id, s.text, subject);
      }
    }
  }
  // Count every later mention by surname, for salience: one word index per story, not a scan per holder.
  const firstSentenceWith = new Map<string, Map<string, string>>();
  for (const article of articles)
    for (const s of article.sentences)
      for (const t of s.tokens) {
        const byArticle = firstSentenceWith.get(t.text) ?? new Map<string, string>();
        if (!byArticle.has(article.id)) byArticle.set(article.id, s.text);
        firstSentenceWith.set(t.text, byArticle);
      }
  for (const h of holders) {
    const surname = h.name.split(" ").at(-1) ?? h.name;
    for (const [articleId, sentence] of firstSentenceWith.get(surname) ?? []) {
      if (!h.mentions.some((m) => m.articleId === articleId)) h.mentions.push({ articleId, sentence });
    }
  }
  return holders;
}

function cleanPersonName(raw: string, p: Patterns): { name: string; rank: string | null } | null {
  const lex = lexicon();
  let text = raw.trim();
  let rank: string | null = null;
  const ranked = text.match(p.leadingRank);
  if (ranked) {
    rank = ranked[0].trim();
    text = text.slice(ranked[0].length);
  }
  const words = text.replace(/'s$/, "").split(/\s+/);
  while (words.length && (NOT_NAMES.has(words.at(-1) ?? "") || lex.country(words.at(-1) ?? ""))) words.pop();
  while (words.length && NOT_NAMES.has(words[0] ?? "")) words.shift();
  const name = words.join(" ");
  if (!name || !/[a-z]/.test(name) || lex.country(name) || lex.role(name) || lex.organisation(name))
    return null;
  return { name, rank };
}

function samePerson(a: string, b: string): boolean {
  if (similarName(a, b)) return true;
  const wa = a.split(" ");
  const wb = b.split(" ");
  // "Rajnath" and "Rajnath Singh", "Belousov" and "Andrey Belousov".
  return (wa.length === 1 || wb.length === 1) && wa.some((w) => w.length > 3 && wb.includes(w));
}

/** Gives holders of country roles with no stated country the story's home country; returns the protagonist. */
/**
 * Gives holders with no stated country or organisation the story's own: the most-mentioned country (named at
 * least twice, and nobody else's country) for country roles, the most-mentioned organisation for org roles.
 * A holder the text does not place gets no guess. Returns the protagonist and the story's home country.
 */
function assignCountries(
  holders: Holder[],
  articles: StoryArticle[],
  p: Patterns,
): { protagonist: Holder | null; home: Country | null } {
  const lex = lexicon();
  const counts = new Map<string, { country: Country; n: number }>();
  const orgs = new Map<string, { display: string; n: number }>();
  for (const a of articles)
    for (const s of a.sentences) {
      for (const m of s.text.matchAll(p.countryMention)) {
        const c = lex.country(m[0]);
        if (c) counts.set(c.code, { country: c, n: (counts.get(c.code)?.n ?? 0) + 1 });
      }
      for (const m of s.text.matchAll(p.acronymDefinition)) {
        const short = m.groups?.short ?? "";
        if (lex.country(short)) continue;
        const entry = orgs.get(short) ?? {
          display: `${(m.groups?.full ?? "").replace(/^The\s+/, "")} (${short})`,
          n: 0,
        };
        orgs.set(short, entry);
      }
      for (const [short, entry] of orgs) if (s.text.includes(short)) entry.n++;
    }
  // Words that place a report in a country it never names ("Lok Sabha", "crore") count as mentions of it.
  for (const [code, hints] of Object.entries(lex.countryHints)) {
    const country = lex.countryByCode(code);
    if (!country) continue;
    let n = 0;
    for (const a of articles)
      for (const s of a.sentences) for (const hint of hints) if (s.text.includes(hint)) n++;
    if (n > 0) counts.set(code, { country, n: (counts.get(code)?.n ?? 0) + n });
  }
  const others = new Set(holders.map((h) => h.country?.code).filter(Boolean));
  const ranked = [...counts.values()].sort((x, y) => y.n - x.n);
  const home = ranked.find((c) => c.n >= 2 && !others.has(c.country.code))?.country ?? null;
  const mainOrg = [...orgs.values()].sort((x, y) => y.n - x.n)[0];
  for (const h of holders) {
    if (h.country || h.org) continue;
    const scope = lex.roles.find((r) => r.canonical === h.role)?.scope;
    if (scope === "org") h.org = mainOrg && mainOrg.n >= 2 ? mainOrg.display : null;
    else if (scope !== "region" && !h.counterpartOf) h.country = home;
  }
  const most = Math.max(0, ...holders.map((x) => x.mentions.length));
  const protagonist = holders.find((h) => !h.counterpartOf && h.mentions.length === most) ?? null;
  return { protagonist, home: protagonist?.country ?? home ?? ranked[0]?.country ?? null };
}

function possessive(country: Country): string {
  const name =
    /^(United|Czech|Dominican|Central African|Philippines|Netherlands|Maldives|Bahamas|Gambia)/.test(
      country.name,
    )
      ? `the ${country.name}`
      : country.name;
  return `${name}'s`;
}

function holderQuestions(
  h: Holder,
  protagonist: Holder | null,
  event: Event | null,
  articles: StoryArticle[],
): Candidate[] {
  const first = h.mentions[0];
  if (!first) return [];
  const article = articles.find((a) => a.id === first.articleId);
  const when = article?.dated ? ` in ${monthYear(article.reference)}` : "";
  const at = event ? ` at the ${event.display}` : "";
  // "the Reserve Bank of India (RBI)" but "ISRO": exam questions write bare acronyms without an article.
  const org =
    h.org && !/^the\b/i.test(h.org) && !/^[A-Z0-9&-]+$/.test(h.org) && !lexicon().regionKindOf(h.org)
      ? `the ${h.org}`
      : h.org;
  const whose = org
    ? `the ${h.role} of ${org}`
    : h.country
      ? `${possessive(h.country)} ${h.role}`
      : `the ${h.role}`;
  let prompt: string | null = null;
  if (
    h.appointment &&
    (h.country || org || !/^(?:President|Prime Minister|Governor|Chairman)$/.test(h.role))
  ) {
    const ordinal = h.appointment.match(/ the (\d+(?:st|nd|rd|th))$/)?.[1];
    const verb = h.appointment.replace(/ the \d+(?:st|nd|rd|th)$/, "");
    const office = ordinal
      ? `the ${ordinal} ${h.role}${h.country ? ` of ${h.country.name}` : org ? ` of ${org}` : ""}`
      : whose;
    prompt = `Who ${verb} ${office}${when}?`;
  } else if (org)
    prompt = `Who was ${whose}${when}${event && !event.display.includes(h.org ?? "") ? at : ""}?`;
  else if (!h.roleExplicit && h.counterpartOf && h.counterpartDemonym)
    prompt = `Who was ${h.counterpartOf.name}'s ${h.counterpartDemonym} counterpart${at}${when}?`;
  else if (h.country) {
    const met =
      h.counterpartOf && h.counterpartOf !== h
        ? `, whom ${h.counterpartOf.name} met${at}${when}`
        : `${at}${when}`;
    prompt = `Who was ${whose}${met}?`;
  }
  if (!prompt) return [];
  const words = h.name.split(" ");
  const surname = words.at(-1) ?? h.name;
  const aliases = [
    surname,
    h.rank ? `${h.rank} ${h.name}` : "",
    words.length > 2 ? `${words[0]} ${surname}` : "",
  ];
  const score =
    10 +
    Math.min(3, h.mentions.length - 1) +
    (h.counterpartOf ? 1 : 0) +
    (h === protagonist ? -1 : 0) +
    (h.appointment ? 1 : 0);
  return [
    {
      kind: "who",
      answer: h.name,
      aliases: aliases.filter((a) => a && a !== h.name),
      category: `person:${h.role}`,
      prompt,
      articleId: first.articleId,
      sentence: first.sentence,
      surface: h.name,
      score,
    },
  ];
}

/** Who won: a prize ("X was awarded the Y Prize"), a title ("X won the women's singles title"), a final ("X beat Y in the final at Z"). */
function winnerQuestions(articles: StoryArticle[], p: Patterns): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  const person = (raw: string | undefined) => {
    const cleaned = cleanPersonName(raw ?? "", p);
    return cleaned && !lex.country(cleaned.name) ? cleaned.name : null;
  };
  for (const a of articles) {
    const when = a.dated ? ` in ${monthYear(a.reference)}` : "";
    for (const s of a.sentences) {
      if (
        !/\b(?:awarded|conferred|honoured|presented|won|wins|clinched|claimed|lifted|bagged|secured|retained|defended|defeated|beat|beats|edged|thrashed|outclassed|stunned|overcame)\b/.test(
          s.text,
        )
      )
        continue;
      const base = { kind: "who" as const, articleId: a.id, sentence: s.text };
      for (const m of s.text.matchAll(p.awarded)) {
        const name = person(m.groups?.name);
        const prize = (m.groups?.prize ?? "").trim();
        if (
          !name ||
          !/\b(?:Prize|Award|Medal|Ratna|Vibhushan|Bhushan|Shri|Trophy|Honour|Fellowship)\b/.test(prize)
        )
          continue;
        const dated = /\b(?:19|20)\d\d\b/.test(prize) ? "" : when;
        out.push({
          ...base,
          answer: name,
          aliases: [name.split(" ").at(-1) ?? name],
          category: "person:laureate",
          prompt: `Who was awarded the ${prize}${dated}?`,
          surface: name,
          score: 9.5,
        });
      }
      for (const m of s.text.matchAll(p.won)) {
        const name = person(m.groups?.name);
        // "won the silver medal in the men's javelin throw at the Paris Olympics": the field and venue belong to it.
        const rest = s.text.slice((m.index ?? 0) + m[0].length);
        const more = rest.match(
          /^(?<noun>\s+(?:medal|title|trophy|cup|crown))?(?<field>\s+in\s+the\s+[^,.;]+?)?(?<venue>\s+at\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?(?=\s+(?:on|with|after|by|for|in\s+\d)\b|[,.;]|$)/,
        );
        const what = `${(m.groups?.what ?? "").trim()}${more?.groups?.noun ?? ""}${more?.groups?.field ?? ""}`;
        const tail = m.groups?.tail ?? more?.groups?.venue ?? "";
        if (!name || (what.split(" ").length < 2 && !tail)) continue;
        out.push({
          ...base,
          answer: name,
          aliases: [name.split(" ").at(-1) ?? name],
          category: "person:winner",
          prompt: `Who won the ${what}${tail}${when}?`,
          surface: name,
          score: 9,
        });
      }
      for (const m of s.text.matchAll(p.beat)) {
        const name = person(m.groups?.name);
        const loser = person(m.groups?.loser);
        if (!name || !loser) continue;
        const final = (m.groups?.final ?? "").trim();
        const venue = m.groups?.venue ?? "";
        out.push({
          ...base,
          answer: name,
          aliases: [name.split(" ").at(-1) ?? name],
          category: "person:winner",
          prompt: `Who won the ${final}${venue}${when}?`,
          surface: name,
          score: 9.5,
        });
        out.push({
          ...base,
          answer: loser,
          aliases: [loser.split(" ").at(-1) ?? loser],
          category: "person:winner",
          prompt: `Whom did ${name} defeat in the ${final}${venue}${when}?`,
          surface: loser,
          score: 7.5,
        });
      }
    }
  }
  return out;
}

/** "The Russian Defence Minister said that "..."": what did a named speaker say (short statements only). */
function quoteQuestions(articles: StoryArticle[], event: Event | null, p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  const storyKey = articles.map((a) => a.id).join("|");
  for (const a of articles)
    for (const s of a.sentences) {
      if (!s.text.includes('"')) continue;
      for (const m of [...s.text.matchAll(p.quoted), ...s.text.matchAll(p.quotedFirst)]) {
        const quote = (m.groups?.quote ?? "").trim().replace(/[.,]$/, "");
        const who = (m.groups?.who ?? "").trim();
        if (quote.split(/\s+/).length > 14 || /^(?:He|She|It|They)$/i.test(who)) continue;
        const speaker = /^the\s/i.test(who) ? who.charAt(0).toLowerCase() + who.slice(1) : who;
        const at = event ? ` at the ${event.display}` : "";
        out.push({
          kind: "what",
          answer: quote,
          aliases: [],
          category: "quote",
          prompt: `What did ${speaker} say${at}${a.dated ? ` in ${monthYear(a.reference)}` : ""}?`,
          articleId: a.id,
          sentence: s.text,
          surface: quote,
          score: 6,
          storyKey,
          speaker: normKey(who),
        });
      }
    }
  return out;
}

/** "X was named Player of the Match": who-questions about honours. */
function titleQuestions(articles: StoryArticle[], event: Event | null, p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  for (const a of articles)
    for (const s of a.sentences)
      for (const m of /\b(?:named|declared|adjudged|chosen)\b/.test(s.text)
        ? s.text.matchAll(p.titled)
        : []) {
        const cleaned = cleanPersonName(m.groups?.name ?? "", p);
        const name = cleaned?.name.replace(/^.*'s\s+/, "");
        if (!name) continue;
        const at = event ? ` at the ${event.display}` : "";
        out.push({
          kind: "who",
          answer: name,
          aliases: [name.split(" ").at(-1) ?? name].filter((x) => x !== name),
          category: "person:title",
          prompt: `Who was named ${m.groups?.title}${at}${a.dated ? ` in ${monthYear(a.reference)}` : ""}?`,
          articleId: a.id,
          sentence: s.text,
          surface: name,
          score: 9.5,
        });
      }
  return out;
}

// ---------- where: venues of meetings ----------

interface Event {
  key: string;
  display: string;
}

function eventKey(raw: string): string {
  const lex = lexicon();
  let s = raw.replace(/\s*\([A-Z][A-Za-z]{1,8}\)/g, "");
  for (const o of lex.organisations) if (o.name !== o.short) s = s.replace(o.name, o.short);
  return normKey(s)
    .replace(/\bmeet\b/g, "meeting")
    .replace(/\bministers\b/g, "ministers");
}

function mainEvent(articles: StoryArticle[], p: Patterns): Event | null {
  const seen = new Map<string, { n: number; display: string }>();
  for (const a of articles)
    for (const s of a.sentences)
      for (const m of s.text.matchAll(p.event)) {
        const raw = cleanEvent(m.groups?.event ?? "");
        if (!raw) continue;
        const key = eventKey(raw);
        const entry = seen.get(key) ?? { n: 0, display: raw };
        entry.n++;
        if (raw.length > entry.display.length) entry.display = raw;
        seen.set(key, entry);
      }
  const best = [...seen.entries()].sort(
    (x, y) => y[1].n - x[1].n || y[1].display.length - x[1].display.length,
  )[0];
  return best ? { key: best[0], display: best[1].display } : null;
}

/** An event name needs an organisation, an acronym or a capitalised event noun; "Modi's meeting" is not one. */
function cleanEvent(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  while (words.length > 1 && NOT_NAMES.has(words[0] ?? "")) words.shift();
  const s = words.join(" ");
  const last = words.at(-1) ?? "";
  const hasAcronym = /\b[A-Z]{2,}\b/.test(s);
  if (!hasAcronym && !/^[A-Z]/.test(last)) return null;
  if (words.length < 2 || /'s\b/.test(s)) return null;
  return s;
}

function venues(
  s: Sentence,
  article: StoryArticle,
  event: Event | null,
  protagonist: Holder | null,
  p: Patterns,
  claimed: Span[],
): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(p.event)) {
    const raw = cleanEvent(m.groups?.event ?? "");
    if (!raw) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = s.text.slice(end).match(p.afterEvent);
    const before = s.text.slice(0, start).match(p.beforeEvent);
    const g = after?.groups ?? before?.groups;
    if (!g) continue;
    const key = eventKey(raw);
    const isMain =
      event &&
      (key === event.key || event.key.includes(key) || key.split(" ").every((w) => event.key.includes(w)));
    const display = isMain && event ? event.display : raw;
    let answer: string;
    let country: Country | undefined;
    let category = "city";
    let surface: string;
    if (g.nat) {
      const home = protagonist?.country;
      if (!home?.capital) continue;
      answer = home.capital;
      country = home;
      surface = "national capital";
    } else {
      const place = g.p ?? "";
      if (NOT_NAMES.has(place.split(" ")[0] ?? "") || lex.role(place) || lex.organisation(place)) continue;
      const asCountry = lex.country(place);
      country = asCountry ?? lex.country(g.pc ?? g.pc2 ?? "") ?? undefined;
      if (asCountry) category = "country";
      answer = asCountry ? asCountry.name : place;
      surface = place;
    }
    const dateInSentence = s.entities.find(
      (e) => e.type === "DATE" && /\b(?:19|20)\d\d\b|last year|next year/.test(sentenceDate(s, e)),
    );
    const resolved = dateInSentence
      ? article.dated
        ? resolveDate(sentenceDate(s, dateInSentence), article.reference)
        : null
      : null;
    const when =
      resolved && resolved.granularity !== "day"
        ? ` in ${formatDate(resolved)}`
        : article.dated
          ? ` in ${monthYear(article.reference)}`
          : "";
    const which =
      category === "country"
        ? "Which country"
        : country && !g.nat
          ? `Which ${country.demonyms[0] ?? ""} city`
          : "Which city";
    const prompt = `${which.replace(/\s+/g, " ")} hosted the ${display}${when}?`;
    if (normKey(prompt).includes(normKey(answer))) continue;
    claimed.push({ start, end: end + (after?.[0].length ?? 0) });
    out.push({
      kind: "where",
      answer,
      aliases: [
        g.nat ? "national capital" : "",
        country && category === "city" ? `${answer}, ${country.name}` : "",
      ].filter(Boolean),
      category,
      prompt,
      articleId: article.id,
      sentence: s.text,
      surface,
      score: isMain ? 10 : 8,
      country,
    });
  }
  return out;
}

/** The text of a DATE entity with a following "last year" joined on ("October" + "last year"). */
function sentenceDate(s: Sentence, e: { start: number; end: number; text: string }): string {
  const rest = s.text.slice(e.end);
  const tail = rest.match(/^\s+(?:last|this|next)\s+year\b/);
  return tail ? s.text.slice(e.start, e.end + tail[0].length) : e.text;
}

// ---------- where / when / how many: incidents ----------

function incidents(
  s: Sentence,
  article: StoryArticle,
  p: Patterns,
  claimed: Span[],
  home: Country | null,
): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (const m of s.text.matchAll(p.incident)) {
    const g = m.groups ?? {};
    const place = (g.place ?? "").replace(/^.*'s\s+/, "");
    const bare = place.replace(new RegExp(`^${DIRECTION}\\s+`), "");
    if (!place || NOT_NAMES.has(bare.split(" ")[0] ?? "") || lex.organisation(bare) || lex.role(bare))
      continue;
    if (lex.country(bare)) continue;
    const incident = (g.inc ?? "")
      .replace(/(^|\s)['"]+/g, "$1")
      .replace(
        /^(?:(?:the|a|an|and|dastardly|horrendous|cowardly|deadly|brutal|heinous|barbaric|gruesome|horrific|tragic|ghastly|massive)\s+)+/i,
        "",
      );
    const date = g.incdate ? (article.dated ? resolveDate(g.incdate, article.reference) : null) : null;
    const at = g.at ? ` at the ${g.at}` : "";
    const dated = date ? ` of ${formatDate(date)}` : "";
    const start = m.index ?? 0;
    claimed.push({ start, end: start + m[0].length });
    const region = g.region ? ` in ${g.region}` : "";
    // An incident needs its time to be the only one of its kind: the article's month when the text gives none.
    const undated =
      !date && !/\b(?:19|20)\d\d\b|\b[A-Z][a-z]+ \d{1,2}\b/.test(incident) && article.dated
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
        surface: g.incdate ?? "",
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
  for (const m of s.text.matchAll(p.incidentVerb)) {
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

// ---------- which: named things ----------

/** Classes learnt from the text itself ("groupings like X" makes X a grouping), shared across stories. */
const learntClasses = new Map<string, { cls: string; category: string }>();

/** Surnames of a story's holders, built once per holder list: "is this name a person?" in constant time. */
const surnameSets = new WeakMap<Holder[], Set<string>>();
function personIndex(holders: Holder[]): Set<string> {
  let set = surnameSets.get(holders);
  if (!set) {
    set = new Set(
      holders.flatMap((h) =>
        normKey(h.name)
          .split(" ")
          .filter((w) => w.length > 3),
      ),
    );
    surnameSets.set(holders, set);
  }
  return set;
}

/** Learns classes the text states ("groupings like X", "the X missile system") before any question is asked. */
function learnClasses(articles: StoryArticle[], p: Patterns): void {
  const lex = lexicon();
  for (const a of articles)
    for (const s of a.sentences) {
      for (const m of s.text.matchAll(p.introducedClass)) {
        const cls = m.groups?.cls ?? "";
        if (lex.suffixClass(cls) || lex.suffixClass(`${cls}s`))
          learntClasses.set(normKey(m.groups?.name ?? ""), { cls, category: "organisation" });
      }
      for (const m of s.text.matchAll(p.suffixThing)) {
        const noun = m.groups?.cls ?? "";
        const cls = lex.suffixClass(noun);
        const name = thingName(m.groups?.name ?? "");
        // "the X Act": a capitalised class noun is part of the name, so "X" alone is not an act.
        if (cls && name && /[A-Z]/.test(name) && !/^[A-Z]/.test(noun))
          learntClasses.set(normKey(name.replace(/'/g, "")), { cls: cls.class, category: cls.category });
      }
    }
}

function thingName(raw: string): string {
  const lex = lexicon();
  const words = raw.split(/\s+/);
  while (
    words.length &&
    (NOT_NAMES.has(words[0] ?? "") || lex.country(words[0] ?? "") || /^(?:and|or)$/i.test(words[0] ?? ""))
  )
    words.shift();
  return words.join(" ");
}

/**
 * A sentence listing several items ("X systems, Y aircraft, and Z tanks") keeps only the item asked about,
 * so the question reads "... including which tanks?" rather than repeating the list.
 */
function collapseList(text: string, span: Span): { text: string; span: Span } {
  const parts: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(/,\s+/g)) {
    parts.push({ start: from, end: m.index ?? 0 });
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push({ start: from, end: text.length });
  const at = parts.findIndex((x) => span.start >= x.start && span.end <= x.end);
  if (parts.length < 3 || at < 0) return { text, span };
  const words = (x: Span) => text.slice(x.start, x.end).split(/\s+/).length;
  let last = at;
  while (last + 1 < parts.length && words(parts[last + 1] as Span) <= 9) last++;
  let first = at;
  while (first > 0 && words(parts[first] as Span) <= 9) first--;
  const lastText = text.slice((parts[last] as Span).start, (parts[last] as Span).end);
  if (last - first < 2 && !(last - first === 1 && /^(?:and|or)\s/.test(lastText))) return { text, span };
  const head = parts[first] as Span;
  const headText = text.slice(head.start, head.end);
  const intro = [
    ...headText.matchAll(
      /\b(?:including|such as|like|spans|spanning|discussed|covering|comprising|includes|included)\s+/g,
    ),
  ].at(-1);
  if (!intro) return { text, span };
  const listStart = head.start + (intro.index ?? 0) + intro[0].length;
  if (span.start < listStart) return { text, span };
  const item = at === first ? { start: listStart, end: head.end } : (parts[at] as Span);
  const itemText = text.slice(item.start, item.end);
  const lead = itemText.match(/^(?:and|or)\s+/)?.[0].length ?? 0;
  const prefix = text.slice(0, listStart);
  const tail = text.slice((parts[last] as Span).end).replace(/^(?!\s*[.!?]?$)/, "");
  const rewritten = `${prefix}${itemText.slice(lead)}${tail}`;
  const shift = prefix.length - (item.start + lead);
  return { text: rewritten, span: { start: span.start + shift, end: span.end + shift } };
}

function things(
  s: Sentence,
  article: StoryArticle,
  p: Patterns,
  claimed: Span[],
  holders: Holder[],
  resolveTheir: (q: string) => string,
): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  const overlaps = (a: number, b: number) => claimed.some((c) => a < c.end && b > c.start);
  const isPerson = (name: string) => personIndex(holders).has(normKey(name).split(" ").at(-1) ?? "");
  const add = (name: string, cls: string, category: string, span: Span, score: number, aliases: string[]) => {
    const bare = name.replace(/^'|'$/g, "");
    if (!bare || lex.country(bare) || isPerson(bare) || /^(?:The|This|That|Its|Their)$/.test(bare)) return;
    if (overlaps(span.start, span.end)) return;
    const base = {
      kind: "which" as const,
      answer: bare,
      aliases,
      category: `thing:${category}`,
      articleId: article.id,
      sentence: s.text,
      surface: bare,
    };
    const appositive = s.text.slice(span.end).match(p.appositiveThing);
    if (appositive?.groups?.desc) {
      const desc = appositive.groups.desc.trim();
      const tense = /\b(?:launched|held|signed|conducted|carried out)\b/.test(desc) ? "was" : "is";
      out.push({ ...base, prompt: `Which ${cls} ${tense} ${desc}?`, score: score + 2 });
    }
    // A name used as a modifier ("the X rifle production") is asked as "production of which rifle".
    const after = s.text
      .slice(span.end)
      .match(
        /^\s+(?<noun>(?:production|upgrades?|supply|deliver(?:y|ies)|procurement|purchase|deal|programme|project))\b/,
      );
    let { text, span: at } = collapseList(s.text, span);
    let wh = `which ${cls}`;
    if (after?.groups?.noun) {
      const extra = after[0].length;
      const shift = text.length - s.text.length;
      void shift;
      const nounEnd = at.end + extra;
      text = `${text.slice(0, at.start)}${after.groups.noun} of ${wh}${text.slice(nounEnd)}`;
      wh = "";
      at = { start: at.start, end: at.start };
    }
    const prompt = wh ? ask(text, at, wh) : finishInPlace(text);
    if (prompt && !normKey(prompt).includes(normKey(bare)))
      out.push({ ...base, prompt: resolveTheir(prompt), score });
    claimed.push(span);
  };
  const sup = s.text.match(p.superlative);
  const supKind = sup?.groups ? lex.regionKindOf(sup.groups.name ?? "") : undefined;
  if (sup?.groups && supKind) {
    const when = article.dated ? ` in ${monthYear(article.reference)}` : "";
    out.push({
      kind: "which",
      answer: sup.groups.name ?? "",
      aliases: [],
      category: `region:${supKind}`,
      prompt: `Which ${supKind} had the ${sup.groups.sup} ${sup.groups.what}, as reported${when}?`,
      articleId: article.id,
      sentence: s.text,
      surface: sup.groups.name ?? "",
      score: 8.5,
    });
    claimed.push({ start: 0, end: (sup.groups.name ?? "").length });
  }
  for (const m of s.text.matchAll(p.legislation)) {
    const name = thingName(m.groups?.name ?? "").replace(/^The\s+/, "");
    if (!name || name.split(" ").length < 2) continue;
    const start = (m.index ?? 0) + (m.groups?.name ?? "").length - name.length;
    const kind = (m.groups?.kind ?? "").toLowerCase();
    add(
      name,
      kind === "sanhita" || kind === "code" ? "law" : kind,
      "law",
      { start, end: (m.index ?? 0) + m[0].length },
      8,
      [name.replace(/,\s+\d{4}$/, "")],
    );
  }
  for (const m of s.text.matchAll(p.prefixThing)) {
    const pre = lex.prefixClass(m.groups?.pre ?? "");
    if (!pre || pre.category === "ministry") continue;
    const name = `${m.groups?.pre} ${m.groups?.rest}`.trim();
    const start = m.index ?? 0;
    // "INS X aircraft carrier": the noun after the name is the more exact class.
    const noun = s.text.slice(start + m[0].length).match(p.followingClass);
    const suffix = noun ? lex.suffixClass(noun[1] ?? "") : undefined;
    const end = start + m[0].length + (suffix && noun ? noun[0].length : 0);
    add(
      name,
      suffix ? (noun?.[1] ?? "").toLowerCase() : pre.class,
      suffix?.category ?? pre.category,
      { start, end },
      7.5,
      [m.groups?.rest ?? ""],
    );
  }
  for (const m of s.text.matchAll(p.classFirst)) {
    const cls = m.groups?.cls ?? "";
    const name = m.groups?.name ?? "";
    const start = (m.index ?? 0) + m[0].length - name.length;
    add(
      name,
      cls,
      lex.suffixClass(cls)?.category ?? cls,
      { start: m.index ?? 0, end: start + name.length },
      6.5,
      [],
    );
  }
  for (const m of s.text.matchAll(p.suffixThing)) {
    const raw = m.groups?.name ?? "";
    const name = thingName(raw);
    const noun = m.groups?.cls ?? "";
    const cls = lex.suffixClass(noun);
    if (!name || !cls || !/[A-Z]/.test(name)) continue;
    const start = (m.index ?? 0) + raw.length - name.length;
    const end = (m.index ?? 0) + m[0].length;
    if (/^[A-Z]/.test(noun)) {
      // "the X Trophy": a capitalised class noun is part of the name; "X Policy Committee" is another name.
      if (!lex.capitalisedClasses.includes(noun.toLowerCase()) || /^\s+[A-Z]/.test(s.text.slice(end)))
        continue;
      const full = `${name} ${noun}`;
      add(full, cls.class, cls.category, { start, end }, 7, [name]);
      continue;
    }
    const acronym = m.groups?.acr?.trim().replace(/[()]/g, "");
    add(name, noun.toLowerCase(), cls.category, { start, end }, 7, [
      `${name.replace(/'/g, "")} ${noun}`,
      name.replace(/-/g, ""),
      ...(acronym ? [acronym] : []),
    ]);
  }
  // Names whose class is known from elsewhere in the story or from data ("Quad" is a grouping).
  for (const m of s.text.matchAll(/(?<![\w-])[A-Z][\w-]*(?:\s[A-Z][\w-]*)?(?![\w-])/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const key = normKey(m[0]);
    const org = lex.organisation(m[0]);
    const learnt = learntClasses.get(key);
    const membership =
      /\b(?:part of|member of|joined|comprising|comprises|includes)\b/.test(s.text) &&
      /^\s*(?:[,.;]|$|\s+which\b|\s+and\b)/.test(s.text.slice(end));
    if (/\b(?:like|such as)\s+$/.test(s.text.slice(0, start))) continue;
    if (learnt) add(m[0], learnt.cls, learnt.category, { start, end }, 6, []);
    else if (org && org.short === m[0] && org.class !== "ministry" && org.class !== "border" && membership)
      add(m[0], org.class, "organisation", { start, end }, 6.5, [org.name]);
  }
  return out;
}

function finishInPlace(text: string): string | null {
  if (/^["']/.test(text.trim())) return null;
  const q = text.replace(/[\s,;:.]+$/, "").trim();
  if (q.split(/\s+/).length > 40) return null;
  return `${capitalise(q)}?`;
}

// ---------- how many ----------

function numberAliases(n: string, unit: string): string[] {
  const lower = n.toLowerCase();
  const asWord = NUMBER_WORDS.indexOf(lower);
  const digits = asWord >= 0 ? String(asWord) : n.replace(/,/g, "");
  const word = asWord >= 0 ? lower : (NUMBER_WORDS[Number(digits)] ?? "");
  return [...new Set([digits, word, `${digits} ${unit}`, word ? `${word} ${unit}` : ""])].filter(
    (a) => a && a !== n,
  );
}

function numbers(s: Sentence, article: StoryArticle, claimed: Span[], p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  const overlaps = (a: number, b: number) => claimed.some((c) => a < c.end && b > c.start);
  // "X passed the Bill with 128 members voting in favour": how many voted for it.
  const vote = s.text.match(p.votes);
  if (vote?.groups) {
    const clause = (vote.groups.clause ?? "").replace(/\s+on\s+[A-Z][a-z]+day\b/, "");
    const at = s.text.indexOf(vote.groups.n ?? "");
    claimed.push({ start: at, end: at + vote[0].length - (vote.groups.clause ?? "").length });
    out.push({
      kind: "how_many",
      answer: vote.groups.n ?? "",
      aliases: [`${vote.groups.n} ${vote.groups.unit}`],
      category: "number",
      prompt: `How many ${vote.groups.unit} voted in favour when ${clause.charAt(0).toLowerCase()}${clause.slice(1)}?`,
      articleId: article.id,
      sentence: s.text,
      surface: vote.groups.n ?? "",
      score: 8,
    });
  }
  for (const e of s.entities) {
    if (overlaps(e.start, e.end)) continue;
    if (e.type === "MONEY") {
      const rest = s.text.slice(e.end);
      const noun = rest.match(
        /^\s+(?<noun>deal|contract|agreement|order|package|investment|loan|project|fund|budget|grant|aid|scheme|plan)\b(?<tail>[^;"]*)/,
      );
      const before = s.text.slice(0, e.start);
      const subj = before.match(
        /(?<subj>(?:[A-Z][\w'-]*\s+(?:and\s+)?){0,4}[A-Z][\w'-]*)\s+(?<verb>signed|approved|announced|sanctioned|secured|inked|awarded|cleared|won|launched|unveiled)\s+(?:a|an|the)\s+$/,
      );
      let prompt: string | null = null;
      if (noun?.groups && subj?.groups) {
        const tail = (noun.groups.tail ?? "")
          .replace(
            /,\s+(?:the\s+)?(?:[A-Za-z.'-]+\s+){1,6}(?:said|noted|added|stated|announced|told reporters)(?:\s+(?:on|in)\s+\w+)?\s*[.]?\s*$/,
            "",
          )
          .replace(/[.,]\s*$/, "");
        prompt = `What was the value of the ${noun.groups.noun} that ${subj.groups.subj} ${subj.groups.verb}${tail}?`;
      } else prompt = ask(s.text, { start: e.start, end: e.end }, "how much");
      if (!prompt) continue;
      out.push({
        kind: "how_many",
        answer: e.text,
        aliases: moneyAliases(e.text),
        category: "money",
        prompt,
        articleId: article.id,
        sentence: s.text,
        surface: e.text,
        score: 8,
      });
      continue;
    }
    if (e.type === "PERCENT") {
      const prompt = ask(s.text, { start: e.start, end: e.end }, "what percentage");
      if (prompt)
        out.push({
          kind: "how_many",
          answer: e.text,
          aliases: [e.text.replace(/\s*per\s*cent/, "%")],
          category: "percent",
          prompt,
          articleId: article.id,
          sentence: s.text,
          surface: e.text,
          score: 7,
        });
      continue;
    }
    if (e.type !== "CARDINAL") continue;
    const before = s.text.slice(0, e.start);
    if (
      /\b(?:the|these|those|all|both|of|top|over|nearly|about)\s+$/i.test(before) &&
      !/\bof\s+$/.test(before)
    )
      continue;
    if (/[-\w]$/.test(before) || /^\d{4}$/.test(e.text)) continue;
    const unit = s.text
      .slice(e.end)
      .match(
        /^\s+(?<unit>(?:[A-Z][\w-]*\s+)?[a-z]{3,}(?:\s+[a-z]{3,}s\b)?(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*[a-z]+(?:\s+[a-z]+)?)?)/,
      );
    const unitText = unit?.groups?.unit ?? "";
    const head = unitText.split(" of ")[0]?.split(" ").at(-1) ?? "";
    if (/-$/.test(s.text.slice(0, e.start).trim())) continue;
    if (!unit || !/s$/.test(head) || lexicon().genericUnits.includes(head)) continue;
    const span = { start: e.start, end: e.end + (unit[0].length ?? 0) };
    const prompt = ask(s.text, span, `how many ${unitText}`);
    if (!prompt) continue;
    out.push({
      kind: "how_many",
      answer: e.text.toLowerCase(),
      aliases: numberAliases(e.text, head),
      category: "number",
      prompt,
      articleId: article.id,
      sentence: s.text,
      surface: e.text,
      score: 6.5,
    });
  }
  return out;
}

function moneyAliases(money: string): string[] {
  const bare = money.replace(/^(?:US)?\$\s*|^Rs\.?\s*|^₹\s*|^INR\s*/i, "");
  const short = bare.replace(/\bbillion\b/, "bn").replace(/\bmillion\b/, "mn");
  return [...new Set([bare, short, money.startsWith("$") ? `US${money}` : ""])].filter(
    (a) => a && a !== money,
  );
}

// ---------- when ----------

function dates(s: Sentence, article: StoryArticle, claimed: Span[]): Candidate[] {
  const out: Candidate[] = [];
  const overlaps = (a: number, b: number) => claimed.some((c) => a < c.end && b > c.start);
  for (const e of s.entities) {
    if (e.type !== "DATE" || overlaps(e.start, e.end)) continue;
    const phrase = sentenceDate(s, e);
    if (/^(?:last|this|next)\s+year$/i.test(phrase)) continue;
    // A bare month must read as a date ("in June"), not as a name ("Admiral Dong Jun").
    if (
      /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/.test(phrase) &&
      !/\b(?:in|since|by|from|until|of|early|mid|late)\s+$/i.test(s.text.slice(0, e.start))
    )
      continue;
    // "will retire on November 23": a future tense reads a bare day forward, not back.
    const future = /\b(?:will|would|shall|is (?:set|expected|scheduled|due) to|next)\b/.test(s.text);
    const resolved = article.dated ? resolveDate(phrase, article.reference, future) : null;
    if (!resolved) continue;
    const sameDay =
      resolved.granularity === "day" &&
      resolved.year === article.reference.getUTCFullYear() &&
      resolved.month === article.reference.getUTCMonth() + 1 &&
      Math.abs((resolved.day ?? 0) - article.reference.getUTCDate()) <= 1;
    if (resolved.granularity === "day" && !article.dated) continue;
    const span = { start: e.start, end: e.start + phrase.length };
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

// ---------- wording ----------

interface Pair {
  countries: [string, string] | null;
  people: [string, string] | null;
}

/** The two countries and the two people a sentence and the one before it are about, when there are exactly two. */
function pairInContext(
  window: (Sentence | undefined)[],
  home: Country | null,
  holders: Holder[],
  p: Patterns,
): Pair {
  const lex = lexicon();
  const countries: string[] = [];
  const people: string[] = [];
  for (const s of window) {
    if (!s) continue;
    for (const m of s.text.matchAll(p.countryMention)) {
      const c = lex.country(m[0]);
      if (c && !countries.includes(c.name)) countries.push(c.name);
    }
    for (const h of holders) {
      const surname = h.name.split(" ").at(-1) ?? h.name;
      if (s.text.includes(surname) && !people.includes(h.name)) people.push(h.name);
    }
  }
  if (countries.length === 1 && home && countries[0] !== home.name) countries.unshift(home.name);
  return {
    countries: countries.length === 2 ? [countries[0] as string, countries[1] as string] : null,
    people: people.length === 2 ? [people[0] as string, people[1] as string] : null,
  };
}

/** "the two countries" -> "India and China", "the two leaders" -> "A and B", "the two Defence Ministers" -> "the Defence Ministers of A and B". */
function namePair(prompt: string, pair: Pair): string {
  let out = prompt;
  if (pair.countries) {
    const [a, b] = pair.countries;
    out = out
      .replace(/\b(?:the two|both(?: the)?) (?:countries|nations|sides)\b/gi, `${a} and ${b}`)
      .replace(/\bthe two ((?:[A-Z][a-z]+ )*[A-Z][a-z]+s)\b/g, `the $1 of ${a} and ${b}`);
  }
  if (pair.people) {
    const [a, b] = pair.people;
    out = out.replace(/\b(?:the two|both(?: the)?) (?:leaders|ministers|sides)\b/gi, `${a} and ${b}`);
  }
  return capitalise(out);
}

/** "Their collaboration" after a sentence about "India and Russia" becomes "India and Russia's collaboration". */
function theirResolver(previous: Sentence | undefined): (q: string) => string {
  const pair = previous?.text.match(/^([A-Z][\w-]+) and ([A-Z][\w-]+)\b/);
  if (!pair) return (q) => q;
  return (q) => q.replace(/\b[Tt]heir\b/, `${pair[1]} and ${pair[2]}'s`);
}

/** A question must not lean on "he" or "his" from a sentence it no longer has. */
function resolvePronouns(prompt: string, protagonist: Holder | null): string {
  if (!protagonist) return prompt;
  const name = protagonist.name;
  return capitalise(
    prompt
      .replace(
        /^(Which|What|When|Where|How many|How much|Who)( [^?]*?)\b(did|does|do|was|is|has|will|would) (he|she|He|She)\b/,
        (_m, w, mid, aux) => `${w}${mid}${aux} ${name}`,
      )
      .replace(/^(He|She) /, `${name} `)
      .replace(/\b(did|does|do|was|is|has|had|will|would|can|could) (he|she|He|She)\b/, `$1 ${name}`),
  );
}

export function resetLearntClasses(): void {
  learntClasses.clear();
}
