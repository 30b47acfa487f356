/**
 * The date written before an event it names: "shed light on the April 22 Tromso terror attack in which ..." is,
 * as a fact, "The Tromso terror attack took place on April 22". The date cannot be fronted out of the noun
 * phrase, so its blank is asked from that sentence instead: "On which date did the Tromso terror attack take
 * place?".
 */
import type { AnswerSpan } from "./spans";

/** Nouns of an event that happens on a day, in lower case or capitalised as part of a name ("Harbour Summit"). */
const EVENT_NOUNS = [
  "attacks?",
  "blasts?",
  "bombings?",
  "summit",
  "meeting",
  "elections?",
  "earthquake",
  "landslide",
  "cyclone",
  "floods?",
  "crash",
  "explosion",
  "massacre",
  "riots?",
  "strikes?",
  "ceremony",
  "final",
  "visit",
  "launch",
].map((n) => `[${n.charAt(0)}${n.charAt(0).toUpperCase()}]${n.slice(1)}`);
const EVENT = new RegExp(
  String.raw`^((?:[A-Z][\w'’-]*\s+){0,4}?(?:[a-z-]+\s+){0,2}(?:${EVENT_NOUNS.join("|")}))\b`,
);

/**
 * "The <event> took place on <date>." for a date span right before an event noun phrase; null otherwise.
 * @example datedEvent("Officers briefed the media on the April 22 Tromso terror attack.", span) // "The Tromso terror attack took place on April 22."
 */
export function datedEvent(text: string, span: AnswerSpan): string | null {
  if (span.type !== "date") return null;
  if (!/\bthe\s+$/i.test(text.slice(0, span.start))) return null;
  // "lost the 2022 final to X": a year before the event names its edition; "In which year did the final take
  // place?" asks nothing one final does not share with every other.
  if (/^(?:19|20)\d\d$/.test(text.slice(span.start, span.end))) return null;
  // "a rate cut at the October meeting": a month alone may be the next one or the last, which the sentence does not
  // say; only a day ("the April 22 attack") dates an event that took place.
  if (!/\d/.test(text.slice(span.start, span.end))) return null;
  const event = text
    .slice(span.end)
    .match(/^\s+(.*)$/s)?.[1]
    ?.match(EVENT)?.[1];
  if (!event) return null;
  return `The ${event} took place on ${text.slice(span.start, span.end)}.`;
}
