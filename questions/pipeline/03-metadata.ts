/** Stage 3: read the headline, date, outlet and dateline off the top of an article. */
import * as chrono from "chrono-node";
import { lexicon } from "../lexicon";

export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

export interface Metadata {
  title: string;
  /** The headline was written by the outlet (not made from the first sentence). */
  hasHeadline: boolean;
  date: PartialDate | null;
  source: string | null;
  datelinePlace: string | null;
  datelineCountry: string | null;
  /** Body paragraphs without the headline, byline and dateline. */
  paragraphs: string[];
}

const MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE_LINE = /^date\s+(\d{4})-(\d{2})-(\d{2})\b\s*(.*)$/i;
const DATELINE =
  /^(?<place>[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,3})(?:\s*[[(](?<country>[A-Za-z .'-]+)[\])])?\s*,\s*(?:(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?\s+(?<day>\d{1,2})|(?<dayFirst>\d{1,2})\s+(?<monthAfter>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?)(?:\s*,?\s*(?<year>\d{4}))?\s*(?:\((?<agency>[A-Za-z]+)\)\s*(?:[:-]\s*)?|[:-]\s*)/;
const CAPS_DATELINE =
  /^(?<place>[A-Z][A-Z .'-]{2,30}?)(?:\s*\((?<agency>[A-Za-z]+)\))?\s*(?::|\s-)\s+(?=[A-Z])/;
/**
 * "Updated: Nov 14, 2031 09:45 IST", also after a byline or a section ("By Staff Reporter | Updated: ...",
 * "Politics | Edited by X | Updated: ...", "X / TNN / Updated: ...", "New Delhi, UPDATED: ...", "3 min read .
 * Updated: ...") and before the outlet ("Updated: 10 Jun 2032, 08:12 AM IST | Mint").
 */
const STAMP_LINE =
  /^(?:\d+\s*min(?:ute)?s?\s+read\s*[.|·•]\s*)?(?:[A-Z][A-Za-z ]{2,30},\s*(?=[A-Z]))?(?:[^|/]{2,60}[|/]\s*){0,3}(?:updated|published|first published|last updated|posted|dated)(?:\s+on)?\s*[:\-–]?\s*([^|]{6,60}?)\s*(?:\|.{0,120})?$/i;
/** A byline with its date between bars: "Posted by: X Team | 14 March 2032 | Category: Economy". */
const BYLINE_DATE =
  /^(?:(?:posted|written|published|edited)\s+)?by\s*:?\s*[^|]{2,60}\|\s*(\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})\s*(?:\|.{0,160})?$/i;
/** A coaching site's dated label: "Daily Current Affairs | 25 June 2032 | GS Paper II", "Current Affairs - 6 June 2032". */
const CURRENT_AFFAIRS_DATE = /^(?:daily\s+)?current affairs\s*[-:|]\s*([^|]{6,30}?)\s*(?:\|.{0,120})?$/i;
/**
 * A date and a time alone on a line below the headline: "13 Jan 2033, 06:15 AM IST", "9 April 2032 | 12:18 pm", "June 22, 2032 4:15 PM
 * GMT+5:30 Updated 3 hours ago", the page's own stamp.
 */
const TIME_STAMP =
  /^(?:[^|]{2,40}\|\s*)?((?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+\d{4}),?\s+(?:\|\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:(?:IST|GMT|UTC|ET|BST|CET)(?:[+-]\d{1,2}(?::\d{2})?)?)?(?:\s+Updated\s+[\w ]{1,30})?$/;
/**
 * A dateline alone on its line, with its year and perhaps a time: "TIRUPATI, September 23, 2032", "Sriharikota
 * (Andhra Pradesh), May 14, 2031", "NEW DELHI, October 01, 2032 00:42 IST". Without its year ("KOLKATA, NOVEMBER
 * 16") it dates nothing, and is no sentence either.
 */
const DATELINE_LINE =
  /^[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,3}(?:\s*[[(][A-Za-z .'-]+[\])])?\s*,?\s+((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Za-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Za-z]*\.?)(?:,?\s+\d{4})?)(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:IST|GMT|UTC|ET|BST|CET)?)?$/;
const DATE_BAR =
  /^(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?)[a-z]*,?\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+\d{4}\b(?:\s*[|,-].{0,40})?$/i;
/** One to four people's names and nothing else: "T. Ramakrishnan Nair", "S. Raman", "Gopika Raman, Aditya Shenoy". */
const WRITER = String.raw`(?:(?:[A-Z]\.\s?){1,2}[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}|(?:[A-Z][a-z]*\.\s?){0,2}[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})`;
const WRITERS_LINE = new RegExp(String.raw`^${WRITER}(?:\s*(?:,|and|&)\s*${WRITER}){0,3}$`);
const TRAILING_AGENCY = /\s*\((?<agency>[A-Z]{2,6})\)\s*$/;

/**
 * Reads metadata and returns the body without it.
 * @example extractMetadata(["date 2024-03-05", "Leaders meet in Oslo", "Oslo, Mar 5 (PTI): Leaders met today."]).date
 * // { year: 2024, month: 3, day: 5 }
 */
export function extractMetadata(input: string[]): Metadata {
  const lines = [...input];
  const lex = lexicon();
  let date: PartialDate | null = null;
  // The first stamp dates the page, except that a "Published" stamp outranks an "Updated" one read before it
  // ("Updated - July 01, 2031 01:14 am / Published - June 30, 2031 09:52 pm": the news is of June 30, and blind
  // reading 14 was asked "in July").
  let fromUpdate = false;
  const dated = (line: string, stamp: string): PartialDate | null => {
    const update = /\bupdated\b/i.test(line) && !/\b(?:published|posted)\b/i.test(line);
    if (date === null) {
      fromUpdate = update;
      return stampDate(stamp);
    }
    if (fromUpdate && !update && /\b(?:published|posted)\b/i.test(line)) {
      fromUpdate = false;
      return stampDate(stamp) ?? date;
    }
    return date;
  };
  let source: string | null = null;

  const dateMatch = lines[0]?.match(DATE_LINE);
  if (dateMatch) {
    date = { year: Number(dateMatch[1]), month: Number(dateMatch[2]), day: Number(dateMatch[3]) };
    const rest = (dateMatch[4] ?? "").trim();
    // "date 2031-05-09 INDIA": a section label, not text.
    if (rest === "" || /^[A-Z][A-Z &-]{0,30}$/.test(rest)) lines.shift();
    else lines[0] = rest;
  }

  // "Updated: Nov 12, 2025 10:30 IST" and the like give the date when the page has no date line. A page's head
  // (menus, headline, standfirst, byline) may run to a dozen lines before the stamp; the body's dateline ends it.
  for (let i = 0; i < Math.min(12, lines.length); i++) {
    if (i > 0 && DATELINE.test(lines[i] ?? "")) break;
    // "Posted On:" with the date on the next line.
    if (/^(?:updated|published|posted)(?:\s+on)?\s*:?\s*$/i.test(lines[i] ?? "") && lines[i + 1]) {
      lines[i] = `${lines[i]} ${lines[i + 1]}`;
      lines.splice(i + 1, 1);
    }
    // A weekday-and-date bar above the headline is the day the page was saved, not the day it was written.
    if (DATE_BAR.test(lines[i] ?? "")) {
      lines.splice(i, 1);
      i--;
      continue;
    }
    // "• Updated Feb 01, 2031, 12:34 PM IST": a stamp set as a bullet.
    const line = (lines[i] ?? "").trim().replace(/^[\u2022\u25aa\u25cf\u25e6\u2023]\s*/, "");
    const stamp =
      line.match(BYLINE_DATE) ??
      line.match(STAMP_LINE) ??
      line.match(TIME_STAMP) ??
      line.match(DATELINE_LINE) ??
      line.match(CURRENT_AFFAIRS_DATE);
    if (!stamp) continue;
    date = dated(line, stamp[1] ?? "");
    lines.splice(i, 1);
    i--;
  }

  // "(Published: 9 July 2031)" or "Published on: Wednesday, 14 May 2031" at the foot of the page says the same.
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) {
    const stamp = (lines[i] ?? "")
      .trim()
      .replace(/^\((.*)\)$/, "$1")
      .match(STAMP_LINE);
    if (!stamp) continue;
    date = dated(lines[i] ?? "", stamp[1] ?? "");
    lines.splice(i, 1);
  }

  // Bylines such as "X Media Network - Place" name the outlet.
  for (let i = 0; i < Math.min(2, lines.length); i++) {
    const line = lines[i] ?? "";
    const byline = lex.bylines.map((re) => line.match(re)).find((m) => m?.groups?.outlet);
    if (byline?.groups?.outlet && line.length < 80) {
      source = byline.groups.outlet.trim();
      lines.splice(i, 1);
      break;
    }
  }

  // The outlet's name or a ministry's label above the headline ("Business Standard", "Ministry of Finance").
  // "PTI" over "Press Trust of India": two masthead lines go one by one.
  while (
    lines.length > 2 &&
    (isHeadlineLike(lines[1] ?? "") || isMasthead(lines[1] ?? "")) &&
    isMasthead(lines[0] ?? "")
  ) {
    const line = lines.shift() ?? "";
    if (lex.isOutlet(line)) source ??= line;
  }

  // "hindustantimes", "JOURNALISM OF COURAGE", "Home | World News": what is left of a page's head above the
  // headline is no headline; it goes, when a headline follows within the head.
  if (!isHeadline(lines[0] ?? "")) {
    const at = lines.slice(1, 8).findIndex(isHeadline);
    // Nothing dropped reads as the article's own sentence.
    const sentence = (l: string) =>
      /[.!?]["')]?(?:\s*\([A-Z]{2,6}\))?$/.test(l) &&
      l.split(/\s+/).filter((w) => /^[a-z]/.test(w)).length >= 2;
    if (at >= 0 && lines.slice(0, at + 1).every((l) => l.length < 220 && !sentence(l)))
      lines.splice(0, at + 1);
  }

  // "Home / India News / X named next IAF chief": a breadcrumb that runs into the headline on one line.
  const crumbs = (lines[0] ?? "").match(/^(?:[^/|]{1,25}\s\/\s){2,}(?=\S.{19,}$)/);
  if (crumbs) lines[0] = (lines[0] ?? "").slice(crumbs[0].length);

  let title = "";
  let hasHeadline = false;
  const first = lines[0] ?? "";
  if (lines.length > 1 && isHeadlineLike(first)) {
    title = withoutSiteName(first);
    hasHeadline = true;
    lines.shift();
  }

  // "Arvind Kalra", "Gopika Raman, Aditya Shenoy": the writers' names alone on a line under the headline.
  for (let i = 0; i < Math.min(6, lines.length - 1); i++)
    if (WRITERS_LINE.test((lines[i] ?? "").trim())) lines.splice(i--, 1);

  let datelinePlace: string | null = null;
  let datelineCountry: string | null = null;
  // "READ TIME: 4 MIN", "Share Follow PTI on": short lines of a page's bar may stand above the dateline's paragraph.
  const datelineAt = lines
    .slice(0, 4)
    .findIndex(
      (line, i) => DATELINE.test(line) && lines.slice(0, i).every((l) => l.length < 60 || isHeadlineLike(l)),
    );
  if (datelineAt > 0) lines.splice(0, datelineAt);
  if (lines[0]) {
    const m = lines[0].match(DATELINE) ?? lines[0].match(CAPS_DATELINE);
    if (m?.groups) {
      const g = m.groups;
      datelinePlace = titleCase(g.place ?? "");
      datelineCountry = g.country?.trim() ?? null;
      if (g.agency && lex.isOutlet(g.agency)) source ??= g.agency;
      // "NEW DELHI, March 3, 2031:" and "NEW DELHI, 3 March 2031:" alike.
      const monthName = g.month ?? g.monthAfter;
      const day = g.day ?? g.dayFirst;
      if (monthName && day) {
        const month = MONTH_ABBR.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
        const year = g.year ? Number(g.year) : null;
        if (!date && month > 0) date = { year, month, day: Number(day) };
      }
      lines[0] = lines[0].slice(m[0].length);
    }
  }

  const last = lines.length - 1;
  const agency = lines[last]?.match(TRAILING_AGENCY);
  if (agency?.groups?.agency && lex.isOutlet(agency.groups.agency)) {
    source ??= agency.groups.agency;
    lines[last] = (lines[last] ?? "").replace(TRAILING_AGENCY, "");
  }

  // "• Over 3.4 lakh people were evacuated": a bullet is no part of its sentence. The headline again under a
  // breadcrumb that carried it is no paragraph.
  const paragraphs = lines
    .map((l) => l.replace(/^\s*[\u2022\u25aa\u25cf\u25e6\u2023]\s*/, ""))
    .filter((l) => l.trim().length > 0 && !(title && l.trim() === title));
  // Under a headline, the short lines before the first sentence are its deck: more headlines ("X recognised for
  // Y; Z bags second"), written without verbs' auxiliaries, that no question can be cut from. A sentence that
  // lost its full stop runs longer.
  if (hasHeadline) {
    const deck = paragraphs
      .slice(0, 4)
      .findIndex((p) => /[.!?]["')]?$/.test(p.trim()) || !isHeadlineLike(p) || p.split(/\s+/).length >= 25);
    if (deck > 0 && deck < paragraphs.length) paragraphs.splice(0, deck);
  }
  if (!title) title = headlineFrom(paragraphs[0] ?? "");
  return { title, hasHeadline, date, source, datelinePlace, datelineCountry, paragraphs };
}

/**
 * The full date a stamp gives ("Nov 12, 2025 10:30 IST", "Wednesday, 14 May 2031"); null when chrono is not certain
 * of its day, month and year.
 */
function stampDate(text: string): PartialDate | null {
  // "Published on 09/04/2032": Indian pages write the day first, as British ones do.
  // "Updated 3 hrs ago", "Published today": a stamp relative to when the page was saved dates nothing (chrono
  // would read it against the clock); the year must be written.
  const result = chrono.en.GB.parse(text)[0];
  const parsed = result && /\b\d{4}\b/.test(result.text) ? result.start : undefined;
  return parsed?.isCertain("year") && parsed.isCertain("month") && parsed.isCertain("day")
    ? {
        year: parsed.get("year") as number,
        month: parsed.get("month") as number,
        day: parsed.get("day") as number,
      }
    : null;
}

/**
 * A headline without the site's name that a page title carries after a bar.
 * @example withoutSiteName("Leaders meet in Oslo | World News - The Harbour Times") // "Leaders meet in Oslo"
 */
function withoutSiteName(headline: string): string {
  const parts = headline.split(/\s+\|\s+/);
  while (parts.length > 1) {
    const last = parts.at(-1) ?? "";
    if (!/\bnews\b/i.test(last) && !last.split(/\s+-\s+/).some((p) => lexicon().isOutlet(p))) break;
    parts.pop();
  }
  return parts.join(" | ");
}

/** A line that can be a headline: short, not a sentence with its full stop, not a dateline. */
function isHeadlineLike(line: string): boolean {
  return line.length < 220 && !/[.!]["']?$/.test(line) && !DATELINE.test(line);
}

/**
 * A line that reads as a news headline: headline-like, of four words or more, most of them not in capitals (no
 * slogan or menu in capitals), not an outlet's or office's label, and not short items set apart by bars.
 * @example isHeadline("Cabinet clears Rs 900-crore scheme for cold storage") // true
 * @example isHeadline("JOURNALISM OF COURAGE") // false
 */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    isHeadlineLike(line) &&
    !TRAILING_AGENCY.test(line) &&
    words.length >= 4 &&
    /[a-z]/.test(line) &&
    words.filter((w) => /^[A-Z]+$/.test(w)).length * 2 < words.length &&
    !isMasthead(line) &&
    !line.split(/\s*\|\s*/).every((part) => part.split(/\s+/).length <= 3)
  );
}

/**
 * An outlet's name or an office's label set above a headline: an outlet, or at most eight words with no lower-case
 * word but "of", "and", "for" or "the".
 * @example isMasthead("Ministry of Science & Technology") // true
 */
function isMasthead(line: string): boolean {
  if (lexicon().isOutlet(line)) return true;
  // "PTI  |  Press Trust of India": an outlet's names set apart by a bar.
  const parts = line.split(/\s*\|\s*/);
  if (parts.length > 1 && parts.every((part) => lexicon().isOutlet(part))) return true;
  const words = line.split(/\s+/);
  if (words.length <= 6 && words.every((w) => SECTION_WORD.test(w) || lexicon().isOutlet(w))) return true;
  return (
    words.length <= 8 &&
    /^(?:Ministry|Department|Office|Directorate|Government|Prime Minister['’]s Office|President['’]s Secretariat|Vice President['’]s Secretariat|Cabinet Secretariat)\b/.test(
      line,
    ) &&
    words.every((w) => /^[A-Z&]/.test(w) || /^(?:of|and|for|the)$/.test(w))
  );
}

/** A word of a site's section label above the headline: "NDTV News India News", "Wildlife & Biodiversity". */
const SECTION_WORD =
  /^(?:&|and|news|india|world|nation(?:al)?|international|business|economy|markets?|sports?|cricket|hockey|football|tennis|chess|badminton|athletics|wrestling|boxing|shooting|kabaddi|golf|olympics|science|tech(?:nology)?|environment|wildlife|biodiversity|politics|opinion|home|entertainment|cities|states|health|education|elections?|latest|defence|agriculture|energy|climate|change|lifestyle|explained|features?|premium|mining|forests?|water|pollution|governance|urbanisation|disasters?|natural|economics?|finance|industry|infrastructure|space|diplomacy|judiciary|law|courts?|culture|books|art|science|awards?|report|analysis)$/i;

function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place.trim();
  return place
    .toLowerCase()
    .trim()
    .replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** A headline made from the first sentence, cut at a word boundary. */
function headlineFrom(paragraph: string): string {
  const sentence = paragraph.split(/(?<=[.!?])\s+/)[0] ?? paragraph;
  if (sentence.length <= 110) return sentence.replace(/[.]$/, "");
  const cut = sentence.slice(0, 110);
  return `${cut.slice(0, cut.lastIndexOf(" "))}...`;
}
