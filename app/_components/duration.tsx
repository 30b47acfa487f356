/** A length of time as a person reads it ("1 h 4 min", "12 min 5 s", "40 s"), marked up as an ISO duration. */
export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}

export function Duration({ seconds }: { seconds: number }) {
  return <time dateTime={`PT${seconds}S`}>{formatDuration(seconds)}</time>;
}
