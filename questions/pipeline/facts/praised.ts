/**
 * What someone was praised for is what they did: "The minister congratulated the agency for successfully
 * completing the Harbour Docking Trial" is, as a fact, "The agency successfully completed the Harbour Docking
 * Trial". Who congratulated whom is no news (the generic path asks no speaker), and the deed cannot be fronted out
 * of "for completing ...", so its blank is asked from this sentence instead: "Which trial did the agency
 * successfully complete?".
 */
import type { Sentence } from "../04-sentences";
import type { AnswerSpan } from "./spans";

/** "<praiser> congratulated <doer> for|on (successfully) <gerund> <deed>": the doer (1), the adverb (2), the gerund (3). */
const PRAISED =
  /\b(?:congratulated|congratulates|lauded|lauds|praised|praises|hailed|hails|applauded|applauds|commended|commends|felicitated|felicitates)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,5}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:for|on)\s+(?:(successfully|jointly)\s+)?([a-z]{3,}ing)\s+(?=\S)/;

/** Past tenses that do not follow from the lemma ("winning" -> "won"). */
const IRREGULAR: Record<string, string> = {
  win: "won",
  make: "made",
  take: "took",
  get: "got",
  hold: "held",
  lead: "led",
  set: "set",
  hit: "hit",
  beat: "beat",
  bring: "brought",
  build: "built",
  run: "ran",
  put: "put",
  become: "became",
  begin: "began",
  break: "broke",
  find: "found",
  give: "gave",
  keep: "kept",
  send: "sent",
  shoot: "shot",
  throw: "threw",
  write: "wrote",
};

/** The simple past of a verb from its lemma: "complete" -> "completed", "launch" -> "launched", "win" -> "won". */
function pastOf(lemma: string): string | null {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma] as string;
  if (!/^[a-z]{2,}$/.test(lemma)) return null;
  if (lemma.endsWith("e")) return `${lemma}d`;
  // "carry" -> "carried"; "deploy" keeps its y.
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

/**
 * "<Doer> (successfully) <past> <deed>." for a span in the doer or the deed of a praise; null otherwise.
 * @example praisedFor(annotated("Ola Berg congratulated the agency for successfully completing the Orca Trial."), span) // "The agency successfully completed the Orca Trial."
 */
export function praisedFor(s: Sentence, span: AnswerSpan): string | null {
  const m = s.text.match(PRAISED);
  if (!m?.[1] || !m[3] || m.index === undefined) return null;
  const doerStart = m.index + m[0].indexOf(m[1]);
  const deedStart = m.index + m[0].length;
  // The span must be the doer or in the deed: the praiser is no part of what was done.
  if (span.start < doerStart) return null;
  const gerund = s.tokens.find((t) => t.text === m[3] && t.start >= doerStart);
  const past = gerund ? pastOf(gerund.lemma.toLowerCase()) : null;
  if (!past) return null;
  // The deed runs to the end of its clause: a comma, a semicolon or the stop.
  const deed = s.text
    .slice(deedStart)
    .replace(/\s*(?:[,;:(]|\s[-–—]\s).*$/, "")
    .replace(/[.!?]\s*$/, "")
    .trim();
  if (!deed || span.end > deedStart + deed.length) return null;
  const doer = m[1].replace(/^the\s/, "The ");
  return `${doer.charAt(0).toUpperCase()}${doer.slice(1)} ${m[2] ? `${m[2]} ` : ""}${past} ${deed}.`;
}
