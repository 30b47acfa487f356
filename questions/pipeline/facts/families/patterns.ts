/** The regular expressions the fact families share, compiled once from the lexicon. */
import { lexicon } from "../../../lexicon";
import { alternation } from "../../../text";

const CAP = "[A-Z\\u00C0-\\u00DE][a-zA-Z\\u00C0-\\u024F'\\-]+";
/** A personal name: optional initials ("V", "N S"), then capitalised words with middle initials and particles ("da"). */
function personPattern(particles: string[]): string {
  return `(?:[A-Z]\\.?\\s+){0,3}${CAP}(?:\\s+(?:(?:${particles.join("|")})\\s+)?(?:[A-Z]\\.\\s*)?${CAP}){0,3}`;
}
const THING_WORD = "(?:[A-Z][\\w&.\\-]*|\\d+[A-Z][\\w\\-]*)";
const PLACE = "[A-Z][a-zA-Z\\-]+(?:\\s+[A-Z][a-zA-Z\\-]+)?";
export const DIRECTION = "(?:eastern|western|northern|southern|central|north|south|east|west)";
export const NOT_NAMES = new Set(
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

/** Words before an office that say when or how it is held, never which office it is. */
const NOT_PORTFOLIO = "Former|Outgoing|Incumbent|Acting|Interim|Then|Newly|Retired|Late|Caretaker|Designate";

export class Patterns {
  readonly holder: RegExp;
  readonly counterpart: RegExp;
  readonly appositiveHolder: RegExp;
  readonly appointed: RegExp;
  readonly event: RegExp;
  readonly afterEvent: RegExp;
  readonly beforeEvent: RegExp;
  readonly incident: RegExp;
  readonly incidentVerb: RegExp;
  /** Cheap tests for the words the incident patterns need: most sentences have none and skip them. */
  readonly incidentWord: RegExp;
  readonly incidentVerbWord: RegExp;
  readonly suffixThing: RegExp;
  readonly prefixThing: RegExp;
  readonly introducedClass: RegExp;
  readonly followingClass: RegExp;
  readonly classFirst: RegExp;
  readonly appositiveThing: RegExp;
  readonly killed: RegExp;

  readonly titled: RegExp;
  /** A cheap test for the words every role title ends with: sentences without one skip the holder patterns. */
  readonly roleTrigger: RegExp;
  /** Cheap necessary conditions of the three holder patterns, so most sentences skip the long ones. */
  readonly holderTrigger: RegExp;
  readonly appositiveTrigger: RegExp;
  readonly appointedTrigger: RegExp;
  readonly appointedActive: RegExp;
  readonly wonTrigger: RegExp;
  readonly beatTrigger: RegExp;
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
    // "Norwegian Harbour Committee Chair X": a body named in full before its office.
    const BODY_NAME =
      "(?:[A-Z][a-z]+\\s+){0,3}(?:Bank|Council|Commission|Board|Authority)\\s+of\\s+(?:the\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?|(?:[A-Z][a-z]+\\s+){1,3}(?:Committee|Commission|Council|Board|Bank|Authority|Corporation|Institute|Association|Federation|Foundation|Tribunal)";
    const PERSON = personPattern(lex.nameParticles);
    const rank = lex.rankPattern;
    const dem = lex.demonymPattern;
    // "Commerce and Industry Minister"; not "Berg and Australian Prime Minister", where a demonym starts a role.
    // "Outgoing Chief Minister X", "Former Union Minister X": a word that says when the office was held is no
    // part of its name (the holder is read from the office's own first word, and "former" marks them past).
    const role = `${loose(lex.rolePattern)}|(?:(?!(?:${dem}|${NOT_PORTFOLIO})\\b)[A-Z][a-z]+\\s+(?:and\\s+)?){1,3}Minister`;
    const ctry = lex.countryPattern;
    const org = lex.orgPattern;
    const prefix = `(?:(?<ctryPoss>${ctry})'s\\s+|(?<dem>${dem})\\s+|(?<region>${lex.regionPattern})(?:'s)?\\s+|(?<org>${org}|[A-Z]{2,6}|${BODY_NAME})\\s+)?`;
    this.holder = new RegExp(
      `\\b${prefix}(?<role>${role})(?:\\s+of\\s+(?:the\\s+)?(?<ctry>${ctry}))?,?\\s+(?:(?<rank>${rank})\\.?\\s+)?(?<name>${PERSON})`,
      "g",
    );
    this.counterpart = new RegExp(
      `\\b(?:his|her|their)\\s+(?<dem>${dem})\\s+counterpart,?\\s+(?:(?<rank>${rank})\\.?\\s+)?(?<name>${PERSON})`,
      "g",
    );
    this.appositiveHolder = new RegExp(
      `(?<name>${PERSON}),\\s+(?:the\\s+)?(?:(?<dem>${dem})\\s+)?(?<role>${role})(?:\\s+of\\s+(?:the\\s+)?(?<ctry>${ctry}))?\\b(?!\\s+[A-Z])`,
      "g",
    );
    this.appointed = new RegExp(
      `(?<name>${PERSON})\\s+(?:on\\s+(?:[A-Z][a-z]+day|\\d{1,2}\\s+[A-Z][a-z]+(?:\\s+\\d{4})?|[A-Z][a-z]+\\s+\\d{1,2}(?:,?\\s+\\d{4})?)\\s+)?(?<how>(?:has\\s+been|was|is|will\\s+be)\\s+(?:appointed|named|elected|sworn\\s+in|designated)\\s+(?:as\\s+)?|(?:took|takes|will\\s+take)\\s+over\\s+as\\s+|(?:assumed|took|takes)\\s+charge\\s+as\\s+)(?:the\\s+)?(?:new\\s+|next\\s+)?(?<ordinal>\\d+(?:st|nd|rd|th)\\s+)?(?:(?<dem>${dem})\\s+)?(?<role>${role})(?:\\s+of\\s+(?:the\\s+)?(?:(?<ctry>${ctry})|(?<orgName>[A-Z][\\w&'\\-]*(?:\\s+(?:of\\s+|and\\s+|for\\s+)?[A-Z][\\w&'\\-]*){0,6})))?`,
      "g",
    );
    // "The Centre on Tuesday appointed Air Marshal X, currently the Vice Chief, as the next Chief of the Air Staff":
    // the active form, with a rank before the name and an aside on what the person is now.
    this.appointedActive = new RegExp(
      `\\b(?<how>appointed|named|designated)\\s+(?:(?<rank>${rank})\\.?\\s+)?(?<name>${PERSON})(?:,\\s+(?:currently|presently|at present|now)\\s+[^,;"]{3,80},)?\\s+as\\s+(?:the\\s+)?(?:new\\s+|next\\s+)?(?<ordinal>\\d+(?:st|nd|rd|th)\\s+)?(?:(?<dem>${dem})\\s+)?(?<role>${role})(?:\\s+of\\s+(?:the\\s+)?(?:(?<ctry>${ctry})|(?<orgName>[A-Z][\\w&'\\-]*(?:\\s+(?:of\\s+|and\\s+|for\\s+)?[A-Z][\\w&'\\-]*){0,6})))?`,
      "g",
    );
    const meeting = alternation(lex.events.meetingNouns);
    this.event = new RegExp(
      `(?<event>(?:\\d+(?:st|nd|rd|th)\\s+)?(?:(?:[A-Z][\\w'&.\\-]*|\\d\\+\\d)(?:\\s*\\([A-Z][A-Za-z]{1,8}\\))?\\s+(?:and\\s+(?=[A-Z]))?){1,8}(?:(?:leaders'?|heads\\s+of\\s+(?:state|government)|foreign\\s+ministers'?|defence\\s+ministers'?)\\s+)?(?:${loose(meeting)})(?:-[A-Z][a-z]+)?)\\b`,
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
      `(?<inc>\\b(?:(?:the|a|an)\\s+)?(?:\\b(?!(?:of|in|on|at|for|to|by|with|no|not|mention|any)\\s)[\\w'\\-]+\\s+){0,3}?(?:${incident}))(?:\\s+of\\s+(?<incdate>\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+|[A-Z][a-z]+\\s+\\d{1,2}(?:st|nd|rd|th)?))?(?:\\s+at\\s+the\\s+(?<at>[A-Z][\\w' ]+?(?:\\s*\\([A-Z]+\\))?))?\\s+(?:in|at)\\s+(?<place>(?:(?<region>[A-Z][\\w ]+?)'s\\s+)?(?:${DIRECTION}\\s+)?${PLACE})`,
      "g",
    );
    this.incidentWord = new RegExp(`(?:${incident})`);
    this.incidentVerbWord = new RegExp(`(?:${alternation(lex.events.incidentVerbs)})`);
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
    this.titled = new RegExp(
      `(?<name>${PERSON})\\s+(?:was|has\\s+been|is|were)\\s+(?:named|declared|adjudged|chosen\\s+as)\\s+(?:the\\s+)?(?<title>${alternation(lex.titles)})`,
      "g",
    );
    const lastWords = [...new Set(lex.roles.flatMap((r) => r.forms.map((f) => f.split(" ").at(-1) ?? f)))];
    const last = lastWords.map((w) => loose(w)).join("|");
    this.roleTrigger = new RegExp(`\\b(?:${last}|counterpart)\\b`);
    // A role is followed by a capital (a rank or a name), perhaps after "of the <country>" and a comma.
    this.holderTrigger = new RegExp(`(?:${last})(?:\\s+of\\s+[^,;]*?)?,?\\s+[A-Z]`);
    // "Name, the <demonym> <role>": a comma, then the role's last word before any other comma.
    this.appositiveTrigger = new RegExp(`,\\s+[^,;]{0,120}?(?:${last})`);
    this.appointedTrigger = /(?:appointed|named|elected|sworn|designated|over\s+as|charge\s+as)/;
    const cap = "[A-Z][\\w'.\\-]*";
    // "the X (Amendment) Bill", "the Y (Abolition) Act": a bracketed word inside a law's name is part of it. "the X
    // Rapid Action Force" holds no act.
    this.legislation = new RegExp(
      `(?<name>${cap}(?:\\s+(?:(?:of|and|for|the)\\s+)?${cap}){0,6}(?:\\s+\\((?:[A-Z][a-z]+\\s+)?[A-Z][a-z]+\\))?\\s+(?<kind>Bill|Act|Sanhita|Code|Ordinance)\\b(?:,\\s+(?<year>(?:19|20)\\d\\d))?)`,
      "g",
    );
    this.superlative =
      /^(?<name>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})\s+(?:has|had|recorded|reported|registered)\s+the\s+(?<sup>highest|largest|lowest|most|fewest|maximum|minimum)\s+(?<what>[^,.;]{3,60}?)(?=\s+(?:at|with|among|followed)\b|[.;,]|$)/;
    this.votes =
      /^(?<clause>.+?),?\s+(?:with|after\s+an?\s+(?:division|vote|recorded vote)\s+in\s+which)\s+(?<n>\d[\d,]*)\s+(?<unit>members|MPs|MLAs|countries|nations|votes|senators|lawmakers)\s+(?:voting|voted)\s+in\s+favou?r(?:\s+and\s+(?<against>\d[\d,]*)\s+against)?/;
    this.awarded = new RegExp(
      `(?<name>${PERSON})\\s+(?:has\\s+been|was|were|is)\\s+(?:awarded|conferred(?:\\s+with)?|honoured\\s+with|presented(?:\\s+with)?)\\s+(?:the\\s+)?(?<prize>(?:\\d{4}\\s+)?${cap}(?:\\s+(?:(?:of|in|for|the|and)\\s+)?${cap}){0,7})`,
      "g",
    );
    const honour = alternation(lex.events.honourWords);
    this.won = new RegExp(
      `(?:(?<ctry>${ctry})'s\\s+)?(?<name>${PERSON})\\s+(?:${alternation(lex.events.winVerbs)})\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?<what>(?:[\\w'\\-]+\\s+){0,6}?(?:${honour}))\\b(?<tail>\\s+(?:at|in|of)\\s+(?:the\\s+)?${cap}(?:\\s+${cap}){0,3})?`,
      "g",
    );
    this.wonTrigger = new RegExp(`\\s(?:${alternation(lex.events.winVerbs)})\\s`);
    this.beatTrigger = new RegExp(`\\s(?:${alternation(lex.events.beatVerbs)})\\s.*?final`);
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
export const compiled = () => {
  patterns ??= new Patterns();
  return patterns;
};
