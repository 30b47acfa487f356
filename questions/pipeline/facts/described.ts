/**
 * What a relative clause says a person became: "Ola Berg, who was named player of the final, said the win was a
 * dream" is, as a fact, "Ola Berg was named player of the final". The sentence as written is someone's words (no
 * question asks who said them), so the fact is asked from that sentence instead: "Who was named player of the
 * final?".
 */
import type { AnswerSpan } from "./spans";

/** "<Name>, who was <named|appointed|...> <what>,": the name (1) and what they became (2). */
const BECAME =
  /((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+who\s+(?:was|is|has been|had been)\s+((?:named|appointed|elected|chosen|declared|crowned|awarded|adjudged|voted|sworn in as)\s+[^,;"“]{3,80}),/;

/**
 * "<Name> was <named ...>." for a person span over the name a "who was named ..." clause follows; null otherwise.
 * @example becameIn("Ola Berg, who was named player of the final, said it was a dream.", span) // "Ola Berg was named player of the final."
 */
export function becameIn(text: string, span: AnswerSpan): string | null {
  if (span.type !== "person") return null;
  const m = text.match(BECAME);
  if (!m?.[1] || !m[2] || m.index === undefined) return null;
  const nameEnd = m.index + m[1].length;
  if (span.end !== nameEnd || span.start < m.index) return null;
  return `${text.slice(span.roleStart ?? span.start, span.end)} was ${m[2]}.`;
}
