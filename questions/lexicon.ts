/** Knowledge the generator reads from data files and packages, compiled once into lookups. */
import countries from "world-countries";
import classDistractorsData from "./data/class-distractors.json" with { type: "json" };
import classesData from "./data/classes.json" with { type: "json" };
import distractorsData from "./data/distractors.json" with { type: "json" };
import eventsData from "./data/events.json" with { type: "json" };
import furnitureData from "./data/furniture.json" with { type: "json" };
import organisationsData from "./data/organisations.json" with { type: "json" };
import outletsData from "./data/outlets.json" with { type: "json" };
import ranksData from "./data/ranks.json" with { type: "json" };
import regionsData from "./data/regions.json" with { type: "json" };
import rolesData from "./data/roles.json" with { type: "json" };
import topicsData from "./data/topics.json" with { type: "json" };
import { alternation, normKey } from "./text";

export interface Country {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capital: string | null;
  region: string;
  subregion: string;
  /** Square kilometres: how widely a country is known, roughly, when offering its neighbours. */
  area: number;
  landlocked: boolean;
}

export interface Role {
  canonical: string;
  scope: string;
  forms: string[];
}

export interface Organisation {
  name: string;
  short: string;
  class: string;
  /** The finer kind options are drawn from ("space agency", "regulator"), where the class is too broad. */
  field?: string;
  /** The body's country as an ISO code, where the data gives it ("IN" for ISRO). */
  nation?: string;
  /** A grouping's member states as ISO codes, where the data gives them. */
  members?: string[];
}

export interface ClassNoun {
  noun: string;
  category: string;
  class: string;
}

function buildCountries(): Country[] {
  return countries
    .filter((c) => c.independent || c.unMember)
    .map((c) => {
      const demonym = c.demonyms?.eng?.m;
      const names = new Set([c.name.common]);
      // Short forms in common use ("US", "UK", "UAE") are listed in altSpellings.
      for (const alt of c.altSpellings) if (/^[A-Z]{2,3}$/.test(alt) && alt.length <= 3) names.add(alt);
      if (c.cca2 === c.altSpellings[0] && c.name.common.includes(" "))
        names.add(c.name.common.replace(/^The /, ""));
      return {
        code: c.cca2,
        name: c.name.common,
        names: [...names].filter((n) => n !== c.cca2 || ["US", "UK"].includes(n)),
        demonyms: demonym ? [demonym] : [],
        capital: c.capital[0] ?? null,
        region: c.region,
        subregion: c.subregion,
        area: c.area,
        landlocked: c.landlocked,
      };
    });
}

class Lexicon {
  readonly countries = buildCountries();
  readonly roles: Role[] = rolesData.roles;
  readonly ranks: string[] = ranksData.ranks;
  readonly nameParticles: string[] = ranksData.nameParticles;
  readonly titles: string[] = rolesData.titles;
  readonly capitalisedClasses: string[] = classesData.capitalisedPartOfName;
  readonly organisations: Organisation[] = organisationsData.organisations;
  readonly suffixClasses: ClassNoun[] = classesData.suffix;
  readonly prefixClasses = classesData.prefix;
  readonly listIntroducers = classesData.listIntroducers;
  /** Plural nouns a count is never worth asking about ("the two nations", "24 months"). */
  readonly genericUnits: string[] = classesData.genericUnits;
  readonly distractors = distractorsData as unknown as Record<string, string[]>;
  /** Curated distractors by a named thing's class noun ("submarine"), finer than `distractors`. */
  readonly classDistractors = classDistractorsData as unknown as Record<string, string[]>;
  readonly topics = topicsData.topics as Record<string, string[]>;
  readonly topicPriority: string[] = topicsData.priority;
  private readonly regionKind = new Map<string, string>();
  private readonly countryByIso = new Map<string, Country>();
  private readonly mentions = new Map<string, Country[]>();
  /** For each capital letter, the country names and then the demonyms that start with it, read at one position. */
  private mentionPatterns: Map<string, RegExp> | undefined;
  readonly regions: Record<string, string[]> = {
    state: regionsData.state,
    "union territory": regionsData["union territory"],
  };
  readonly countryHints: Record<string, string[]> = regionsData.countryHints;
  /** The states and union territories each state borders. */
  readonly neighbours: Record<string, string[]> = regionsData.neighbours;
  /** Some larger cities of each state, for options of the state a question is about. */
  readonly stateCities: Record<string, string[]> = regionsData.cities;
  /** India's port cities. */
  readonly ports: string[] = regionsData.ports;
  /** The north-eastern states. */
  readonly northeast: string[] = regionsData.northeast;
  readonly classBeforeName: string[] = classesData.classBeforeName;
  readonly regionPattern: string;
  readonly furniture = furnitureData;
  readonly events = eventsData;
  readonly outlets = outletsData;

  private readonly foreignRegions = new Map<string, string>(
    Object.entries(regionsData.foreignRegions).flatMap(([code, names]) =>
      names.map((n): [string, string] => [n.toLowerCase(), code]),
    ),
  );
  private readonly countryByKey = new Map<string, Country>();
  private readonly roleByForm = new Map<string, Role>();
  private readonly orgByKey = new Map<string, Organisation>();

  readonly countryPattern: string;
  readonly demonymPattern: string;
  readonly rolePattern: string;
  readonly rankPattern: string;
  readonly orgPattern: string;
  readonly furnitureLines: RegExp[];
  readonly inlineFurniture: string[];
  readonly teaserHeadings: Set<string>;
  readonly outletNames: string[];
  readonly bylines: RegExp[];

  constructor() {
    for (const c of this.countries) {
      for (const n of c.names) this.countryByKey.set(n.toLowerCase(), c);
      for (const d of c.demonyms) this.countryByKey.set(d.toLowerCase(), c);
    }
    for (const r of this.roles) for (const f of r.forms) this.roleByForm.set(f.toLowerCase(), r);
    for (const [kind, names] of Object.entries(this.regions))
      for (const n of names) this.regionKind.set(n.toLowerCase(), kind);
    for (const o of this.organisations) {
      this.orgByKey.set(normKey(o.name), o);
      this.orgByKey.set(normKey(o.short), o);
    }
    this.countryPattern = alternation(this.countries.flatMap((c) => c.names));
    this.demonymPattern = alternation(this.countries.flatMap((c) => c.demonyms));
    this.rolePattern = alternation(this.roles.flatMap((r) => r.forms));
    this.rankPattern = alternation(this.ranks);
    this.orgPattern = alternation(this.organisations.flatMap((o) => [o.name, o.short]));
    this.regionPattern = alternation(Object.values(this.regions).flat());
    this.furnitureLines = this.furniture.lines.map((l) => new RegExp(l, "i"));
    this.inlineFurniture = this.furniture.inline.map((s) => s.toLowerCase());
    this.teaserHeadings = new Set(this.furniture.teaserHeadings);
    this.outletNames = [...this.outlets.agencies, ...this.outlets.outlets];
    this.bylines = this.outlets.bylinePatterns.map((p) => new RegExp(p));
  }

  /** A country by its ISO code ("IN"). */
  countryByCode(code: string): Country | undefined {
    if (this.countryByIso.size === 0) for (const c of this.countries) this.countryByIso.set(c.code, c);
    return this.countryByIso.get(code);
  }

  /**
   * The countries a text names or describes, one entry per mention in order ("Russian" counts as Russia).
   * Several stages ask this of every sentence, so each text is read once.
   */
  countriesIn(text: string): Country[] {
    let found = this.mentions.get(text);
    if (!found) {
      found = this.readMentions(text);
      if (this.mentions.size > 10_000) this.mentions.clear();
      this.mentions.set(text, found);
    }
    return found;
  }

  /**
   * The mentions `\b(?:names|demonyms)\b` finds in a text, read faster: every country name and demonym starts
   * with a capital A-Z, so only a word that starts with one is tried, and only against the names with its letter
   * (in the same order, so the same name wins).
   */
  private readMentions(text: string): Country[] {
    if (!this.mentionPatterns) {
      const names = this.countries.flatMap((c) => c.names);
      const demonyms = this.countries.flatMap((c) => c.demonyms);
      this.mentionPatterns = new Map();
      for (const letter of new Set([...names, ...demonyms].map((n) => n.charAt(0)))) {
        const alternatives = [names, demonyms]
          .map((list) => alternation(list.filter((n) => n.startsWith(letter))))
          .filter(Boolean);
        this.mentionPatterns.set(letter, new RegExp(`(?:${alternatives.join("|")})\\b`, "y"));
      }
    }
    const found: Country[] = [];
    const wordStarts = /\b[A-Z]/g;
    for (let start = wordStarts.exec(text); start; start = wordStarts.exec(text)) {
      const pattern = this.mentionPatterns.get(start[0]);
      if (!pattern) continue;
      pattern.lastIndex = start.index;
      const mention = pattern.exec(text)?.[0];
      if (!mention) continue;
      const country = this.country(mention);
      if (country) found.push(country);
      wordStarts.lastIndex = start.index + mention.length;
    }
    return found;
  }

  /** A country by its name, short form or demonym ("Russian" -> Russia). */
  country(word: string): Country | undefined {
    return this.countryByKey.get(word.toLowerCase().replace(/^the\s+/, ""));
  }

  /** The country whose state or province this is ("California" -> "US"); undefined for anything else. */
  foreignRegion(name: string): string | undefined {
    return this.foreignRegions.get(name.toLowerCase());
  }

  /** "state" for "Kerala", "union territory" for "Ladakh"; undefined for anything else. */
  regionKindOf(name: string): string | undefined {
    return this.regionKind.get(name.toLowerCase());
  }

  role(form: string): Role | undefined {
    return this.roleByForm.get(form.toLowerCase().replace(/\s+/g, " "));
  }

  organisation(name: string): Organisation | undefined {
    return this.orgByKey.get(normKey(name));
  }

  /** The class of a name from the noun that follows it ("S-5 missile system" -> missile system). */
  suffixClass(noun: string): ClassNoun | undefined {
    const key = noun.toLowerCase();
    return this.suffixClasses.find((c) => c.noun === key);
  }

  prefixClass(word: string): { word: string; category: string; class: string } | undefined {
    return this.prefixClasses.find((c) => c.word === word);
  }

  /**
   * Whether a line heads a list of other stories' links: "Related Articles", "Latest News", and a section's "More
   * in Sport".
   */
  isTeaserHeading(line: string): boolean {
    const key = line
      .toLowerCase()
      .replace(/[:.]+$/, "")
      .trim();
    return (
      this.teaserHeadings.has(key) ||
      /^more (?:in|from) [a-z][a-z &-]{1,25}$/.test(key) ||
      // "Trending Stories", "Latest Stories", "Topics You May Be Interested In".
      /^(?:trending|latest|popular|most (?:read|popular|viewed|shared)|top|recommended|related|more|editor'?s'? picks?)(?: news)? (?:stories|articles|posts|videos|reads|headlines)$/.test(
        key,
      ) ||
      /^(?:topics|stories|articles) (?:you may (?:be interested in|like)|for you)$/.test(key) ||
      // "TRENDING", "Trending in India News", "Related Releases", "More from The Harbour Times": a list's heading
      // of a word or two after its cue.
      /^(?:trending|related|more from|most read)(?: (?:in |on )?[a-z][\w&'-]*(?: [\w&'-]+){0,3})?$/.test(
        key,
      ) ||
      // "Prelims Practice Question", "Practice MCQ": a coaching page's quiz, whose statements are meant to be false.
      /^(?:(?:prelims|mains|upsc|daily)\s+)?(?:practice|test yourself|quiz)(?:\s+(?:mcqs?|questions?))?$/.test(
        key,
      )
    );
  }

  isOutlet(name: string): boolean {
    this.outletKeys ??= new Set(this.outletNames.map(normKey));
    return this.outletKeys.has(normKey(name));
  }

  /** The outlets' names by their keys, made on the first look-up: every line of every page is checked. */
  private outletKeys: Set<string> | undefined;
}

let instance: Lexicon | undefined;
/** The lexicon, built on first use. */
export function lexicon(): Lexicon {
  instance ??= new Lexicon();
  return instance;
}
export type { Lexicon };
