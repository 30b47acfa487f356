/** Reading the dates an article mentions against the article's own date. */
import * as chrono from "chrono-node";
import { MONTHS, monthName } from "../text";

export type Granularity = "day" | "month" | "year";

export interface ResolvedDate {
  year: number;
  month: number | null;
  day: number | null;
  granularity: Granularity;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const RELATIVE_YEAR = /\b(last|this|next|previous)\s+year\b/i;

/**
 * Resolves a date phrase against a reference date. Weekdays are the most recent such day (news reports the past),
 * or the next one in a sentence about the future;
 * a month with "last year" is that month of the year before.
 * @example resolveDate("October last year", new Date("2025-06-26")) // { year: 2024, month: 10, day: null, granularity: "month" }
 */
export function resolveDate(phrase: string, reference: Date, future = false): ResolvedDate | null {
  const key = `${phrase}|${reference.getTime()}|${future}`;
  if (dateCache.has(key)) return dateCache.get(key) ?? null;
  const resolved = readDate(phrase, reference, future);
  if (dateCache.size > 10_000) dateCache.clear();
  dateCache.set(key, resolved);
  return resolved;
}

/**
 * Whether a weekday at `at` in a sentence is read forward, as a day to come: only where the future in its own
 * clause governs it ("will be announced on Wednesday", "said the rover would be deployed on Monday"). A sentence
 * that speaks of the future elsewhere ("X on Wednesday signed a pact that will remove tariffs", "..., the
 * minister announced on Monday") still reports a past day.
 * @example weekdayAhead("The prize will be announced on Wednesday.", 32) // true
 */
export function weekdayAhead(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (/\blast\s+$/i.test(before)) return false;
  if (
    /\b(?:will|shall|would|is\s+to|are\s+to|set\s+to|due\s+to)\s+(?:be\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:on\s+)?$/.test(
      before,
    )
  )
    return true;
  // "X will call on President Y on Wednesday and visit Z before departing on Thursday": a future the sentence's
  // verb sets governs its later days too, while no past verb ("said", "signed") comes between. So does "is expected
  // to rise when the body releases its rankings on Tuesday".
  const future = [
    ...before.matchAll(
      /\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|scheduled|slated|expected|likely)\s+to)\s/g,
    ),
  ].at(-1);
  if (!future || future.index === undefined) return false;
  // A participle after "be" ("will be announced") is the future's own, and so is one before "by" ("followed by
  // chemistry on Wednesday"), which is no verb of its own.
  // "will climb to No. 6 when the rankings are released on Tuesday": a time clause after a future is in the present
  // tense, and its participle is no past verb.
  const after = before
    .slice(future.index + future[0].length)
    .replace(/\b(?:when|once|after|before|until|as soon as)\s+[^,;]*?\b(?:is|are)\s+[a-z]{3,}ed\b/g, "");
  return !/(?<!\b(?:be|been|being)\s)\b(?:was|were|had|did|said|says|told|announced|added|[a-z]{3,}ed)\b(?!\s+by\b)/.test(
    after,
  );
}

/** chrono is the slowest step of date reading; the same phrase against the same day reads the same. */
const dateCache = new Map<string, ResolvedDate | null>();

function readDate(phrase: string, reference: Date, future: boolean): ResolvedDate | null {
  const text = phrase.trim().replace(/^(?:on|in|of|since|by)\s+/i, "");
  const lower = text.toLowerCase();
  if (/^(?:today|tonight|this morning|this evening)$/.test(lower)) return fromDate(reference, "day");
  if (lower === "yesterday") return fromDate(new Date(reference.getTime() - 864e5), "day");
  const weekday = WEEKDAYS.indexOf(lower.replace(/\s+(?:night|morning|evening)$/, ""));
  if (weekday >= 0) {
    // "will be announced on Wednesday": in a sentence about the future, the next such day.
    if (future) {
      const ahead = (weekday - reference.getUTCDay() + 7) % 7;
      return fromDate(new Date(reference.getTime() + ahead * 864e5), "day");
    }
    const back = (reference.getUTCDay() - weekday + 7) % 7;
    return fromDate(new Date(reference.getTime() - back * 864e5), "day");
  }
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return year >= 1900 && year <= 2100 ? { year, month: null, day: null, granularity: "year" } : null;
  }
  if (!/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text)) return null;
  // "over the next 18 months" is a duration, not a date.
  if (
    /\b(?:months|years|weeks|days|hours|decades)\b/i.test(text) &&
    !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(text)
  )
    return null;
  const read = plainDate(text) ?? chronoDate(text.replace(RELATIVE_YEAR, ""), reference);
  if (!read) return null;
  const { month, day } = read;
  let year = read.year;
  const relative = text.match(RELATIVE_YEAR)?.[1]?.toLowerCase();
  const refYear = reference.getUTCFullYear();
  if (relative) year = refYear + (relative === "next" ? 1 : relative === "this" ? 0 : -1);
  if (year === null) {
    // A day or month without a year is the latest one not well after the reference date, or, in a sentence
    // about the future, the next one.
    year = refYear;
    const candidate = Date.UTC(year, month - 1, day ?? 1);
    if (future && candidate < reference.getTime() - 864e5) year += 1;
    else if (!future && candidate > reference.getTime() + 7 * 864e5) year -= 1;
  }
  return { year, month, day, granularity: day ? "day" : "month" };
}

/** What chrono reads in a phrase: the month, and the day and year where it is certain of them. */
function chronoDate(
  text: string,
  reference: Date,
): { month: number; day: number | null; year: number | null } | null {
  // "on 09/04/2032": the day first, as Indian and British pages write it.
  const known = chrono.en.GB.parse(text, reference)[0]?.start;
  if (!known?.isCertain("month")) return null;
  return {
    month: known.get("month") as number,
    day: known.isCertain("day") ? (known.get("day") as number) : null,
    year: known.isCertain("year") ? (known.get("year") as number) : null,
  };
}

const MONTH_INDEX = new Map(
  MONTHS.flatMap((m, i) => [
    [m.toLowerCase(), i + 1],
    [m.slice(0, 3).toLowerCase(), i + 1],
  ]),
);
MONTH_INDEX.set("sept", 9);

/**
 * The plain written forms ("29 August 2024", "June 14, 1927", "September 5", "May 2024") read without chrono:
 * most date phrases in news are one of them, and chrono is the slowest step of reading a date. Anything else
 * (or a day the month does not have) is left to chrono.
 * @example plainDate("June 14, 1927") // { month: 6, day: 14, year: 1927 }
 */
export function plainDate(text: string): { month: number; day: number | null; year: number | null } | null {
  const t = text.trim().replace(/\.$/, "");
  const dayFirst = t.match(/^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?(?:,?\s+(\d{4}))?$/);
  const monthFirst = t.match(/^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/);
  const monthYear = t.match(/^([A-Za-z]+)\.?,?\s+(\d{4})$/);
  const [name, dayText, yearText] = dayFirst
    ? [dayFirst[2], dayFirst[1], dayFirst[3]]
    : monthFirst
      ? [monthFirst[1], monthFirst[2], monthFirst[3]]
      : monthYear
        ? [monthYear[1], undefined, monthYear[2]]
        : [];
  const month = MONTH_INDEX.get((name ?? "").toLowerCase());
  if (!month) return null;
  const day = dayText ? Number(dayText) : null;
  const year = yearText ? Number(yearText) : null;
  if (day !== null && (day < 1 || day > new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate())) return null;
  return { month, day, year };
}

function fromDate(d: Date, granularity: Granularity): ResolvedDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), granularity };
}

/** "23 April 2031", "June 2019", "2018". */
export function formatDate(d: ResolvedDate): string {
  if (d.granularity === "year" || d.month === null) return String(d.year);
  if (d.granularity === "month" || d.day === null) return `${monthName(d.month)} ${d.year}`;
  return `${d.day} ${monthName(d.month)} ${d.year}`;
}

/** Other ways to write the same date, for lenient answers. */
export function dateAliases(d: ResolvedDate): string[] {
  if (d.granularity === "year" || d.month === null) return [];
  const month = monthName(d.month);
  if (d.granularity === "month" || d.day === null)
    return [`${month.slice(0, 3)} ${d.year}`, `${month}, ${d.year}`];
  return [`${month} ${d.day}, ${d.year}`, `${d.day} ${month}`, `${month} ${d.day}`, `${month} ${d.year}`];
}

/** "in June 2025": the month a question is pinned to. */
export function monthYear(d: Date): string {
  return `${monthName(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`;
}

/** How a question asks for a date of this granularity. */
export function whenPhrase(d: ResolvedDate): string {
  return d.granularity === "year"
    ? "which year"
    : d.granularity === "month"
      ? "which month and year"
      : "which date";
}

const WEEKDAY_NAMES = "sunday|monday|tuesday|wednesday|thursday|friday|saturday";
const MONTH_NAMES =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** "Sunday, November 17", "Monday (February 24)", "Saturday (Jan 18)", "Sunday, 16 April", "Sat 22 Jun". */
const WEEKDAY_DATE = new RegExp(
  `\\b(?<wd>${WEEKDAY_NAMES}|sun|mon|tue|wed|thu|fri|sat)\\.?\\s*[,(]?\\s*(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>${MONTH_NAMES})\\.?|(?<m2>${MONTH_NAMES})\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,?\\s*(?:19|20)\\d\\d)`,
  "gi",
);

export interface WeekdayDate {
  weekday: number;
  month: number;
  day: number;
  /** Character offset in the text. */
  index: number;
}

/**
 * Dates written with their weekday and no year ("Sunday, November 17"): the weekday pins the year down to one in
 * about six, so with the years the text itself states it gives the year without any clock.
 * @example weekdayDates("retired on Sunday, November 17.") // [{ weekday: 0, month: 11, day: 17, index: 11 }]
 */
export function weekdayDates(text: string): WeekdayDate[] {
  const out: WeekdayDate[] = [];
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    const g = m.groups ?? {};
    const wd = (g.wd ?? "").toLowerCase().slice(0, 3);
    const weekday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(wd);
    const month = monthIndex(g.m1 ?? g.m2 ?? "");
    const day = Number(g.d1 ?? g.d2);
    if (weekday < 0 || month < 1 || day < 1 || day > 31) continue;
    out.push({ weekday, month, day, index: m.index ?? 0 });
  }
  return out;
}

export function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return (
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1
  );
}

/**
 * The one year, within a year of the latest the text states, in which every weekday-date falls on its weekday; null
 * when the text states no year, or when no year or more than one fits.
 * @example yearOfWeekdayDates([{ weekday: 0, month: 11, day: 17, index: 0 }], [2025]) // 2024
 */
export function yearOfWeekdayDates(dates: WeekdayDate[], statedYears: number[]): number | null {
  if (dates.length === 0 || statedYears.length === 0) return null;
  // The article is written after the latest year it states about the past: that year or the next.
  const latest = Math.max(...statedYears);
  const candidates = new Set<number>([latest - 1, latest, latest + 1]);
  const fits = [...candidates].filter((year) =>
    dates.every((d) => new Date(Date.UTC(year, d.month - 1, d.day)).getUTCDay() === d.weekday),
  );
  return fits.length === 1 ? (fits[0] as number) : null;
}

/**
 * The dates of the posts a page embeds, from their sign-off line: "— Space Agency (@agency) October 18, 2031". A
 * post is written on or before the article that quotes it, so the latest is a day the article could be from.
 * @example postedDates("Lift-off.\n— Space Agency (@agency) October 18, 2031") // [{ year: 2031, month: 10, day: 18 }]
 */
export function postedDates(text: string): { year: number; month: number; day: number }[] {
  const out: { year: number; month: number; day: number }[] = [];
  for (const m of text.matchAll(POST_SIGN_OFF)) {
    const month = monthIndex(m[1] ?? "");
    const day = Number(m[2]);
    if (month >= 1 && day >= 1 && day <= 31) out.push({ year: Number(m[3]), month, day });
  }
  return out;
}
const POST_SIGN_OFF = new RegExp(
  String.raw`[-\u2013\u2014]\s*[^\n()]{1,60}\(@\w{1,30}\)\s+(${MONTHS.join("|")})\s+(\d{1,2}),\s+((?:19|20)\d\d)\b`,
  "g",
);

/** The weekdays a text names ("on Saturday"), 0 for Sunday. */
export function namedWeekdays(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g))
    out.add(WEEKDAYS.indexOf((m[1] ?? "").toLowerCase()));
  return out;
}

/**
 * Years a text states as years (1900-2099) in sentences about the past or present: a year in a sentence about
 * the future ("will retire on May 16, 2029") says nothing about when the article was written.
 * @example statedYears("It was founded in 1958. Her term will end in 2029.") // [1958]
 */
export function statedYears(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<![\d.,-])((?:19|20)\d\d)(?!\d|,\d|\.\d)/g)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 60), at);
    const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";")) + 1);
    if (/\b(?:will|shall|would|till|until|scheduled|expected|due|by)\b/i.test(clause)) continue;
    years.add(Number(m[1]));
  }
  return [...years];
}

const EVENT_NOUN =
  "Summit|Cup|Prize|Budget|Olympics|Paralympics|Games|Championships?|Trophy|Awards?|Conference|Expo|Census|Elections?|Polls|Session|League|Tournament|Festival|Series";
/** "the Harbour Cup 2031", "the Peace Prize for 2031", "the 2031 Harbour Cup". */
const EVENT_YEAR = new RegExp(
  `\\b(?:${EVENT_NOUN})\\s+(?:for\\s+|of\\s+)?((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)\\s+(?:[A-Z][\\w-]*\\s+){0,3}(?:${EVENT_NOUN})\\b`,
  "g",
);

/**
 * The year of the latest event an article names with its year, in a sentence not about the future; null when it
 * names none. An article about an event is written in its year, so a dateline's day and month take it.
 * @example eventYear("The Harbour Peace Prize for 2031 went to a survivors' group.") // 2031
 */
export function eventYear(text: string): number | null {
  const years: number[] = [];
  for (const m of text.matchAll(EVENT_YEAR)) {
    const at = m.index ?? 0;
    // The sentence it is in: an event still to come ("will be held", "next year") dates nothing.
    const from = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at), 0);
    const stop = text.slice(at).search(/\.\s|\n|$/);
    const sentence = text.slice(from, at + (stop < 0 ? text.length : stop));
    if (/\b(?:will|shall|would|next|upcoming|scheduled|expected|due)\b/i.test(sentence)) continue;
    // "qualify directly for the 2032 Tromso Olympics", "a berth at the 2032 Games": a goal, not the news's event.
    if (
      /\b(?:qualif(?:y|ies|ied|ying|ication)|berth|ticket|quota|spot|place|bid)\b[^.]{0,30}\b(?:for|at|to)\s+(?:the\s+)?$/i.test(
        text.slice(from, at),
      )
    )
      continue;
    years.push(Number(m[1] ?? m[2]));
  }
  return years.length ? Math.max(...years) : null;
}

const MONTH_WORD = MONTHS.join("|");
/** "14 September 2031", "September 14, 2031", "September 2031". */
const FULL_DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+(${MONTH_WORD})\\s*,?\\s+((?:19|20)\\d\\d)|(${MONTH_WORD})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s+)?((?:19|20)\\d\\d))\\b`,
);
/** "on the eve of Independence Day 2031", "at Harbourton 2031": a named day or a host city's games with the year. */
const NAMED_YEAR = /\b(?:[A-Z][a-z]+\s+Day|(?:at|in)\s+[A-Z][a-z]+)\s+((?:19|20)\d\d)\b/;
const FUTURE = /\b(?:will|shall|would|next|upcoming|scheduled|expected|due|till|until)\b/i;

/**
 * Words before a date that place it in someone's or something's past: a career, a founding, a birth, an earlier
 * event ("the second in two years, after a similar emergency was declared in July 2029").
 */
const BACKGROUND =
  /\b(?:born|commissioned|joined|enrolled|graduated|founded|established|formed|set up|married|died|since|served|retired|previously|earlier|first (?:held|hosted|won|launched)|after|similar|previous|prior|preceding)\b/i;

/**
 * The month of the day the lead's news happened, where its first sentence names a past weekday ("on Thursday")
 * that falls in another month than the article's date: a report dated 1 October of a change of command "on
 * Thursday" tells September's news. Null where the lead names no such day.
 * @example leadDayMonth(["X on Thursday took over as the 31st chief."], new Date("2032-10-01")) // "September 2032"
 */
export function leadDayMonth(lead: string[], reference: Date): string | null {
  const first = lead[0] ?? "";
  const day = first.match(new RegExp(`\\b(?:on|last)\\s+(${WEEKDAY_NAMES})\\b`, "i"));
  if (!day?.[1] || day.index === undefined || weekdayAhead(first, day.index)) return null;
  const resolved = resolveDate(day[1], reference, false);
  return resolved?.year && resolved.month ? `${MONTHS[resolved.month - 1]} ${resolved.year}` : null;
}

/**
 * When an undated article's news happened, as its lead states it: the month of a full date ("September 2031")
 * or the year of an event it names ("2031"); "" when the lead states neither. A sentence about the future,
 * and a year in a sentence that also looks back ("since 2014"), date nothing.
 * @example newsTime(["The summit was held in Harbourton on September 14, 2031."]) // "September 2031"
 */
export function newsTime(lead: string[], dateline: { month: number } | null = null): string {
  let year = 0;
  for (const sentence of lead) {
    if (FUTURE.test(sentence)) continue;
    const full = sentence.match(FULL_DATE);
    const month = full ? (full[1] ?? full[3] ?? "") : "";
    // "She was commissioned into the Navy on July 1, 1989": a life's or a body's past is no day of the news; nor
    // is a month other than the dateline's ("June 30:" above it).
    const apart = Math.abs(MONTHS.indexOf(month) + 1 - (dateline?.month ?? 0));
    // "The scheme, launched in February 2029, provides ...": a date in an aside on the subject is its past too,
    // unless a dateline of that month says it is the news's.
    const aside = /,\s+(?:which\s+was\s+)?[a-z]+(?:ed|en)\s+(?:in|on)\s+$/.test(
      sentence.slice(0, full?.index ?? 0),
    );
    const background =
      full &&
      (BACKGROUND.test(sentence.slice(0, full.index)) ||
        (aside && (dateline === null || Math.min(apart, 12 - apart) > 1)));
    const offDateline = dateline !== null && Math.min(apart, 12 - apart) > 1;
    if (full && !background && !offDateline) return `${month} ${full[2] ?? full[4]}`;
    if (full) continue;
    const named = Number(sentence.match(NAMED_YEAR)?.[1] ?? eventYear(sentence) ?? 0);
    if (!year && named) year = named;
  }
  return year ? String(year) : "";
}
