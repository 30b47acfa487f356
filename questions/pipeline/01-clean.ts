/** Stage 1: normalise characters, drop page furniture, and say when a text is not an English article. */
import { lexicon } from "../lexicon";
import type { Warning } from "../types";

export interface CleanedText {
  lines: string[];
  warning: Pick<Warning, "code" | "message"> | null;
}

const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and to in a is that for on with as was by at from his her their has have had it be are were an this which said will not".split(
    " ",
  ),
);

/** Longest article the generator reads; longer texts are cut at a paragraph boundary. */
export const MAX_CHARS = 200_000;

/** A name, its bracketed acronym, then the class noun that ends the name. */
const ACRONYM_BEFORE_CLASS =
  /\b([A-Z][\w-]*(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][\w-]*){0,7})\s+\(([A-Z][A-Z0-9&-]{1,9})\)\s+(Scheme|Mission|Yojana|Abhiyan|Programme|Policy|Initiative|Fund|Agreement|Act|Bill|Code|Index|Alliance|Corridor|Project)\b/g;

/**
 * Normalises quotes and spaces, drops furniture lines, and checks that the text is English prose.
 * @example cleanText("Comments\nThe minister met her counterpart.").lines // ["The minister met her counterpart."]
 */
const HONORIFIC_AFTER_OFFICE =
  /(?<=\b(?:Minister|President|Governor|Secretary|Speaker|Chairman|Chairperson|Chancellor|Mayor|Commissioner|Director|Ambassador)\s)(?:Shri|Smt|Shrimati|Sushri)\.?\s+(?=[A-Z])/g;
/**
 * "conferred on Shri X", "The President of India, Smt. Y": an honorific before a name that follows no other
 * capitalised word ("Padma Shri" is an award's name) and names no institution ("Shri Ram College").
 */
const HONORIFIC =
  /(?<=^|[\s,(;:"])(?<![A-Z][\w.]*\s)(?:Shri|Smt|Shrimati|Sushri)\.?\s+(?=[A-Z][a-z])(?![A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:College|University|Institute|Temple|Mandir|Shrine|Trust|Hospital|School|Vidyalaya|Marg|Nagar|Road|Board|Sansthan)\b)/g;

/** Service medals written after a name, at least one of them distinctive: " PVSM AVSM VM", ", AVSM, VSM". */
const MEDALS_AFTER_NAME =
  /(?<=[a-z])(?:,?\s+(?:PVSM|AVSM|UYSM|YSM|SM|VM|VSM|NM|ADC|VrC|MVC|KC|SC|Bar))*,?\s+(?:PVSM|AVSM|UYSM|YSM|VSM|ADC)(?:,?\s+(?:PVSM|AVSM|UYSM|YSM|SM|VM|VSM|NM|ADC|VrC|MVC|KC|SC|Bar))*\b/g;

/**
 * A line of three or more short items, each set apart by two spaces, a tab or a bar: "e-paper    Sign in    Subscribe",
 * "Sports  |  Home  Cricket  Football  Hockey".
 * An item is a word or up to three, in any script.
 */
const NAV_BAR =
  /^(?:[\p{L}\d][\p{L}\p{M}\d&'+-]*(?: [\p{L}\d][\p{L}\p{M}\d&'+-]*){0,2}(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)){2,}[\p{L}\d][\p{L}\p{M}\d&'+-]*(?: [\p{L}\d][\p{L}\p{M}\d&'+-]*){0,2}[ \t]*$/gmu;

/**
 * A promotion set in the page: "📢 Foundation Batch 2027 - Admissions Open! Call 98XXXXXX10 | Enroll Now". A line
 * that opens with an emoji, or short and selling a course.
 */
export function isPromoLine(line: string): boolean {
  return (
    /^\p{Extended_Pictographic}/u.test(line) ||
    (line.length < 200 && /\b(?:admissions?\s+open|enrol+\s+now|register\s+now|call\s+\+?\d)/i.test(line))
  );
}

/** Section names of news sites' menus, for a menu written with single spaces between its items. */
const SECTION_WORDS = new Set(
  "home india world opinion business sport sports entertainment science technology tech data life style lifestyle videos video photos news latest cities city education health elections markets money economy states national international cricket trending podcasts podcast e-paper epaper explained politics environment travel food auto careers jobs web stories shorts live tv more games & premium climate change water energy wildlife biodiversity agriculture pollution governance africa asia europe americas mining forests waste air culture books art arts films music religion society gadgets astrology real estate".split(
    " ",
  ),
);

/**
 * A site's menu, its items set apart by bars or bullets: "Home | Latest | India | हिंदी | E-Paper", "Share: Facebook
 * | X | Email". Three or more items of at most four words each, none a sentence and none a date (a stamp's line,
 * "Politics | Edited by X | Updated: Nov 14, 2031 09:45 IST", gives the article's date and is read later).
 */
export function isMenuLine(line: string): boolean {
  // "India World Opinion Business Sport Entertainment Science Technology": a menu with no marks between its items.
  const words = line.trim().toLowerCase().split(/\s+/);
  if (words.length >= 6 && words.filter((w) => SECTION_WORDS.has(w)).length >= words.length * 0.8)
    return true;
  const items = line.split(/\s*[|\u2022\u00b7]\s*/).filter((item) => item.length > 0);
  return (
    items.length >= 3 &&
    items.every(
      (item) =>
        item.length <= 32 &&
        item.split(/\s+/).length <= 4 &&
        !/[.!?]$/.test(item) &&
        !/\b(?:updated|published|posted)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
          item,
        ),
    )
  );
}

export function cleanText(raw: string): CleanedText {
  if (isBinary(raw))
    return { lines: [], warning: { code: "binary", message: "looks like a binary file, not text" } };
  const text = raw
    .slice(0, MAX_CHARS)
    .replace(/\r\n?/g, "\n")
    // "Home  Latest  Markets  Money  Opinion": a site's menu, its items set apart by wide gaps that the next step
    // closes.
    .replace(NAV_BAR, "")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, " ")
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/\u2026/g, "...")
    // "Lucía Arancibia", "José Müller": a Latin letter's accent goes, as exam papers print names, and the name reads
    // as one (the tagger and the name patterns know A-Z). Other scripts keep their marks.
    .replace(/[A-Za-z]*[\u00c0-\u024f][\u00c0-\u024fA-Za-z]*/g, (w) =>
      w
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .normalize("NFC"),
    )
    .replace(/[\u2013\u2014]/g, (d) => (d === "\u2014" ? " - " : "-"))
    .replace(/[ \t]+/g, " ")
    // "the Research Development and Innovation (RDI) Scheme": an acronym inside a name, before the class noun that
    // ends it, would cut the name in two; it goes.
    .replace(ACRONYM_BEFORE_CLASS, "$1 $3")
    // "Prime Minister Shri X", "Union Minister Smt. Y": an honorific between an office and a name is no part of
    // either, and no exam prints it.
    .replace(HONORIFIC_AFTER_OFFICE, "")
    .replace(HONORIFIC, "")
    // "Air Chief Marshal X PVSM AVSM VM took over": service medals after a name are no part of it.
    .replace(MEDALS_AFTER_NAME, "");
  const { furnitureLines } = lexicon();
  // A "Related Articles" heading is kept: the split stage cuts the page there.
  const isTeaserHeading = (l: string) => lexicon().isTeaserHeading(l);
  const lines = text
    .split("\n")
    .map((l) => (isTeaserHeading(l.trim()) ? l.trim() : dropInlineFurniture(l.trim())))
    .filter(
      (l) =>
        l.length > 0 &&
        (isTeaserHeading(l) ||
          (!isMenuLine(l) &&
            !isPromoLine(l) &&
            !isCreditLine(l) &&
            !furnitureLines.some((re) => re.test(l)))),
    );
  if (!hasLettersOrDigits(lines.join(" "), 40))
    return { lines: [], warning: { code: "empty", message: "has no article text" } };
  if (!isEnglish(lines.join(" ")))
    return {
      lines,
      warning: {
        code: "not_english",
        message: "does not read as English; questions are made from English articles only",
      },
    };
  return { lines, warning: null };
}

/**
 * A credit line of agencies and desks, set apart by bars: "Press Trust of India | NDTV Sports Desk". Read as text,
 * "Press Trust" became the story's first person, and "the 24-year-old" was taken to mean it.
 * @example isCreditLine("Press Trust of India | NDTV Sports Desk") // true
 */
export function isCreditLine(line: string): boolean {
  const parts = line.split(/\s*\|\s*/);
  const lex = lexicon();
  return (
    parts.length >= 2 &&
    parts.every(
      (p) => lex.outletNames.includes(p.replace(/^By\s+/, "")) || lex.bylines.some((re) => re.test(p)),
    )
  );
}

/** Drops the sentences of a line that carry ad or widget text ("by Taboola", "You May Like"). */
function dropInlineFurniture(line: string): string {
  const { inlineFurniture } = lexicon();
  const lower = line.toLowerCase();
  if (!inlineFurniture.some((f) => lower.includes(f))) return line;
  return line
    .split(/(?<=[.!?]["']?)\s+(?=[A-Z"'])/)
    .filter((sentence) => !inlineFurniture.some((f) => sentence.toLowerCase().includes(f)))
    .join(" ");
}

/**
 * True when the text has at least `n` letters and digits, counted as `.length` counts them: a page stops being
 * read as soon as it has enough, instead of being copied without everything else.
 */
function hasLettersOrDigits(text: string, n: number): boolean {
  let count = 0;
  for (const m of text.matchAll(LETTER_OR_DIGIT)) {
    count += m[0].length;
    if (count >= n) return true;
  }
  return false;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

function isBinary(raw: string): boolean {
  if (raw.includes("\u0000")) return true;
  const sample = raw.slice(0, 4000);
  let odd = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.05;
}

function isEnglish(text: string): boolean {
  const sample = text.slice(0, 20_000);
  let letters = 0;
  let latin = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if (code >= 128 && /\p{L}/u.test(ch)) letters++;
  }
  letters += latin;
  if (letters === 0 || latin / letters < 0.8) return false;
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  let functionWords = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) functionWords++;
  return words.length > 0 && functionWords / words.length > 0.12;
}
