import { formatLocalTime } from "@/server/time-zone";

/** An instant shown in the user's time zone, with the zone's name: "24 Nov 2026, 01:00 GMT+5:30". */
export function LocalTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  return <time dateTime={iso}>{formatLocalTime(new Date(iso), timeZone)}</time>;
}
