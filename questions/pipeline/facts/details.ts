/**
 * Side details: figures and names a sentence gives only as the background of its news, which no exam asks
 * (blind readings 27-31 rejected each kind as trivia: "tests the previous quarter's figure, not the headline one").
 */
import type { Candidate } from "./candidate";

/**
 * A figure given as what the news is measured against: "against ₹50.8 trillion a year ago", "higher than the
 * 7% recorded in the previous quarter", "rose to 41.2 per cent from 36.4 per cent", "raised from Rs 15 lakh to
 * Rs 25 lakh". The news is the new figure; the old one is its background. "More than 300 films" is no baseline.
 */
const BASELINE_BEFORE =
  /\b(?:against|compared\s+(?:with|to)|(?:higher|lower|greater|smaller|better|worse|faster|slower|bigger|above|below|up|down)\s+(?:than|from))\s+(?:the\s+)?$/i;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** What follows an old figure after a bare "from": its new one ("to Rs 25 lakh") or its time ("a year ago"). */
const FROM_AFTER =
  /^\s*(?:to\s+(?:about\s+|around\s+|nearly\s+)?[\d₹$€£]|to\s+Rs\b|a\s+year\s+(?:ago|earlier)|(?:in|during)\s+the\s+(?:previous|preceding|same|year-ago|last)\b|last\s+year\b|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

/** "the quickest pace in five quarters", "its highest level since 11 months": the span a record is counted over. */
const RECORD_SPAN_BEFORE =
  /\b(?:highest|lowest|quickest|fastest|slowest|best|worst|strongest|weakest|sharpest|steepest|biggest|largest|smallest)\s+(?:[a-z]+\s+){0,2}(?:in|since|over)\s+(?:the\s+(?:past|last)\s+)?$/i;
const TIME_UNIT_AFTER = /^\s*(?:days|weeks|months|quarters|years|decades)\b/i;

/**
 * The employer of a quoted source: "..., said Mara Lind, chief economist at Harbour Capital". Who the
 * commentator works for is no news.
 */
const AFFILIATION_BEFORE =
  /(?:\b(?:said|says|according\s+to)\s+|^)(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){1,4}(?:at|of|with|from)\s+(?:the\s+)?$/;
/** "professor at the Centre for Trade Studies in _____": the place of a quoted source's employer. */
const AFFILIATION_PLACE_BEFORE =
  /(?:\b(?:said|says|according\s+to)\s+|^)(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){1,4}(?:at|of|with|from)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+(?:(?:of|for|and|&)\s+)?){1,6}in\s+$/;

/**
 * One end of a range: "wind speeds of 150 to _____ kmph", "between _____ and 160 kmph", "from _____ to Rs 220".
 * The range is the fact; one end of it, blanked, reads as a riddle.
 */
const RANGE_END_BEFORE =
  /(?<![\w-])[\d₹$][\d,.]*\s*(?:%|per\s+cent|lakh|crore|million|billion|trillion)?\s*(?:to|-|–)\s*(?:Rs\.?\s*|₹\s*|\$\s*|USD\s+)?$/;
const RANGE_START = {
  before: /\bbetween\s+$/,
  after: /^\s*(?:and|to|-|–)\s*(?:Rs\.?\s*|₹\s*|\$\s*|USD\s+)?\d/,
};

const SAYING = /\b(?:said|says|told|added|according\s+to)\b/;

const YEAR = /^(?:19|20)\d\d$/;

/**
 * Whether a candidate's answer is a side detail of its sentence: a baseline figure, one end of a range, the span
 * of a record, or a quoted source's employer.
 * @example sideDetail({ sentence: "Output rose to 7% from 6.1% a year ago.", surface: "6.1%" }) // true
 * @example sideDetail({ sentence: "Output rose to 7% from 6.1% a year ago.", surface: "7%" }) // false
 */
export function sideDetail(c: Pick<Candidate, "sentence" | "surface">): boolean {
  const at = c.surface ? c.sentence.indexOf(c.surface) : -1;
  if (at < 0) return false;
  const before = c.sentence.slice(0, at);
  const after = c.sentence.slice(at + c.surface.length);
  const figure = /\d/.test(c.surface) && !YEAR.test(c.surface.trim());
  // "against 137 ships and _____ aircraft": a later item of the baseline's list is a baseline too.
  const listed = before.replace(/[\d₹$€£][^,;]{0,30}?(?:,|\s+and)\s+$/, "");
  if (figure && (BASELINE_BEFORE.test(before) || BASELINE_BEFORE.test(listed))) return true;
  if (figure && FROM_BEFORE.test(before) && FROM_AFTER.test(after)) return true;
  // "raised from Rs 15 lakh to Rs 25 lakh", "rose by $1.2 billion to $912 billion": a change, and its new figure
  // the news.
  const change =
    /(?<!\brang(?:e|es|ed|ing)\s)\b(?:from|by)\s+\S(?:[^,;]|,(?=\d)){0,25}\s(?:to|-|–)\s*(?:Rs\.?\s*|₹\s*|\$\s*|USD\s+)?$/.test(
      before,
    );
  const rangeEnd = RANGE_END_BEFORE.test(before) && !change;
  if (figure && (rangeEnd || (RANGE_START.before.test(before) && RANGE_START.after.test(after)))) return true;
  // "five quarters" may be the answer as written, unit and all.
  const spanUnit = /\s(?:days|weeks|months|quarters|years|decades)$/i.test(c.surface);
  if (RECORD_SPAN_BEFORE.test(before) && (TIME_UNIT_AFTER.test(after) || spanUnit)) return true;
  return (
    (AFFILIATION_BEFORE.test(before) || AFFILIATION_PLACE_BEFORE.test(before)) && SAYING.test(c.sentence)
  );
}
