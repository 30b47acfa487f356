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

/**
 * "<its first earth observation satellite>, <Name>, <rest>": a name set off after the description that ends in its
 * class noun.
 */
const DESCRIBED_BEFORE =
  /\b(?:its|their|his|her|the|a|an|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,5}?([a-z]+),\s+$/;

/**
 * The sentence with a name written after its description, between commas, put back as the name with its class
 * noun: "Chile launched its first earth observation satellite, Condor-1, from Kourou" is, as a fact, "Chile
 * launched the Condor-1 satellite from Kourou", which asks "Which satellite did Chile launch from Kourou?". The
 * name set off by commas can only be a blank as written. Null when the span is no such name.
 * @example namedInApposition("Chile launched its first satellite, Condor-1, from Kourou.", span) // "Chile launched the Condor-1 satellite from Kourou."
 */
export function namedInApposition(text: string, span: AnswerSpan): string | null {
  if (span.type !== "thing" || !span.cls) return null;
  const before = text.slice(0, span.start).match(DESCRIBED_BEFORE);
  if (before?.index === undefined || before[1] !== span.cls.toLowerCase()) return null;
  // The name closes the apposition: a comma before what the verb goes on with, or the sentence's end.
  const after = text.slice(span.end).match(/^(?:,\s+(?=[a-z])|\s*[.;]?\s*$)/);
  if (!after) return null;
  const rest = text.slice(span.end + after[0].length);
  return `${text.slice(0, before.index)}the ${span.answer} ${before[1]}${rest ? ` ${rest}` : "."}`;
}

/**
 * "<The X>, <instituted in 1987>, <is given ...>": a subject, a participle's phrase between commas, then the
 * subject's own verb.
 */
const PARTICIPLE_ASIDE =
  /^((?:The|A|An|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,7}?),\s+((?:first\s+|originally\s+|formally\s+)?(?:[a-z]{3,}ed|built|set up|founded|held|made|known|begun|written|chosen|won|given|run|led|located|situated|named|called)\b[^,;"“]{3,90}),\s+(?:is|are|was|were|has|have|had|will|would|can|may|[a-z]{3,}(?:s|ed))\b/;

/**
 * "The X was instituted in 1987." for a span inside the participle's phrase between a subject and its verb: what the
 * aside says of the subject, as a fact ("The Harbour Prize, instituted in 1987, is given every year" asks "In
 * which year was the Harbour Prize instituted?"). As written, the span could only be asked in place. Null
 * otherwise.
 * @example asideOfSubject("The Harbour Prize, instituted in 1987, is given every year.", span) // "The Harbour Prize was instituted in 1987."
 */
export function asideOfSubject(text: string, span: { start: number; end: number }): string | null {
  const m = text.match(PARTICIPLE_ASIDE);
  if (!m?.[1] || !m[2]) return null;
  const from = m[1].length + (text.slice(m[1].length).match(/^,\s+/)?.[0].length ?? 0);
  if (span.start < from || span.end > from + m[2].length) return null;
  const plural = /s$/.test(m[1]) && !/\b(?:[A-Z][\w'’-]*)$/.test(m[1]);
  return `${m[1]} ${plural ? "were" : "was"} ${m[2]}.`;
}
