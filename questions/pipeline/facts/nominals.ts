/**
 * A figure counted inside a noun of action: "welcomed the addition of four Harbour sites" is, as
 * a fact, "Four Harbour sites were added"; "approved the procurement of 26 jets" is "26 jets were approved for
 * procurement". The count cannot be fronted out of "the addition of ...", so its blank is asked from that
 * sentence instead: "How many Harbour sites were added on the eve of Harbour Day?".
 */
import type { AnswerSpan } from "./spans";

/** A noun of action and the participle of its verb. */
const NOMINALS: Record<string, string> = {
  addition: "added",
  acquisition: "acquired",
  appointment: "appointed",
  arrest: "arrested",
  commissioning: "commissioned",
  conferment: "conferred",
  construction: "constructed",
  deployment: "deployed",
  destruction: "destroyed",
  evacuation: "evacuated",
  export: "exported",
  import: "imported",
  induction: "inducted",
  inclusion: "included",
  installation: "installed",
  launch: "launched",
  procurement: "procured",
  purchase: "purchased",
  release: "released",
  removal: "removed",
  rescue: "rescued",
  sale: "sold",
};

/** A verb that allows the action, not the action done: "approved the purchase of 26 jets". */
const ALLOWS = /^(?:approved|cleared|sanctioned|authori[sz]ed|okayed|greenlit)$/;

const BEFORE_COUNT = new RegExp(
  String.raw`\b(?:(approved|cleared|sanctioned|authori[sz]ed|okayed|greenlit)\s+)?the\s+(${Object.keys(NOMINALS).join("|")})\s+of\s+$`,
  "i",
);

/** Words that end the counted noun phrase: a preposition, a relative word, a joiner. */
const NP_END =
  /\s+(?:on|in|at|for|from|by|to|during|after|before|with|since|under|over|as|which|that|who|and|or|across|into)\b|[,;:.()]|$/;

/** An opening that says when or for what ("For the year 2031,"), kept in front of the new sentence. */
const OPENING = /^(?:For|In|On|During|As of|Under|Since)\b[^,]{2,40},\s+/;

/**
 * "<Count NP> were <participle> <rest>." for a count inside "the <action> of"; null otherwise.
 * @example countOfAction("The minister hailed the addition of three wetlands on Monday.", span) // "Three wetlands were added on Monday."
 */
export function countOfAction(text: string, span: AnswerSpan): string | null {
  if (span.type !== "count") return null;
  const m = text.slice(0, span.start).match(BEFORE_COUNT);
  const nominal = m?.[2]?.toLowerCase();
  if (!m || !nominal) return null;
  const after = text.slice(span.start);
  const end = after.search(NP_END);
  const np = after.slice(0, end < 0 ? after.length : end).trim();
  // The count must count something: "the addition of three" says nothing of what.
  if (np.split(/\s+/).length < 2) return null;
  const rest = after
    .slice(np.length)
    .replace(/^\s*(?:,|and\b|or\b).*$/, "")
    // "156 Light Combat Helicopters (LCH) Prachand": the name after the counted noun is no part of the verb's rest.
    .replace(/^\s*(?:\([^()]{1,12}\)\s*)?[A-Z].*$/, "")
    .replace(/[.!?]?\s*$/, "");
  const one = /^(?:one|1|a|an)\b/i.test(np);
  const verb =
    m[1] && ALLOWS.test(m[1].toLowerCase()) ? `${m[1].toLowerCase()} for ${nominal}` : NOMINALS[nominal];
  const opening = text.match(OPENING)?.[0] ?? "";
  const counted = opening ? np : `${np.charAt(0).toUpperCase()}${np.slice(1)}`;
  return `${opening}${counted} ${one ? "was" : "were"} ${verb}${rest}.`;
}
