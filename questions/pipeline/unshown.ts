/**
 * A story's questions are printed on one paper, so no stem should carry a key another question asks for. A stem
 * cut from the same sentence as another question often does ("The temple at Palampet near Warangal in which state
 * ...?" beside "near which place ...?"); where the key sits in a phrase the stem can do without, the phrase goes
 * (blind readings G1 and G2: mirror questions giving each other away, the most common complaint).
 *
 * Each rewrite is kept only where the gate, or its checks for a question asked in place, passes the shorter stem.
 */

import { normKey } from "../text";
import type { GeneratedQuestion } from "../types";
import { inPlaceFailure, passesGate } from "./gate";

/**
 * Rewrites each question's prompt so that it does not print a key another question of its story asks for, where
 * that key is a day (written as its month instead), a figure beside a verb of change, or a place in a locative
 * phrase. Mutates the questions' prompts and flashcard fronts.
 */
export function withoutShownKeys(questions: GeneratedQuestion[]): void {
  const byStory = new Map<string, GeneratedQuestion[]>();
  for (const q of questions) byStory.set(q.storyId, [...(byStory.get(q.storyId) ?? []), q]);
  for (const story of byStory.values()) {
    const days = new Set(
      story.filter((q) => q.kind === "when" && DAY_DATE.test(q.answer)).map((q) => q.answer),
    );
    const figures = story.filter((q) => q.kind === "how_many").map((q) => q.answer);
    const places = story.filter((q) => q.kind === "where");
    for (const q of story) {
      const others = (keys: Iterable<string>) => [...keys].filter((k) => normKey(k) !== normKey(q.answer));
      let prompt = q.kind === "when" ? q.prompt : withMonths(q.prompt, days);
      // A date's question keeps its figures: "cut the rate by 50 basis points" says which of the year's cuts.
      if (q.kind !== "when") prompt = withoutFigures(prompt, others(figures));
      // A place goes only from a date's or another place's question cut from the same sentence: elsewhere it is
      // what names the event ("the terror attack in X", "launched services in X and Y").
      // A place question loses only the places beside its own wh-phrase ("at X near which place"): farther off, the
      // place says which sites or event it asks about ("which two sanctuaries in X").
      if (q.kind === "when" || q.kind === "where")
        prompt = withoutPlaces(
          prompt,
          others(places.filter((p) => sameSentence(p, q)).map((p) => p.answer)),
          q.kind === "where",
        );
      // A question asked in place ("The temple in which state was ...?") passes the in-place checks instead.
      const passes =
        passesGate(prompt, q.answer, q.aliases) || inPlaceFailure(prompt, q.answer, q.aliases) === null;
      if (prompt !== q.prompt && passes) {
        q.prompt = prompt;
        q.flashcard = { ...q.flashcard, front: prompt };
      }
    }
  }
}

function sameSentence(a: GeneratedQuestion, b: GeneratedQuestion): boolean {
  return a.sources.some((s) =>
    b.sources.some((t) => t.articleId === s.articleId && t.sentence === s.sentence),
  );
}

/**
 * "Which bill did Parliament pass on 19 June 2031?" beside "On which date did Parliament pass the bill?": the day
 * is written as its month, which still says when (blind reading G1).
 * @example withMonths("Which bill was passed on 19 June 2031?", ["19 June 2031"]) // "Which bill was passed in June 2031?"
 */
export function withMonths(prompt: string, days: Iterable<string>): string {
  let out = prompt;
  for (const day of days)
    out = out.replace(new RegExp(`\\bon ${day}\\b`, "g"), `in ${day.replace(/^\d{1,2}\s+/, "")}`);
  return out;
}

/** "19 June 2031": a day's date as the questions key it. */
const DAY_DATE = /^\d{1,2} [A-Z][a-z]+ \d{4}$/;

/** Verbs whose "by", "to" and "from" figures say how much a quantity changed. */
const CHANGE_VERB =
  "(?:rose|rise|risen|rising|increased|increase|grew|grow|grown|jumped|jump|surged|surge|climbed|climb|fell|fall|fallen|declined|decline|dropped|drop|slipped|slip|dipped|dip|decreased|decrease|raised|raise|reduced|reduce|hiked|hike|lowered|lower|expanded|expand|contracted|contract|widened|widen|narrowed|narrow|cut)";

/** A figure, or the question's own wh-phrase in its place, after "by", "to" or "from". */
const CHANGE_FIGURE = String.raw`(?:(?:a|an)\s+(?:record|all-time|fresh|new|multi-year)\s+(?:high|low|peak)\s+of\s+)?(?:about\s+|nearly\s+|around\s+|over\s+)?(?:[^\s?,]*\d[^\s?,]*(?:\s+(?:billion|million|trillion|crore|lakh|per cent|percent|percentage points?|basis points|bps))?|how much|what amount|what percentage|what level)`;

const CHANGE_PHRASE = String.raw`\s+(?:by|to|from)\s+${CHANGE_FIGURE}`;

/** The verb, up to six words of its object ("lowered its growth forecast for 2032-33"), then its figures. */
const CHANGE = new RegExp(
  String.raw`\b(${CHANGE_VERB}(?:\s+(?!(?:by|to|from)\s)[\w'’-]+){0,6}?)((?:${CHANGE_PHRASE})+)(?=[\s,?])`,
  "g",
);

/**
 * "By how much did gold reserves rise to $68.9 billion?" beside "To what level did gold reserves rise by $1.2
 * billion?": each names the other's key. A figure another question keys goes from the verb's "by", "to" and
 * "from" phrases; the question's own wh-phrase stays.
 * @example withoutFigures("By how much did reserves rise to $68.9 billion in May?", ["$68.9 billion"]) // "By how much did reserves rise in May?"
 */
export function withoutFigures(prompt: string, keyed: readonly string[]): string {
  if (keyed.length === 0) return prompt;
  const keys = new Set(keyed.map(normKey));
  return prompt.replace(CHANGE, (_all, verb: string, phrases: string) => {
    const kept = [...phrases.matchAll(new RegExp(CHANGE_PHRASE, "g"))]
      .map((m) => m[0])
      .filter((phrase) => {
        const figure = phrase
          .replace(/^\s+(?:by|to|from)\s+/, "")
          .replace(/^(?:an?\s+\S+\s+(?:high|low|peak)\s+of\s+)?(?:about|nearly|around|over)?\s*/, "");
        // "by 25 basis points" where another question keys "25": the count is keyed without its unit.
        const count = figure.match(/^[\d.,]+(?=\s+(?:basis points|bps|percentage points?)$)/)?.[0];
        return !keys.has(normKey(figure)) && !(count && keys.has(normKey(count)));
      });
    return `${verb}${kept.join("")}`;
  });
}

/** Verbs that need their place: "arrived in Kyiv" without Kyiv says nothing. */
const NEEDS_PLACE =
  /\b(?:held|hosted|located|situated|based|headquartered|stationed|arrive|arrived|reach|reached|land|landed|travel|travelled|traveled|fly|flew|visit|visited|move|moved|shifted|relocated|born|lies|lie|is|are|was|were)\s*$/i;

/**
 * "... temple at Palampet near Warangal in which state ...?" beside questions keying Palampet and Warangal: a place
 * another question keys goes from an "at", "in" or "near" phrase, unless a verb needs it ("held in X") or it is
 * part of a longer name ("in Paris 2024"). With `besideWh`, only a phrase just before the question's own "at/in/near
 * which ..." goes.
 * @example withoutPlaces("Which ship was commissioned at Karwar in May?", ["Karwar"]) // "Which ship was commissioned in May?"
 */
export function withoutPlaces(prompt: string, keyed: readonly string[], besideWh = false): string {
  // Only a place before the wh-phrase: one after it narrows what is asked ("at which place in X").
  const beside = (whole: string, end: number) => /^\s+(?:at|in|near)\s+which\b/.test(whole.slice(end));
  const phrases = keyed.map((place) => {
    const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(
      String.raw`\s+(?:at|in|near)\s+(?:the\s+)?${escaped}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[,?]))?(?=(?:,|\?|\s+(?!\d)[a-z]))`,
      "g",
    );
  });
  // "at X near Y in which state": once "near Y" has gone, "at X" is beside the wh-phrase too.
  let out = prompt;
  for (let before = ""; before !== out; ) {
    before = out;
    for (const phrase of phrases)
      out = out.replace(phrase, (found: string, offset: number, whole: string) =>
        NEEDS_PLACE.test(whole.slice(0, offset)) || (besideWh && !beside(whole, offset + found.length))
          ? found
          : "",
      );
  }
  return out;
}
