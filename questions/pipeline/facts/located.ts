/**
 * Where a named place or thing is, read from "<Name> in <Place>": "the Orca Reservoir in Nordland", "a
 * camp in Tromso", "A Sanctuary and B Sanctuary in Nordland". A blank of the place ('... Orca Reservoir in
 * _____') becomes a sentence of its own that asks it directly: "In which state is Orca Reservoir located?".
 */
import type { AnswerSpan } from "./spans";

/** Words that may stand between "in" and the place without changing it: "in neighbouring Nordland". */
const BETWEEN = String.raw`(?:(?:neighbouring|neighboring|nearby|central|northern|southern|eastern|western|north|south|east|west|the)\s+)*`;
/** A capitalised name, or a name with its lowercase class noun ("Skua Point camp"), of up to six words. */
const NAME = String.raw`(?:[A-Z][\w'’.-]*|of|de|la|al)(?:\s+(?:[A-Z0-9][\w'’.-]*|of|and|the|de|la|al))*?(?:\s+(?:camp|camps|reservoir|lake|sanctuary|park|reserve|temple|fort|dam|port|base|airbase|station|village|district|headquarters|complex|plant|site|museum|university|institute|hospital|airport|stadium))?`;
/** The name just before "in", its determiner, and the joined names it may share the place with. */
const BEFORE_PLACE = new RegExp(
  String.raw`(?:^|[\s,(])(?:the\s+|a\s+|an\s+)?(${NAME}(?:(?:,\s+|\s+and\s+)(?:the\s+)?${NAME})*)\s+in\s+${BETWEEN}$`,
);
/** The class noun that ends the name of something with a place of its own. */
const STAYS_PUT =
  /\s(?:camps?|reservoir|lake|sanctuary|park|reserve|temple|fort|dam|port|base|airbase|station|village|headquarters|complex|plant|site|museum|university|institute|hospital|airport|stadium|wetland|forest|valley|river|island|glacier|falls|cave|caves|palace|monument|mosque|church|shrine)$/i;
/** Names that are no thing with a location of its own: months, days, quantities, pronoun-like openings. */
const NOT_A_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|It|He|She|They|We|I|A|An|And|Of|In|On|At|By|For|With|Among|Also|Both|Earlier|Later|Meanwhile|However|Officials?|Sources|Police|Government)$/;

/**
 * "X is located in <place>." for a place span that says where a name just before it is; null when the words
 * before the place are no such name.
 * @example locatedIn("The sites are the Orca Lake and Tide Park in Nordland.", span) // "Orca Lake and Tide Park are located in Nordland."
 */
export function locatedIn(text: string, span: AnswerSpan, siblings: AnswerSpan[] = []): string | null {
  if (span.type !== "place" || span.pair || span.cls.endsWith(" pair")) return null;
  // "in Chamarajanagar district": the class word after the place says what it is, and is no city.
  if (/^\s+(?:district|state|region|province|county|division|tehsil|taluk)\b/i.test(text.slice(span.end)))
    return null;
  const m = text.slice(0, span.start).match(BEFORE_PLACE);
  const names = m?.[1]?.trim();
  if (!m || !names) return null;
  // A person in a place ("Ola Berg in Tromso") is somewhere for a while, not located there.
  const namesEnd = (m.index ?? 0) + m[0].indexOf(names) + names.length;
  if (siblings.some((x) => x.type === "person" && x.end === namesEnd)) return null;
  // Each must be a name with the class noun of something that stays put ("Orca Reservoir", "Skua Point
  // camp"). "Holding the Forum in Valdoria" says where a meeting was, not the Forum; "a theft in Tromso in X" asks
  // the news, and "In which state is Tromso?" would ask only the map.
  const placed = (p: string) => /^[A-Z]/.test(p) && !NOT_A_NAME.test(p) && STAYS_PUT.test(p);
  // "A Sanctuary in Nordland and B Reservoir in _____": only the names right before the place are its own.
  const all = names.split(/,\s+|\s+and\s+(?:the\s+)?/).map((p) => p.replace(/^The\s+/, ""));
  const parts = all.slice(all.findLastIndex((p) => !placed(p)) + 1);
  if (parts.length === 0) return null;
  const place = text.slice(span.start, span.end);
  // "Skua Point camp": a name with a lowercase class noun takes "the".
  const named = parts.map((p) => (/\s[a-z]+$/.test(p) ? `the ${p}` : p));
  const sentence = `${named.join(" and ")} ${parts.length > 1 ? "are" : "is"} located in ${place}.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}
