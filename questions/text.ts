/** Small text primitives shared by the pipeline stages. */
import { distance } from "fastest-levenshtein";

/** Titles before a name, left out of a comparison key; "Shri" stays in an award's name ("Harbour Shri"). */
const TITLE_WORDS =
  /\b(admiral|adm|lt|lieutenant|gen|general|col|colonel|maj|major|dr|mr|mrs|ms|(?<!padma )shri|smt|prof|sir|air chief marshal|marshal)\b\.?/g;

/**
 * A comparison key: lower case, no accents, quotes, titles, leading "the" or punctuation.
 * @example normKey("the 'Make in India' Initiative") // "make in india initiative"
 */
export function normKey(s: string): string {
  const hit = normKeyCache.get(s);
  if (hit !== undefined) return hit;
  const key = uncachedNormKey(s);
  if (normKeyCache.size > 50_000) normKeyCache.clear();
  normKeyCache.set(s, key);
  return key;
}

const normKeyCache = new Map<string, string>();

/**
 * `normKey` without its cache, for a text keyed once (a whole question): caching it would only crowd out the
 * names that are looked up again and again.
 * @example uncachedNormKey("Who is the 'Make in India' lead?") // "who is make in india lead"
 */
export function uncachedNormKey(s: string): string {
  // Each step is skipped when the text has nothing it would change: most keys are plain ASCII words.
  let t = s.toLowerCase();
  if (/[\u0080-\uffff]/.test(t)) t = t.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  if (t.includes(",")) t = t.replace(/(\d),(?=\d{2,3}\b)/g, "$1");
  t = t
    .replace(/[’'`"“”]/g, "")
    .replace(TITLE_WORDS, " ")
    .replace(/\bthe\b/g, " ")
    // A run of other characters becomes one space; a single space is left as it is.
    .replace(/[^a-z0-9.%$& ][^a-z0-9.%$&]*| [^a-z0-9.%$&]+/g, " ");
  if (t.includes(".")) t = t.replace(/(^|\s)\.+|\.+(\s|$)/g, " ");
  // Only plain spaces are left by now: runs of them are what remains to collapse.
  if (t.includes("  ")) t = t.replace(/ {2,}/g, " ");
  return t.trim();
}

/**
 * The value of a pure computation by its key, kept in `cache` (cleared whole when it reaches `cap`): for rewrites
 * of text that the pipeline asks of the same words again and again.
 * @example remembered(new Map(), "Oslo", () => "oslo") // "oslo"
 */
export function remembered<T>(cache: Map<string, T>, key: string, compute: () => T, cap = 20_000): T {
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as T;
  const value = compute();
  if (cache.size >= cap) cache.clear();
  cache.set(key, value);
  return value;
}

/** Words longer than two letters, as a set, for overlap measures. */
export function wordSet(s: string): Set<string> {
  return new Set(
    normKey(s)
      .split(" ")
      .filter((w) => w.length > 2),
  );
}

/**
 * How many words a text has, counted as `text.split(/\s+/).filter(Boolean).length` counts them but without
 * building the arrays: stems are measured again after every cut.
 * @example wordCount("  the 12th  Chief Justice ") // 4
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** True for the UTF-16 code units that `\s` matches in a regular expression. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Jaccard overlap of two word sets (0..1). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** True when two spellings of a name differ by a typo or transliteration ("Viktor" / "Victor"). */
export function similarName(a: string, b: string): boolean {
  return similarKeys(normKey(a), normKey(b));
}

/**
 * `similarName` of two names already keyed by `normKey`: what a scan of a list of known names compares.
 * @example similarKeys("viktor orban", "victor orban") // true
 */
export function similarKeys(x: string, y: string): boolean {
  if (x === y) return true;
  const longest = Math.max(x.length, y.length);
  if (longest < 6) return false;
  const limit = Math.max(1, Math.floor(longest / 8));
  // An edit distance is at least the difference in length: most pairs are told apart without computing it.
  return Math.abs(x.length - y.length) <= limit && distance(x, y) <= limit;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex alternation of phrases, longest first so that "Lt Gen" wins over "Lt". */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegex(p).replace(/\\ /g, "\\s+").replace(/ /g, "\\s+"))
    .join("|");
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A stable short hash (FNV-1a, base 36) for ids. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A deterministic pseudo-random generator (mulberry32), seeded from a string. */
export function seededRandom(seed: string): () => number {
  let a = Number.parseInt(shortHash(seed), 36) || 1;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Month names, January first. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** The name of a month numbered from 1; "" for any other number. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? "";
}

/** Number words, "zero" to "twelve", each at its own index. */
export const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** Ordinals written as words, indexed by their number ("zeroth" holds index 0). */
export const ORDINAL_WORDS = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];
