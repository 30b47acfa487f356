/** Where a body named with its nationality comes from: "X, a Ruritanian group of ..." asks for Ruritania. */
import { lexicon } from "../../../lexicon";

/** Nouns for a body a country can be home to. */
const BODY =
  "group|organi[sz]ation|company|firm|body|NGO|start-?up|movement|network|association|party|bank|agency|airline|carrier|conglomerate|federation|union|institute|foundation|think[- ]tank";

let pattern: RegExp | null = null;
function originPattern(): RegExp {
  pattern ??= new RegExp(
    `(?<name>[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,4}),\\s+an?\\s+(?<dem>${lexicon().demonymPattern})\\s+(?<noun>(?:[a-z-]+\\s+){0,3}?(?:${BODY}))\\b(?<of>\\s+of\\s+[a-z][a-z -]{2,40}?)?(?=\\s*[,.;]|\\s+(?:for|that|which|who|and|with|to|in|on)\\b)`,
  );
  return pattern;
}

/**
 * "In which country is Nihon Group, the group of harbour survivors, based?" from a body the sentence names with
 * its nationality; null when it names none, or the nationality is no country's.
 * @example originQuestion("The prize went to Orca Group, a Ruritanian group of sailors, for its work.")?.answer // "Ruritania"
 */
export function originQuestion(text: string): { prompt: string; answer: string; code: string } | null {
  const g = text.match(originPattern())?.groups;
  if (!g?.name || !g.dem || !g.noun) return null;
  const country = lexicon().country(g.dem);
  if (!country || /^(?:The|A|An|This|It)$/.test(g.name)) return null;
  return {
    prompt: `In which country is ${g.name}, the ${g.noun}${g.of ?? ""}, based?`,
    answer: country.name,
    code: country.code,
  };
}
