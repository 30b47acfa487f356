/**
 * Members of a grouping the article lists in full: "the NFTC, a grouping of A, B, C and D" or "X comprises A, B and C"
 * becomes "Which one of the following countries is a member of X?", with one member as the key and countries of its region
 * that the list leaves out as options. A list introduced by "including" names only some members, so it is not
 * asked: a country it leaves out could still be a member.
 */
import { lexicon } from "../../../lexicon";
import { normKey } from "../../../text";
import type { Sentence } from "../../04-sentences";
import type { Candidate, StoryArticle } from "./candidate";

const NAME = String.raw`((?:the\s+)?[A-Z][\w&'-]*(?:\s+(?:of|for|and|the|[A-Z][\w&'-]*)){0,7})(?:\s+\(([A-Z][A-Za-z&-]{1,10})\))?`;
const ITEM = String.raw`(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}`;
const LIST = String.raw`(${ITEM}(?:,\s+${ITEM})*,?\s+and\s+${ITEM})`;
/** "X - a grouping of A, B and C", "X, a bloc comprising A, B and C", "X comprises A, B and C". */
const MEMBERSHIP = [
  new RegExp(
    String.raw`${NAME}\s*(?:,|[-–—]|\()\s*(?:a|an|the)?\s*(?:[a-z-]+\s+){0,3}?(?:grouping|group|bloc|alliance|association|union|organisation|organization|forum|partnership|club|coalition)\s+(?:of|comprising|made up of|consisting of)\s+${LIST}`,
    "g",
  ),
  new RegExp(
    String.raw`${NAME},?\s+(?:which\s+)?(?:comprises|comprising|consists of|is made up of|whose members are)\s+${LIST}`,
    "g",
  ),
];

/**
 * The words each MEMBERSHIP pattern needs, tested first: few sentences list members, and the patterns try a name at
 * every capital of a sentence before they fail.
 */
const MEMBERSHIP_CUE =
  /(?:grouping|group|bloc|alliance|association|union|organisation|organization|forum|partnership|club|coalition)\s+(?:of|comprising|made up of|consisting of)\s|(?:comprises|comprising|consists of|is made up of|whose members are)\s/;

/**
 * One question per full list of member countries in the sentence.
 * @example members(annotate(["Chile signed a pact with the Nordic League, a grouping of Norway, Iceland and Denmark."])[0], article)
 */
export function members(sentence: Sentence, article: StoryArticle): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  if (!MEMBERSHIP_CUE.test(sentence.text)) return out;
  for (const pattern of MEMBERSHIP)
    for (const m of sentence.text.matchAll(pattern)) {
      const name = (m[1] ?? "").replace(/^the\s+/i, "").trim();
      const list = (m[3] ?? "")
        .split(/,\s+|,?\s+and\s+/)
        .map((x) => x.replace(/^the\s+/i, "").trim())
        .filter(Boolean);
      const countries = list.map((x) => lex.country(x));
      // Every item must be a country, and the grouping itself must not be one ("India, comprising ...").
      if (list.length < 3 || countries.some((c) => !c) || !name || lex.country(name)) continue;
      if (/^(?:It|This|They|The group|The grouping)$/i.test(name)) continue;
      const key = countries.at(-1);
      if (!key) continue;
      const article_ =
        /^(?:the\s+)/i.test(m[1] ?? "") ||
        /\b(?:Association|Union|Organisation|Organization|Council|Alliance|Forum|Group)\b/.test(name)
          ? "the "
          : "";
      const acronym = m[2] ? ` (${m[2]})` : "";
      out.push({
        kind: "where",
        answer: key.name,
        aliases:
          list.at(-1) && normKey(list.at(-1) as string) !== normKey(key.name) ? [list.at(-1) as string] : [],
        category: "country",
        prompt: `Which one of the following countries is a member of ${article_}${name}${acronym}?`,
        articleId: article.id,
        sentence: sentence.text,
        surface: list.at(-1) ?? key.name,
        score: 6.5,
        country: key,
      });
    }
  return out;
}
