/** Who: people with their roles ("Norway's Defence Minister Ola Berg"), their countries, and questions about them. */
import { type Country, lexicon } from "../../../lexicon";
import { escapeRegex, normKey, similarName } from "../../../text";
import { monthYear } from "../../dates";
import { heldOffice } from "../../options/people";
import { ANOTHER_TIME, storyState } from "../context";
import { countryOfCity } from "../spans";
import type { Candidate, Holder, StoryArticle } from "./candidate";
import type { Event } from "./events";
import { NOT_NAMES, type Patterns } from "./patterns";

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

/** "Norwegian Prime Ola Berg": a demonym, "Prime" and a name, with "Minister" left out. */
let PRIME_ALONE: RegExp | undefined;
function primeAlone(): RegExp {
  PRIME_ALONE ??= new RegExp(
    `\\b(${lexicon().demonymPattern})\\s+Prime\\s+(?!Minister\\b)(?=[A-Z][a-z]+\\s+[A-Z][a-z]+)`,
    "g",
  );
  return PRIME_ALONE;
}

/** The words of a portfolio after its first: ", Forest and Climate Change" in "Minister of Environment, ...". */
const PORTFOLIO_TAIL =
  /\b(Minister\s+of\s+[A-Z][a-z]+)(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?=[A-Z][a-z]+\s+[A-Z])/g;

export function findHolders(articles: StoryArticle[], p: Patterns): Holder[] {
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
    former = false,
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
    // "Rajnath Singh and External Affairs Minister X": a portfolio "Singh and External Affairs" that opens on the
    // end of the name before it is that name's, and the office is what follows the "and".
    // "Finance and Corporate Affairs Minister" is one office: the word before "and" is a portfolio of its own.
    const at = raw.role ? sentence.indexOf(raw.role) : -1;
    const first = raw.role?.match(/^([A-Z][a-z]+)\s+and\s+/);
    const rest = first ? (raw.role ?? "").slice(first[0].length) : "";
    if (
      first &&
      at > 0 &&
      /[A-Z][a-z]+\s$/.test(sentence.slice(0, at)) &&
      !lex.role(`${first[1]} Minister`) &&
      lex.role(rest)
    )
      raw = { ...raw, role: rest };
    const role = counterpartOf
      ? counterpartOf.role
      : (lex.role(raw.role ?? "")?.canonical ??
        (/^(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3}Minister$/.test(raw.role ?? "")
          ? // "Union Defence Minister" is India's Defence Minister: the question names the country.
            raw.role?.replace(/^Union\s+(?=\w+\s)/, "")
          : undefined));
    if (!role) return null;
    // "Rajya Sabha Deputy Chairman X", "pro-tem Speaker X": a deputy holds another office than the one the pattern read (blind reading
    // 27 asked a Deputy Chairman as the Chairman).
    const written = raw.role ? sentence.indexOf(`${raw.role} ${raw.name ?? ""}`) : -1;
    if (
      written > 0 &&
      /\b(?:Deputy|Vice|Joint|Additional|Assistant|Associate|Acting|Officiating|pro[- ]?tem)[- ]$/i.test(
        sentence.slice(0, written),
      )
    )
      return null;
    // "..., while Japan was represented by foreign minister X and defence minister Y": a country the holder's own
    // clause names is the office's, whichever country the story names most (blind reading 27: Japan's defence
    // minister was asked as India's).
    const scope = lex.roles.find((r) => r.canonical === role)?.scope;
    if (!country && !counterpartOf && !org && scope !== "org" && scope !== "region") {
      const at = sentence.indexOf(raw.name ?? "");
      const clause =
        at > 0
          ? (sentence
              .slice(0, at)
              .split(/[,;:]\s+|\s+(?:while|whereas|but)\s+/)
              .at(-1) ?? "")
          : "";
      // Only a side's own delegation says so: "Japan was represented by", "The Indian delegation was led by". "The
      // Sri Lankan President will call on President X" says nothing of X's country. A country inside a body's name
      // ("Wrestling Federation of India") is the body's.
      const side = clause.match(/^(.*?)\b(?:was|were)\s+(?:represented|led|headed)\s+by\b/)?.[1] ?? "";
      country = lex.countriesIn(side.replace(/\bof\s+(?:the\s+)?(?:[A-Z][\w-]*\s*)+/g, " ")).at(-1) ?? null;
    }
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
      // "Union Minister X" named later as "Science and Technology Minister X": the office is the specific one.
      if (/^(?:Union\s+)?Minister$/.test(existing.role) && role !== existing.role) existing.role = role;
      existing.country ??= country;
      existing.org ??= org;
      existing.appointment ??= appointment;
      existing.former &&= former;
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
      former,
      mentions: [{ articleId, sentence }],
    };
    index.add(holder);
    return holder;
  };
  for (const article of articles) {
    for (const s of article.sentences) {
      // "Minister of Environment, Forest and Climate Change X" is read "Minister of Environment X": the rest of
      // the portfolio is no part of the name.
      // "Norwegian Prime Ola Berg": a report that drops "Minister" after a demonym still names the office.
      const prime = /\bPrime\s+(?!Minister\b)[A-Z]/.test(s.text);
      // Most sentences name no role at all: they skip the rewriting and the long patterns.
      if (!prime && !p.roleTrigger.test(s.text)) continue;
      const text = prime
        ? s.text.replace(PORTFOLIO_TAIL, "$1 ").replace(primeAlone(), "$1 Prime Minister ")
        : s.text.replace(PORTFOLIO_TAIL, "$1 ");
      if (!p.roleTrigger.test(text)) continue;
      if (p.holderTrigger.test(text))
        for (let from = 0; from < text.length; ) {
          p.holder.lastIndex = from;
          const m = p.holder.exec(text);
          if (!m) break;
          from = m.index + m[0].length;
          // A word of the portfolio left over is still no name.
          const name = m.groups?.name ?? "";
          const after = text.slice(m.index + m[0].length);
          if (!name.includes(" ") && m[0].includes(`, ${name}`) && /^,?\s+and\s+[A-Z]/.test(after)) continue;
          // "the PM, Union Home Minister X": what was read as a name holds the next role; read on from there.
          const inner = name.search(/\b(?:Union|Minister|President|Secretary|Governor|Leader)\b/);
          if (inner >= 0) {
            from = m.index + m[0].length - name.length + inner;
            continue;
          }
          // "Valdoria's Foreign Minister X": an owner the data does not know is still someone else's office, never
          // the story's home country's.
          const g = m.groups ?? {};
          if (
            !g.ctryPoss &&
            !g.dem &&
            !g.region &&
            !g.org &&
            !g.ctry &&
            /\b[A-Z][\w-]*['’]s\s+$/.test(text.slice(0, m.index))
          )
            continue;
          // "Former Union Home Secretary X": "Union" may come between.
          // "The former CAS, Air Chief Marshal X": so does one the sentence calls former before a comma.
          const past =
            /\b(?:former|ex-|late|then|retired)\s*(?:(?:Union|Central|State)\s+)?$/i.test(
              text.slice(0, m.index),
            ) ||
            /\b(?:former|previous)\s+(?:[A-Z]{2,6}|[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4}),\s*$/i.test(
              text.slice(0, m.index),
            );
          add(m.groups ?? {}, article.id, s.text, null, past);
        }
      if (p.appositiveTrigger.test(s.text))
        // "The previous CAS, Air Chief Marshal X, had assumed office ...": one named as before held it before the news.
        for (const m of s.text.matchAll(p.appositiveHolder))
          add(
            m.groups ?? {},
            article.id,
            s.text,
            null,
            /\b(?:former|then|previous|predecessor)\b/i.test(
              `${s.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)}${m[0].slice(0, 30)}`,
            ),
          );
      // The trigger holds every verb of both forms: a sentence without one is read for neither.
      if (p.appointedTrigger.test(s.text)) {
        for (const m of s.text.matchAll(p.appointed)) add(m.groups ?? {}, article.id, s.text, null);
        // The active form says the same: "The Centre appointed X as the next Chief of the Air Staff".
        for (const m of s.text.matchAll(p.appointedActive))
          add({ ...m.groups, how: "appointed" }, article.id, s.text, null);
      }
    }
  }
  // "He succeeds Air Chief Marshal X", "took over from X": the one succeeded held the office before the news, however
  // else the story names them ("the outgoing CAS, X").
  // The words of every name written after such a verb, read once for the story.
  const succeededWords = new Set<string>();
  for (const a of articles)
    for (const x of a.sentences)
      if (/\b(?:succeed|replac|over\s+from)/.test(x.text))
        for (const m of x.text.matchAll(
          /\b(?:succeeds|succeeded|succeeding|replaces|replaced|replacing|(?:took|takes|taking)\s+over\s+from)\s+((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)/g,
        ))
          for (const w of (m[1] ?? "").split(/\s+/)) succeededWords.add(w);
  for (const h of holders) if (succeededWords.has(h.name.split(/\s+/).at(-1) ?? h.name)) h.former = true;
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
  // Count every later mention by surname, for salience: one pass over the story's words, keeping only surnames.
  const surnames = new Set(holders.map((h) => h.name.split(" ").at(-1) ?? h.name));
  const firstSentenceWith = new Map<string, Map<string, string>>();
  if (surnames.size > 0)
    for (const article of articles)
      for (const s of article.sentences)
        for (const t of s.tokens) {
          if (!surnames.has(t.text)) continue;
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

/** The last word of a rank read apart from it: "Marshal" of "Air Chief Marshal". */
const RANK_REMNANT = /^(?:Marshal|General|Admiral|Commodore|Brigadier)$/;

/** Service and civil honours and titles written after a name: "PVSM", "AVSM", "VM", "IAS", "MP". */
const HONOURS_AFTER_NAME =
  /^(?:PVSM|AVSM|UYSM|YSM|SM|VM|VSM|NM|ADC|VrC|MVC|KC|SC|PhD|IAS|IPS|IFS|MP|MLA|OBE|MBE|KBE)[,.]?$/;

export function cleanPersonName(raw: string, p: Patterns): { name: string; rank: string | null } | null {
  const lex = lexicon();
  let text = raw.trim();
  let rank: string | null = null;
  const ranked = text.match(p.leadingRank);
  if (ranked) {
    rank = ranked[0].trim();
    text = text.slice(ranked[0].length);
  }
  const words = text.replace(/'s$/, "").split(/\s+/);
  // "Rohit Vardhan Sahni PVSM AVSM VM": the honours after a name are no part of it.
  while (words.length > 1 && HONOURS_AFTER_NAME.test(words.at(-1) ?? "")) words.pop();
  while (words.length && (NOT_NAMES.has(words.at(-1) ?? "") || lex.country(words.at(-1) ?? ""))) words.pop();
  // "Marshal Rohit Sahni" of "Air Chief Marshal Rohit Sahni" read after the role "Air Chief": a rank's last word.
  if (words.length === 1 && RANK_REMNANT.test(words[0] ?? "")) return null;
  while (words.length > 1 && (NOT_NAMES.has(words[0] ?? "") || RANK_REMNANT.test(words[0] ?? "")))
    words.shift();
  while (words.length && NOT_NAMES.has(words[0] ?? "")) words.shift();
  const name = words.join(" ");
  // "in Pune, Union Home Minister X said": a city before the comma is no name, and "PM, Union Home Minister
  // X" holds a role inside what was read as a name.
  if (
    !name ||
    /\b(?:Minister|President|Secretary|Governor|Chairman|Chairperson|Union|Commissioner|Speaker|Leader)\b/.test(
      name,
    ) ||
    !/[a-z]/.test(name) ||
    // "the Leader of the Opposition in the Lok Sabha, the Chief Justice of India's nominee": a body before the
    // comma is no holder.
    /\b(?:Sabha|Parishad|Parliament|Assembly|Council|Court|Commission|Committee|Ministry|Board|Authority|Bank|Corporation|Party|Agency|Organisation|Organization|Institute|University|Department|Office|Secretariat|Tribunal|Bench|Lokpal|Army|Navy|Force|Government|Constitution|Act|Bill|Code|Article|Section|Schedule|Rules|Order|Ordinance|Treaty|Convention|Charter|Declaration|Limited|Ltd|Company|Industries|Group)$/.test(
      name,
    ) ||
    lex.country(name) ||
    lex.role(name) ||
    lex.organisation(name) ||
    countryOfCity(name)
  )
    return null;
  return { name, rank };
}

function samePerson(a: string, b: string): boolean {
  if (similarName(a, b)) return true;
  const wa = a.split(" ");
  const wb = b.split(" ");
  // "Ola" and "Ola Berg", "Lind" and "Mara Lind".
  return (wa.length === 1 || wb.length === 1) && wa.some((w) => w.length > 3 && wb.includes(w));
}

/**
 * Gives holders with no stated country or organisation the story's own: the most-mentioned country (named at
 * least twice, and nobody else's country) for country roles, the most-mentioned organisation for org roles.
 * A holder the text does not place gets no guess. Returns the protagonist and the story's home country.
 */
export function assignCountries(
  holders: Holder[],
  articles: StoryArticle[],
  p: Patterns,
): { protagonist: Holder | null; home: Country | null } {
  const lex = lexicon();
  const counts = new Map<string, { country: Country; n: number }>();
  const orgs = new Map<string, { display: string; n: number }>();
  for (const a of articles)
    for (const s of a.sentences) {
      for (const c of lex.countriesIn(s.text))
        counts.set(c.code, { country: c, n: (counts.get(c.code)?.n ?? 0) + 1 });
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
  // A tie goes to India: the reports are Indian outlets' ("The Sri Lankan President will call on President X" in a
  // report that names each country twice).
  const ranked = [...counts.values()].sort(
    (x, y) => y.n - x.n || Number(y.country.code === "IN") - Number(x.country.code === "IN"),
  );
  // A country named in passing ("the East China Sea" in an India-Japan story) is no home for the story's offices:
  // it must be named at least a third as often as the most-named.
  const most = ranked[0]?.n ?? 0;
  const home =
    ranked.find((c) => c.n >= Math.max(2, most / 3) && !others.has(c.country.code))?.country ?? null;
  // Only a body has a Governor or a Chairman: "Harbour Payments Interface (HPI)" is named often but is a system.
  const bodies = [...orgs.entries()]
    .filter(([, o]) => BODY.test(o.display) || lex.organisation(o.display.replace(/\s*\(.*$/, "")))
    .sort(([, x], [, y]) => y.n - x.n);
  // "The RBI's panel, headed by Governor X, ...": a body the holder's own sentence names is theirs, whichever
  // body the story names most.
  const ownOrg = (h: Holder) =>
    bodies.find(
      ([short, o]) =>
        headsBody(h.role, o.display) &&
        h.mentions.some((m) => new RegExp(`\\b${escapeRegex(short)}\\b`).test(m.sentence)),
    )?.[1].display ?? null;
  // "Chairman X" in a report of the Rajya Sabha's sitting presides over the House the story is about.
  const storyText = articles.flatMap((a) => a.sentences.map((x) => x.text)).join(" ");
  const house = (role: string) =>
    PRESIDING.find(
      ([office, pattern]) =>
        office === role && (storyText.match(new RegExp(pattern.source, "g")) ?? []).length >= 2,
    )?.[2] ?? null;
  // "Moving the Bill, Agriculture Minister X said ..." in a report of a state Assembly's sitting: a state's
  // minister, not the country's (blind reading 16). A minister such a story does not call "Union" gets no country.
  const stateHouse = [...storyText.matchAll(STATE_BODY)].some(
    (m) => lex.regionKindOf(m[1] ?? "") !== undefined,
  );
  for (const h of holders) {
    if (h.country || h.org) continue;
    const scope = lex.roles.find((r) => r.canonical === h.role)?.scope;
    // "AU Commission Chairperson X" heads a body's commission, not the body: no body is put in for them.
    const subBody = h.mentions.some((m) =>
      new RegExp(
        `\\b(?:Commission|Council|Committee|Board|Secretariat|Parliament)\\s+(?:Chairperson|Chairman|Chair|President|Secretary)\\s+${escapeRegex(h.name)}`,
      ).test(m.sentence),
    );
    if (scope === "org" && subBody) continue;
    if (scope === "org")
      h.org =
        house(h.role) ??
        ownOrg(h) ??
        // The story's most-named body the office can head: "the Reserve Bank of India's Monetary Policy Committee"
        // has members, and a Governor is the bank's.
        bodies
          .filter(([, o]) => o.n >= 2)
          .flatMap(([, o]) => [o.display, o.display.match(COMMITTEE_OF)?.[1] ?? ""])
          .find((body) => body && headsBody(h.role, body)) ??
        null;
    // "Prime Minister X" where X is a curated holder of India's office: India's, whatever else the story names.
    else if (scope !== "region" && !h.counterpartOf) {
      const curated = heldOffice(h.name, h.role);
      if (!curated && stateHouse && STATE_MINISTER.test(h.role) && !unionMinister(storyText, h.name))
        continue;
      h.country = curated ? (lex.country("India") ?? home) : home;
    }
  }
  const mentioned = Math.max(0, ...holders.map((x) => x.mentions.length));
  const protagonist = holders.find((h) => !h.counterpartOf && h.mentions.length === mentioned) ?? null;
  return { protagonist, home: protagonist?.country ?? home ?? ranked[0]?.country ?? null };
}

/** A body's committee: "Reserve Bank of India's Monetary Policy Committee (MPC)", with the body first. */
const COMMITTEE_OF = /^(.+?)['’]s\s+[^()]*\b(?:Committee|Panel|Board)\b/;

/**
 * Whether an office can head a body: a ministry has a minister, not a Governor or a Chairman (a Governor of a
 * statistics ministry was asked, blind reading 17), and a Governor heads a bank.
 * @example headsBody("Governor", "Reserve Bank of India (RBI)") // true
 */
function headsBody(role: string, body: string): boolean {
  if (/\bMinistry\b/.test(body)) return false;
  // "the Reserve Bank of India's Monetary Policy Committee": a bank's committee has members, and its Governor is
  // the bank's.
  if (/^(?:Deputy )?Governor$/.test(role) && /\b(?:Committee|Panel|Board)\b/.test(body)) return false;
  return !/^(?:Deputy )?Governor$/.test(role) || /\b(?:Bank|Reserve)\b/.test(body);
}

/** "the Punjab Assembly", "the Goa Vidhan Sabha", "the Sikkim government": a state's own House or government. */
const STATE_BODY =
  /\b(?:[Tt]he\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:Legislative\s+Assembly|Assembly|Vidhan\s+Sabha|government|Cabinet)\b/g;
/** Ministers a state has too: every portfolio minister, not the Prime Minister or the President. */
const STATE_MINISTER = /^(?!Prime\b|Chief\b|Deputy Prime\b)[A-Z][\w&, -]*Minister$/;

/** Whether the story calls the person a Union minister ("Union Agriculture Minister X"). */
function unionMinister(storyText: string, name: string): boolean {
  const surname = escapeRegex(name.split(/\s+/).at(-1) ?? name);
  return new RegExp(`\\bUnion\\s+(?:[A-Z][\\w&-]*\\s+){1,5}(?:[A-Z][\\w.'-]*\\s+){0,3}${surname}\\b`).test(
    storyText,
  );
}

/** Presiding officers of India's Houses, by the words that name the House in a report, and its name. */
const PRESIDING: [office: string, house: RegExp, name: string][] = [
  ["Chairman", /\b(?:Rajya Sabha|Upper House)\b/, "Rajya Sabha"],
  ["Speaker", /\b(?:Lok Sabha|Lower House)\b/, "Lok Sabha"],
];

/** Offices of state, whose holders' words are news: ministers, presiding officers, governors, judges. */
const OFFICE_OF_STATE =
  /\b(?:Minister|Premier|President|Chairman|Chairperson|Chair|Speaker|Governor|Justice|Chancellor|Ambassador|King|Queen|Mayor|Commissioner|Chief of)\b/;

/** Offices held by several people at once: deputies, members, judges, election commissioners. */
const SHARED_OFFICE =
  /^(?:Deputy|Additional|Joint|Assistant|Associate)\b|^(?:Election Commissioner|Judge|Justice|Member|Commissioner|Director|Secretary)$/;

/** The head word of an organisation's name. */
const BODY =
  /\b(?:Bank|Council|Commission|Committee|Organi[sz]ation|Agency|Authority|Board|Institute|Corporation|Fund|Union|Association|Federation|Court|Ministry|Department|Bureau|Forum|Alliance|League|Party|Assembly|Parliament|Tribunal)\b/;

/** "Norway's Prime Minister", but "the President of the United States": a name with "the" takes "of". */
function possessive(country: Country, role: string): string {
  return /^(United|Czech|Dominican|Central African|Philippines|Netherlands|Maldives|Bahamas|Gambia)/.test(
    country.name,
  )
    ? `the ${role} of the ${country.name}`
    : `${country.name}'s ${role}`;
}

export function holderQuestions(
  h: Holder,
  protagonist: Holder | null,
  event: Event | null,
  articles: StoryArticle[],
  holders: Holder[] = [],
): Candidate[] {
  const first = h.mentions[0];
  // "former Bihar CM X" says who once held the office, not who held it at the story's time.
  if (!first || (h.former && !h.appointment)) return [];
  // "Valdorian Trade Minister X": a demonym the data does not know says the office is another country's, which no
  // question can name; "India's Valdorian Trade Minister" would be wrong.
  const unknownDemonym = h.role.match(/^([A-Z][a-z]+(?:ian|ean|ese|ish|i))\s/)?.[1];
  if (unknownDemonym && !lexicon().country(unknownDemonym)) return [];
  // '"A moment of great pride," said Foreign Minister X': someone the story only quotes reacting is no part of its
  // news, and "Who was the Foreign Minister?" beside a space mission asks nothing of it (blind reading 24).
  const quoted = (sentence: string) =>
    /^["“]|^[^"“”]+["”],?\s+(?:said|says|added|noted)\b/.test(sentence) || /,\s+says\s+[^,]*$/.test(sentence);
  const lastName = h.name.split(" ").at(-1) ?? h.name;
  // "Export body chief X said the pact ...": an official who is not an office holder of state (a director
  // general, a secretary general) and is only reported speaking is quoted too.
  const speaking = new RegExp(
    `\\b${escapeRegex(lastName)}\\b(?:,[^,]{0,80},)?\\s+(?:(?:also|further|then|later)\\s+)?(?:said|says|told|added|noted|stated|welcomed|hailed|described)\\b`,
  );
  const reported = (sentence: string) =>
    quoted(sentence) || (!OFFICE_OF_STATE.test(h.role) && speaking.test(sentence));
  const mentioned = articles
    .flatMap((a) => a.sentences.map((x) => x.text))
    .filter((t) => t.includes(lastName));
  if (!h.appointment && [...h.mentions.map((m) => m.sentence), ...mentioned].every(reported)) return [];
  // "state higher education minister X": a state's minister is no Union minister, and "India's Education
  // Minister" would name someone else.
  if (
    !h.org &&
    new RegExp(`\\bstate\\s+(?:[a-z]+\\s+){0,3}${escapeRegex(h.role.toLowerCase())}\\b`, "i").test(
      first.sentence,
    )
  )
    return [];
  // "Who was the Deputy Governor of the Reserve Bank?": an office held by several at once has more than one right
  // answer among the options; only an appointment to it names one.
  if (!h.appointment && SHARED_OFFICE.test(h.role)) return [];
  const article = articles.find((a) => a.id === first.articleId);
  // An undated article's news month (from its lead) dates a holder whose sentence names no other year.
  // "President X was the chief guest at the 2025 Republic Day": a sentence about another year's edition dates
  // the holder by that year, not by the article's month; one about another, unnamed time does not date them.
  const edition = first.sentence.match(/\bthe\s+((?:19|20)\d\d)\s+[A-Z]/)?.[1] ?? "";
  const otherYear =
    article?.dated && edition && Number(edition) !== article.reference.getUTCFullYear() ? edition : "";
  // "an announcement made by Finance Minister X in the Budget for 2022-23": a sentence of an earlier year says who
  // held the office then, not in the article's month.
  const news = article?.dated ? article.reference.getUTCFullYear() : (article?.year ?? null);
  // The year must be near the name: "the Committee, founded in 1901, ..." elsewhere in the sentence dates no holder.
  const nameAt = first.sentence.indexOf(lastName);
  const near =
    nameAt < 0 ? "" : first.sentence.slice(Math.max(0, nameAt - 60), nameAt + lastName.length + 60);
  // A year the sentence puts its telling in ("in the Budget for 2022-23"), not a name's ("the 1956 group").
  const earlier =
    news !== null &&
    [
      ...near.matchAll(
        /\b(?:in|for|during)\s+(?:the\s+)?(?:[A-Z][\w]*\s+){0,3}(?:for\s+)?((?:19|20)\d\d)\b/g,
      ),
    ].some((m) => Number(m[1]) < news - 1);
  const when = otherYear
    ? ` in ${otherYear}`
    : ANOTHER_TIME.test(first.sentence) || earlier
      ? ""
      : article?.dated
        ? ` in ${monthYear(article.reference)}`
        : article?.month && !/\b(?:19|20)\d\d\b/.test(first.sentence)
          ? ` in ${article.month}`
          : "";
  // "at the X" only where the holder's own sentence names the event (or its noun, "the summit"): the story's
  // most-named event may be another one they never attended.
  const said = ` ${normKey(first.sentence)} `;
  const named =
    event !== null &&
    (said.includes(` ${normKey(event.display)} `) ||
      said.includes(` ${normKey(event.display).split(" ").at(-1)} `));
  const at = event && named ? ` at the ${event.display}` : "";
  // "Who was India's captain?" asks which sport as much as who: a team's captain or coach is asked only at the
  // event their own sentence names.
  if (/^[a-z]/.test(h.role) && !at) return [];
  // "the Reserve Bank of India (RBI)" but "ISRO": exam questions write bare acronyms without an article.
  const org =
    h.org && !/^the\b/i.test(h.org) && !/^[A-Z0-9&-]+$/.test(h.org) && !lexicon().regionKindOf(h.org)
      ? `the ${h.org}`
      : h.org;
  // India's Foreign Minister is its External Affairs Minister, as its papers name the office.
  const role =
    h.country?.code === "IN" && h.role === "Foreign Minister" ? "External Affairs Minister" : h.role;
  // "Who was sworn in as the Chief Minister?": a state's office is asked of the one state the story is about.
  const state =
    !org && !h.country && lexicon().roles.find((r) => r.canonical === h.role)?.scope === "region"
      ? storyState(articles)
      : undefined;
  const whose = org
    ? `the ${role} of ${org}`
    : h.country
      ? possessive(h.country, role)
      : state
        ? `the ${role} of ${state}`
        : `the ${role}`;
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
  // "Who was the Governor of the Bank of X?": the story's Governors of other banks are wrong for it though its
  // sentence names them, and they are the likeliest options.
  const sameOffice = holders
    .filter((o) => o !== h && o.role === h.role && o.org && h.org && o.org !== h.org)
    .map((o) => o.name);
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
      ...(sameOffice.length ? { listed: sameOffice } : {}),
    },
  ];
}
