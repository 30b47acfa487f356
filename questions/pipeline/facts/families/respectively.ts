/**
 * Two lists paired by "respectively": "A, B and C, which replaced X, Y and Z respectively, came into force"
 * becomes "Which law replaced X?" (key A), one question per pair. The other names of the first list are what the
 * candidate must tell the key from, so they lead its options.
 */
import { normKey } from "../../../text";
import type { Sentence } from "../../04-sentences";
import { type AnswerSpan, BARE_CONTEXT, findSpans } from "../spans";
import type { Candidate, StoryArticle } from "./candidate";

/** Words that join a list's items. */
const JOINER = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;
/** What may stand between the two lists: an optional relative pronoun, a past-tense verb, an optional article. */
const LINK =
  /^\s*(?:,\s*)?(?:which|that|who)?\s*([a-z]+ed|[a-z]+(?:ew|ook|ame|ent|ave|ote|ung))\s+(?:the\s+)?$/i;

/**
 * One question per pair of the sentence's "respectively" lists, when both lists have as many names, of two or
 * more, joined only by commas and "and".
 * @example respectively(annotate(["The Harbour Code and the Port Code, which replaced the Dock Act and the Quay Act respectively, came into force."])[0], article)
 */
export function respectively(sentence: Sentence, article: StoryArticle): Candidate[] {
  if (!/\brespectively\b/.test(sentence.text)) return [];
  const spans = findSpans(sentence, BARE_CONTEXT, true).filter((x) => x.type === "thing" || x.type === "org");
  const lists = runsOfNames(sentence.text, spans);
  for (let i = 0; i + 1 < lists.length; i++) {
    const first = lists[i] as AnswerSpan[];
    const second = lists[i + 1] as AnswerSpan[];
    if (first.length < 2 || first.length !== second.length) continue;
    const between = sentence.text.slice(first.at(-1)?.acronymEnd ?? first.at(-1)?.end, second[0]?.start);
    const verb = between.match(LINK)?.[1];
    // The second list must end where "respectively" says the pairing is.
    const tail = sentence.text.slice(second.at(-1)?.acronymEnd ?? second.at(-1)?.end);
    if (!verb || !/^\s*(?:\([^)]*\))?\s*,?\s*respectively\b/.test(tail)) continue;
    const noun = classNoun(first);
    if (!noun) return [];
    return first.map((key, k) => {
      const other = second[k] as AnswerSpan;
      // "the Dock Act" as written; "the Code of Criminal Procedure" whether or not the list repeats the article.
      const written = /^the\s/i.test(sentence.text.slice(Math.max(0, other.start - 4), other.start));
      const the = written || /^[A-Z][a-z]+ of\b/.test(other.answer) ? "the " : "";
      return {
        kind: "which",
        answer: key.answer,
        aliases: key.aliases,
        category: `thing:${key.detail ?? noun}`,
        prompt: `Which ${noun} ${verb.toLowerCase()} ${the}${other.answer}?`,
        articleId: article.id,
        sentence: sentence.text,
        surface: key.answer,
        score: 6.5,
        listed: first.filter((x) => x !== key).map((x) => x.answer),
      };
    });
  }
  return [];
}

/** The sentence's names grouped into lists: names joined only by commas and "and". */
function runsOfNames(text: string, spans: AnswerSpan[]): AnswerSpan[][] {
  const lists: AnswerSpan[][] = [];
  for (const span of spans) {
    const last = lists.at(-1)?.at(-1);
    const joined = last && JOINER.test(text.slice(last.acronymEnd ?? last.end, span.start));
    if (joined) lists.at(-1)?.push(span);
    else lists.push([span]);
  }
  return lists;
}

/** The word a question asks the first list by: its members' shared category ("law"), else none. */
function classNoun(list: AnswerSpan[]): string | null {
  const categories = new Set(list.map((x) => x.detail ?? ""));
  const [only] = [...categories];
  return categories.size === 1 && only && normKey(only) === only ? only : null;
}
