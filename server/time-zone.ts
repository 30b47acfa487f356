import "server-only";
import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";

// A user's days (the daily new-card limit, the streak, the heatmap, the due forecast) start at midnight in their
// own time zone, an IANA name kept in their settings. @date-fns/tz does the calendar arithmetic, so days stay
// whole across daylight-saving changes.

export const DEFAULT_TIME_ZONE = "UTC";

/** Whether `zone` is an IANA time zone name this runtime knows ("Asia/Kolkata", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** Every time zone a user can choose, UTC first. */
export function timeZoneNames(): string[] {
  return [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

/** The instant `now`'s day began in `zone`. */
export function startOfLocalDay(now: Date, zone: string): Date {
  return new Date(startOfDay(new TZDate(now, zone)).getTime());
}

/** The instant `days` calendar days after `day` in `zone` (23 or 25 hours across a daylight-saving change). */
export function addLocalDays(day: Date, days: number, zone: string): Date {
  return new Date(addDays(new TZDate(day, zone), days).getTime());
}

/**
 * One formatter per kind and zone: stats format a date per review, and building a formatter (about 170 µs)
 * costs far more than using one (about 3 µs).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(kind: "date-key" | "date-time", zone: string): Intl.DateTimeFormat {
  const key = `${kind} ${zone}`;
  let format = formats.get(key);
  if (!format) {
    format =
      kind === "date-key"
        ? // en-CA formats dates as YYYY-MM-DD.
          new Intl.DateTimeFormat("en-CA", { timeZone: zone })
        : new Intl.DateTimeFormat("en-GB", {
            day: "numeric",
            month: "short",
            year: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            timeZone: zone,
            timeZoneName: "short",
          });
    formats.set(key, format);
  }
  return format;
}

/** The calendar date of `date` in `zone`, as YYYY-MM-DD. */
export function localDateKey(date: Date, zone: string): string {
  return formatIn("date-key", zone).format(date);
}

/** `date` as a person in `zone` reads it, with the zone's name: "24 Nov 2026, 01:00 GMT+5:30". */
export function formatLocalTime(date: Date, zone: string): string {
  return formatIn("date-time", zone).format(date);
}
