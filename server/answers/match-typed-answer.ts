import "server-only";
import { distance } from "fastest-levenshtein";
import { LEADING_ARTICLES, NUMBER_WORDS, TITLES } from "./answer-words";

export interface TypedAnswerVerdict {
  correct: boolean;
  /** True when the response was accepted only thanks to the typo allowance. */
  typo: boolean;
  /** With a typo: the answer or alias it was taken for, as the question spells it ("Victor" for "Vicotr"). */
  acceptedAs?: string;
}

const TITLE_TOKENS = TITLES.map((title) => title.split(" ")).sort((a, b) => b.length - a.length);
const VOWELS = new Set("aeiouy");

/** Lower case, no diacritics, no punctuation, number words as digits: a list of tokens. */
export function normalizeAnswer(text: string): string[] {
  const plain = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // Apostrophes and dots join ("O'Brien", "U.S."); every other mark separates.
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const tokens = plain === "" ? [] : plain.split(" ").map((token) => NUMBER_WORDS[token] ?? token);
  return stripTitles(stripLeadingArticle(tokens));
}

function stripLeadingArticle(tokens: string[]): string[] {
  const first = tokens[0];
  return first !== undefined && tokens.length > 1 && LEADING_ARTICLES.includes(first)
    ? tokens.slice(1)
    : tokens;
}

// Titles come off the front, repeatedly ("Shri Dr X"), but never the whole answer ("General" alone stays).
function stripTitles(tokens: string[]): string[] {
  let rest = tokens;
  for (;;) {
    const title = TITLE_TOKENS.find(
      (words) => rest.length > words.length && words.every((word, index) => rest[index] === word),
    );
    if (!title) return rest;
    rest = rest.slice(title.length);
  }
}

/** Edits allowed in one token of the expected answer: none for short words, where one letter is a new word. */
function allowanceFor(token: string): number {
  if (/\d/.test(token)) return 0;
  if (token.length <= 4) return 0;
  if (token.length <= 8) return 1;
  return 2;
}

/** Levenshtein, with one adjacent transposition ("Sihng") counted as a single edit (Damerau). */
function editDistance(a: string, b: string): number {
  const plain = distance(a, b);
  if (plain < 2 || a.length !== b.length) return plain;
  const diffs: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
  const [i, j] = diffs;
  if (diffs.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i]) return 1;
  return plain;
}

// Swapping one vowel for another is how names differ (Patel/Patil, Gupta/Gupte), not how people mistype.
function isVowelSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diffs = [...a].flatMap((char, index) => (char === b[index] ? [] : [[char, b[index] ?? ""]]));
  return diffs.length === 1 && diffs.every(([x = "", y = ""]) => VOWELS.has(x) && VOWELS.has(y));
}

/** Total edits between two token lists, or null when some token is beyond its own allowance. */
function tokenwiseEdits(expected: string[], response: string[]): number | null {
  if (expected.length !== response.length) return null;
  let total = 0;
  for (const [index, want] of expected.entries()) {
    const got = response[index] ?? "";
    if (got === want) continue;
    // The first letter of a word is almost never the typo, and differs between similar names (Sharma/Verma).
    if (got[0] !== want[0] || isVowelSwap(want, got)) return null;
    const edits = editDistance(want, got);
    if (edits > allowanceFor(want)) return null;
    total += edits;
  }
  return total <= 2 ? total : null;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length > 0 && (a.join(" ") === b.join(" ") || a.join("") === b.join(""));
}

/**
 * Whether a typed response names the expected answer.
 * Lenient on case, punctuation, diacritics, a leading "the", titles and ranks, aliases (the generator
 * lists the surname alone as one) and number words; a small typo allowance per word that never lets a
 * different name through: each word is compared with its counterpart, and a response closer to one of
 * the question's other options than to the answer is wrong.
 */
export function matchTypedAnswer(options: {
  response: string;
  answer: string;
  aliases?: readonly string[];
  /** The question's other options: a near-miss of one of them is that option, not a typo. */
  distractors?: readonly string[];
}): TypedAnswerVerdict {
  const response = normalizeAnswer(options.response);
  if (response.length === 0) return { correct: false, typo: false };
  const spellings = [options.answer, ...(options.aliases ?? [])];
  const accepted = spellings.map(normalizeAnswer);
  if (accepted.some((candidate) => sameWords(candidate, response))) return { correct: true, typo: false };

  const edits = accepted.map((candidate) => tokenwiseEdits(candidate, response) ?? Number.POSITIVE_INFINITY);
  const bestEdits = Math.min(...edits);
  if (!Number.isFinite(bestEdits)) return { correct: false, typo: false };

  const answerWords = new Set(accepted.map((candidate) => candidate.join(" ")));
  const nearerDistractor = (options.distractors ?? [])
    .map(normalizeAnswer)
    .filter((words) => !answerWords.has(words.join(" ")))
    .some(
      (words) => sameWords(words, response) || editDistance(words.join(" "), response.join(" ")) <= bestEdits,
    );
  if (nearerDistractor) return { correct: false, typo: false };
  return { correct: true, typo: true, acceptedAs: spellings[edits.indexOf(bestEdits)] ?? options.answer };
}
