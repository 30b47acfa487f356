/** Reading the dates an article mentions against the article's own date. */
import * as chrono from "chrono-node";
import { monthName } from "../text";

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
 * Resolves a date phrase against a reference date. Weekdays are the most recent such day (news reports the past);
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

/** chrono is the slowest step of date reading; the same phrase against the same day reads the same. */
const dateCache = new Map<string, ResolvedDate | null>();

function readDate(phrase: string, reference: Date, future: boolean): ResolvedDate | null {
  const text = phrase.trim().replace(/^(?:on|in|of|since|by)\s+/i, "");
  const lower = text.toLowerCase();
  if (/^(?:today|tonight|this morning|this evening)$/.test(lower)) return fromDate(reference, "day");
  if (lower === "yesterday") return fromDate(new Date(reference.getTime() - 864e5), "day");
  const weekday = WEEKDAYS.indexOf(lower.replace(/\s+(?:night|morning|evening)$/, ""));
  if (weekday >= 0) {
    const back = (reference.getUTCDay() - weekday + 7) % 7;
    return fromDate(new Date(reference.getTime() - back * 864e5), "day");
  }
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return year >= 1900 && year <= 2100 ? { year, month: null, day: null, granularity: "year" } : null;
  }
  if (!/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text)) return null;
  // "over the next 24 months" is a duration, not a date.
  if (
    /\b(?:months|years|weeks|days|hours|decades)\b/i.test(text) &&
    !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(text)
  )
    return null;
  const parsed = chrono.parse(text.replace(RELATIVE_YEAR, ""), reference)[0];
  if (!parsed) return null;
  const known = parsed.start;
  const month = known.isCertain("month") ? (known.get("month") as number) : null;
  if (month === null) return null;
  const day = known.isCertain("day") ? (known.get("day") as number) : null;
  let year = known.isCertain("year") ? (known.get("year") as number) : null;
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

function fromDate(d: Date, granularity: Granularity): ResolvedDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), granularity };
}

/** "22 April 2025", "June 2020", "2018". */
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
