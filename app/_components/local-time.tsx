/** An instant shown in the user's time zone, with the zone's name: "24 Nov 2026, 01:00 GMT+5:30". */
export function LocalTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  const format = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
  return <time dateTime={iso}>{format.format(new Date(iso))}</time>;
}
