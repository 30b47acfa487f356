/** Stage 2: cut a pasted page into the article and the teasers of other stories that follow it. */
import { lexicon } from "../lexicon";

export interface SplitPage {
  /** Lines of the article itself. */
  lines: string[];
  /** How many teasers of other stories were cut off. */
  teasers: number;
}

/**
 * Everything after a "Related Articles"-style heading is other stories, not this one.
 * @example splitPage(["Body.", "Related Articles", "Outlet", "Other story."]) // { lines: ["Body."], teasers: 1 }
 */
export function splitPage(lines: string[]): SplitPage {
  const { teaserHeadings } = lexicon();
  const cut = lines.findIndex((l) => teaserHeadings.has(l.toLowerCase().replace(/[:.]+$/, "")));
  if (cut < 0) return { lines, teasers: 0 };
  const rest = lines.slice(cut + 1);
  // Teasers are separated by their outlet lines: count the long paragraphs.
  const teasers = Math.max(1, rest.filter((l) => l.length > 200).length);
  return { lines: lines.slice(0, cut), teasers };
}
