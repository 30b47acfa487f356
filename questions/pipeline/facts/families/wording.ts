/** Wording shared by the families: naming "the two" countries or sides, and resolving pronouns to the story's protagonist. */
import { type Country, lexicon } from "../../../lexicon";
import { capitalise } from "../../../text";
import type { Sentence } from "../../04-sentences";
import type { Holder } from "./candidate";

// ---------- wording ----------

interface Pair {
  countries: [string, string] | null;
  people: [string, string] | null;
}

/** The two countries and the two people a sentence and the one before it are about, when there are exactly two. */
export function pairInContext(
  window: (Sentence | undefined)[],
  home: Country | null,
  holders: Holder[],
): Pair {
  const lex = lexicon();
  const countries: string[] = [];
  const people: string[] = [];
  for (const s of window) {
    if (!s) continue;
    for (const c of lex.countriesIn(s.text)) if (!countries.includes(c.name)) countries.push(c.name);
    for (const h of holders) {
      const surname = h.name.split(" ").at(-1) ?? h.name;
      if (s.text.includes(surname) && !people.includes(h.name)) people.push(h.name);
    }
  }
  if (countries.length === 1 && home && countries[0] !== home.name) countries.unshift(home.name);
  return {
    countries: countries.length === 2 ? [countries[0] as string, countries[1] as string] : null,
    people: people.length === 2 ? [people[0] as string, people[1] as string] : null,
  };
}

/** "the two countries" -> "India and China", "the two leaders" -> "A and B", "the two Defence Ministers" -> "the Defence Ministers of A and B". */
export function namePair(prompt: string, pair: Pair): string {
  let out = prompt;
  if (pair.countries) {
    const [a, b] = pair.countries;
    out = out
      .replace(/\b(?:the two|both(?: the)?) (?:countries|nations|sides)\b/gi, `${a} and ${b}`)
      .replace(/\bthe two ((?:[A-Z][a-z]+ )*[A-Z][a-z]+s)\b/g, `the $1 of ${a} and ${b}`);
  }
  if (pair.people) {
    const [a, b] = pair.people;
    out = out.replace(/\b(?:the two|both(?: the)?) (?:leaders|ministers|sides)\b/gi, `${a} and ${b}`);
  }
  return capitalise(out);
}

/** "Their collaboration" after a sentence about "India and Russia" becomes "India and Russia's collaboration". */
export function theirResolver(previous: Sentence | undefined): (q: string) => string {
  const pair = previous?.text.match(/^([A-Z][\w-]+) and ([A-Z][\w-]+)\b/);
  if (!pair) return (q) => q;
  return (q) => q.replace(/\b[Tt]heir\b/, `${pair[1]} and ${pair[2]}'s`);
}

/** A question must not lean on "he" or "his" from a sentence it no longer has. */
export function resolvePronouns(prompt: string, protagonist: Holder | null): string {
  if (!protagonist) return prompt;
  const name = protagonist.name;
  return capitalise(
    prompt
      .replace(
        /^(Which|What|When|Where|How many|How much|Who)( [^?]*?)\b(did|does|do|was|is|has|will|would) (he|she|He|She)\b/,
        (_m, w, mid, aux) => `${w}${mid}${aux} ${name}`,
      )
      .replace(/^(He|She) /, `${name} `)
      .replace(/\b(did|does|do|was|is|has|had|will|would|can|could) (he|she|He|She)\b/, `$1 ${name}`),
  );
}
