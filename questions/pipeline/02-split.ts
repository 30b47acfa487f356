/** Stage 2: cut a pasted page into the article and the teasers of other stories that follow it. */
import { lexicon } from "../lexicon";

export interface SplitPage {
  /** Lines of the article itself. */
  lines: string[];
  /** How many teasers of other stories were cut off. */
  teasers: number;
}

/**
 * Everything after a "Related Articles"-style heading followed by other stories' outlets or ages is other
 * stories, not this one; a heading the page's own text goes on after is dropped alone.
 * @example splitPage(["Body.", "Related Articles", "Outlet", "Other story."]) // { lines: ["Body."], teasers: 1 }
 */
export function splitPage(lines: string[]): SplitPage {
  const page = splitTeasers(lines);
  return { ...page, lines: summaryLast(page.lines) };
}

/** "Summary", "Key highlights", "Story highlights": a heading over a page's bullet points. */
const SUMMARY_HEADING =
  /^(?:summary|(?:key |story |top )?highlights|key (?:points|takeaways)|in short|at a glance|quick read)\s*:?$/i;
const BULLET = /^\s*(?:[-•*▪●]\s+|\d{1,2}[.)]\s+)/;

/**
 * A summary's bullet points above the body ("Summary / - Real GDP rose 7.4% in Q1 ...") go after it, without
 * their heading: the body's first sentence is the lead a story's setting and month are read from, and the
 * bullets repeat its facts in shorthand.
 * @example summaryLast(["Summary", "- GDP rose 7.4%", "The economy grew 7.4% in the quarter."])
 * // ["The economy grew 7.4% in the quarter.", "- GDP rose 7.4%"]
 */
export function summaryLast(lines: string[]): string[] {
  const at = lines.slice(0, 12).findIndex((l) => SUMMARY_HEADING.test(l.trim()));
  if (at < 0) return lines;
  let end = at + 1;
  while (end < lines.length && BULLET.test(lines[end] ?? "")) end++;
  if (end === at + 1 || end >= lines.length) return lines;
  return [...lines.slice(0, at), ...lines.slice(end), ...lines.slice(at + 1, end)];
}

function splitTeasers(lines: string[]): SplitPage {
  const isOutlet = (l: string) => lexicon().isOutlet(l.replace(/^[-–—•\s]+/, ""));
  const isHeading = (l: string) => lexicon().isTeaserHeading(l);
  let kept = lines;
  for (;;) {
    const cut = kept.findIndex(isHeading);
    if (cut < 0) return { lines: kept, teasers: 0 };
    const rest = kept.slice(cut + 1);
    // A live page puts the heading of a widget in the middle of its own text: when most of what follows is
    // about what the headline and lead are about, the page goes on after the heading; teasers are other stories.
    // A teaser opens with its outlet or a short headline-like line; the page's own text does not.
    const topic = keywords(kept.slice(0, Math.min(cut, 4)).join(" "));
    const after = rest.filter((l) => l.trim());
    const first = after[0] ?? "";
    const byline = isOutlet(first) || (first.split(/\s+/).length <= 5 && !/[\d:.!?]/.test(first));
    const onTopic = after.filter((l) => [...keywords(l)].some((w) => topic.has(w))).length;
    // ...and goes on in sentences: a lone headline on the same subject ("Solar firms rally") is a teaser too.
    const sentences = after.filter((l) => /[.!?]["')’”]?$/.test(l.trim())).length;
    if (!byline && sentences >= 2 && onTopic * 2 > after.length) {
      kept = [...kept.slice(0, cut), ...rest];
      continue;
    }
    // Teasers are separated by their outlet lines: count the long paragraphs.
    const teasers = Math.max(1, rest.filter((l) => l.length > 200).length);
    return { lines: kept.slice(0, cut), teasers };
  }
}

const COMMON = new Set(
  "about after again against among being below between could every first other their there these those three under until which while would years where since still today later front".split(
    " ",
  ),
);

/** The words of five letters or more that say what a text is about, lower-cased. */
function keywords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? []).filter((w) => !COMMON.has(w)));
}
