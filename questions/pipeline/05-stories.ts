/** Stage 5: near-duplicate copies, stories about one event, and dates filled in from the story. */
import { normKey, shortHash } from "../text";
import type { PartialDate } from "./03-metadata";
import { eventYear, namedWeekdays, statedYears, weekdayDates, yearOfWeekdayDates } from "./dates";

export interface StoryInput {
  id: string;
  /** Body text, for copy detection. */
  text: string;
  /** Salient names (people, organisations, places), for story grouping. */
  names: string[];
  date: PartialDate | null;
  /** The dates of posts the page embeds (see `postedDates`). */
  posted?: Required<PartialDate>[];
}

export interface StoryAssignment {
  duplicateOf: string | null;
  storyId: string;
  /** The article's own date, from its text or its story's dated articles; null when neither gives one. */
  date: string | null;
  /** The date relative expressions in the article are read against: the day it states, or null. */
  referenceDate: Date | null;
  /** The year of the article's date, for dates it writes without one ("October 19"); null when unknown. */
  year: number | null;
}

const SHINGLE = 5;
const MINHASHES = 6;
/** How many earlier articles sharing a key are compared: keeps grouping linear in the corpus. */
const RECENT_PER_KEY = 25;

/** A numbered name ("orca 4", "pslv c71", "cop36"): its stem and its number. */
const NUMBERED = /^([a-z]+)[ -]?([a-z]?\d+[a-z0-9]*)$/;

/**
 * Whether two articles name different numbers of one series and share none: "Orca-4" and "Orca-5" are two
 * launches, however many names (the agency, the spaceport, its chairman) their reports share.
 * @example otherEdition(new Set(["orca 4", "isro"]), new Set(["orca 5", "isro"])) // true
 */
export function otherEdition(a: Set<string>, b: Set<string>): boolean {
  const numbered = (names: Set<string>) =>
    [...names].map((n) => n.match(NUMBERED)).filter((m): m is RegExpMatchArray => m !== null);
  const left = numbered(a);
  const right = numbered(b);
  if (left.some((m) => b.has(m[0]))) return false;
  return left.some((x) => right.some((y) => x[1] === y[1] && x[2] !== y[2]));
}

/**
 * Groups articles: copies of one text (containment of word shingles) and stories (shared salient names, dates close).
 * Articles are compared only with earlier ones that share an index key, never all pairs.
 * @example assignStories([a, b]) // [{ duplicateOf: null, storyId: "s-..." }, { duplicateOf: "a", ... }]
 */
export function assignStories(inputs: StoryInput[]): StoryAssignment[] {
  const shingles = inputs.map((a) => shingleSet(a.text));
  const parent = inputs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  // Each group keeps the dates of its members, so an undated article cannot bridge two events years apart.
  const groupDates = inputs.map((a) => (a.date ? [a.date] : []));
  const union = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    const da = groupDates[ra] as PartialDate[];
    const db = groupDates[rb] as PartialDate[];
    if (!da.every((x) => db.every((y) => datesAgree(x, y)))) return false;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    groupDates[keep] = [...da, ...db].slice(0, 8);
    return true;
  };

  const duplicateOf: (number | null)[] = inputs.map(() => null);
  const copyIndex = new Map<string, number[]>();
  const nameIndex = new Map<string, number[]>();
  const nameSets = inputs.map((a) => new Set(a.names.map(normKey)));

  inputs.forEach((_article, i) => {
    const sh = shingles[i] as Set<number>;
    const candidates = new Set<number>();
    for (const key of minHashes(sh)) for (const j of recent(copyIndex, key)) candidates.add(j);
    for (const j of [...candidates].sort((x, y) => x - y)) {
      if (containment(sh, shingles[j] as Set<number>) >= 0.7 && union(i, j)) {
        duplicateOf[i] = duplicateOf[j] ?? j;
        break;
      }
    }
    for (const key of minHashes(sh)) push(copyIndex, key, i);

    const counts = new Map<number, number>();
    for (const name of nameSets[i] as Set<string>) {
      for (const j of recent(nameIndex, name)) counts.set(j, (counts.get(j) ?? 0) + 1);
      push(nameIndex, name, i);
    }
    // The closest story first: an article that could join two stories joins the one it shares most with.
    for (const [j, shared] of [...counts].sort((x, y) => y[1] - x[1] || y[0] - x[0])) {
      const smaller = Math.min(nameSets[i]?.size ?? 0, nameSets[j]?.size ?? 0);
      if (
        shared >= 3 &&
        shared >= smaller * 0.3 &&
        !otherEdition(nameSets[i] as Set<string>, nameSets[j] as Set<string>)
      )
        union(i, j);
    }
  });

  const roots = inputs.map((_, i) => find(i));
  // Each article's own date: a stamp or dateline, else its weekday-dates read with the years it states.
  const owns = inputs.map((a) => ownDate(a));
  const own = owns.map((o) => o?.date ?? null);
  const storyDates = new Map<number, PartialDate[]>();
  inputs.forEach((_a, i) => {
    const d = own[i];
    if (d?.year) storyDates.set(roots[i] as number, [...(storyDates.get(roots[i] as number) ?? []), d]);
  });

  return inputs.map((_article, i) => {
    const root = roots[i] as number;
    const known = storyDates.get(root) ?? [];
    // A date without a year takes it from a dated article of its story; an undated copy of a dated story takes
    // the story's date. Nothing is ever read against the clock.
    const filled = fillYear(own[i] ?? null, known);
    const date = filled ?? (own[i] ? null : ((known[0] as Required<PartialDate>) ?? null));
    const rootInput = inputs[root] as StoryInput;
    const dup = duplicateOf[i];
    // "On Monday" is read only against a day the article itself states (a stamp or dateline): a day inferred
    // from its weekday-dates is only the earliest it could have been written.
    const exact = Boolean(filled && owns[i]?.exact);
    return {
      duplicateOf: dup === null || dup === undefined ? null : (inputs[dup]?.id ?? null),
      storyId: `s-${shortHash(rootInput.id)}`,
      date: date ? isoDate(date) : null,
      referenceDate: exact && filled ? toDate(filled) : null,
      year: date?.year ?? null,
    };
  });
}

/** The article's date from its metadata (exact), or from weekday-dates in its text whose year the text pins down. */
function ownDate(article: StoryInput): { date: PartialDate; exact: boolean } | null {
  if (article.date?.year) return { date: article.date, exact: true };
  const pairs = weekdayDates(article.text);
  const year = yearOfWeekdayDates(pairs, statedYears(article.text));
  // A dateline's day with no year takes the year of the event the article is about, when it names one with its
  // year ("the Harbour Peace Prize for 2031", "the 2031 Harbour Cup"): never the clock's.
  const anchored = year ?? (article.date ? eventYear(article.text) : null);
  if (article.date)
    return { date: anchored ? { ...article.date, year: anchored } : article.date, exact: true };
  if (!year) {
    // "The navy recovered the module on Saturday", above a post signed "October 18, 2031", a Saturday: the report
    // is from the day of its latest post. Without a weekday that agrees, the post may be older than the report.
    const post = [...(article.posted ?? [])].sort((a, b) => toDate(b).getTime() - toDate(a).getTime())[0];
    return post && namedWeekdays(article.text).has(toDate(post).getUTCDay())
      ? { date: post, exact: true }
      : null;
  }
  // The latest weekday-date is the nearest to the day of writing: a report says "on Monday" of this week.
  const latest = [...pairs].sort((a, b) => b.month * 31 + b.day - (a.month * 31 + a.day))[0];
  return latest ? { date: { year, month: latest.month, day: latest.day }, exact: false } : null;
}

/** Hashes of every run of SHINGLE words: numbers, so comparing two texts never builds strings. */
function shingleSet(text: string): Set<number> {
  const words = normKey(text).split(" ").map(wordHash);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE; k++) h = (Math.imul(h, 0x01000193) ^ (words[i + k] as number)) >>> 0;
    out.add(h);
  }
  return out;
}

function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function minHashes(shingles: Set<number>): string[] {
  // The hashes are unsigned 32-bit integers: a typed array sorts them by value, without a comparator.
  return Array.from(Uint32Array.from(shingles).sort().subarray(0, MINHASHES), String);
}

function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inside = 0;
  for (const s of small) if (large.has(s)) inside++;
  return inside / small.size;
}

function recent(index: Map<string, number[]>, key: string): number[] {
  const list = index.get(key);
  return list ? list.slice(-RECENT_PER_KEY) : [];
}

function push(index: Map<string, number[]>, key: string, i: number) {
  const list = index.get(key);
  if (list) list.push(i);
  else index.set(key, [i]);
}

/** Two articles about one event are published within a fortnight of each other. */
function datesAgree(a: PartialDate | null, b: PartialDate | null): boolean {
  if (!a || !b) return true;
  if (a.year && b.year)
    return (
      Math.abs(toDate(a as Required<PartialDate>).getTime() - toDate(b as Required<PartialDate>).getTime()) <
      15 * 864e5
    );
  return Math.abs(a.month * 31 + a.day - (b.month * 31 + b.day)) < 15 || Math.abs(a.month - b.month) === 11;
}

function fillYear(date: PartialDate | null, known: PartialDate[]): Required<PartialDate> | null {
  if (!date) return null;
  if (date.year) return date as Required<PartialDate>;
  const anchor = known[0];
  if (!anchor?.year) return null;
  // The year that puts this day closest to a dated article of the same story.
  const options = [anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({ ...date, year }));
  options.sort(
    (x, y) =>
      Math.abs(toDate(x).getTime() - toDate(anchor as Required<PartialDate>).getTime()) -
      Math.abs(toDate(y).getTime() - toDate(anchor as Required<PartialDate>).getTime()),
  );
  return options[0] as Required<PartialDate>;
}

export function toDate(d: PartialDate): Date {
  return new Date(Date.UTC(d.year ?? 2000, d.month - 1, d.day, 12));
}

function isoDate(d: Required<PartialDate>): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
