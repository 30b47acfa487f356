/** The story's main event ("the Harbour Council Defence Ministers' meeting"), which role and venue questions name. */
import { lexicon } from "../../../lexicon";
import { normKey } from "../../../text";
import type { StoryArticle } from "./candidate";
import { NOT_NAMES, type Patterns } from "./patterns";

// ---------- where: venues of meetings ----------

export interface Event {
  key: string;
  display: string;
}

export function eventKey(raw: string): string {
  const lex = lexicon();
  let s = raw.replace(/\s*\([A-Z][A-Za-z]{1,8}\)/g, "");
  for (const o of lex.organisations) if (o.name !== o.short) s = s.replace(o.name, o.short);
  return normKey(s)
    .replace(/\bmeet\b/g, "meeting")
    .replace(/\bministers\b/g, "ministers");
}

export function mainEvent(articles: StoryArticle[], p: Patterns): Event | null {
  const seen = new Map<string, { n: number; display: string; first: number }>();
  let order = 0;
  for (const a of articles)
    for (const s of a.sentences)
      for (const m of s.text.matchAll(p.event)) {
        const raw = cleanEvent(m.groups?.event ?? "");
        if (!raw) continue;
        const key = eventKey(raw);
        const entry = seen.get(key) ?? { n: 0, display: raw, first: order++ };
        entry.n++;
        if (raw.length > entry.display.length) entry.display = raw;
        seen.set(key, entry);
      }
  const best = [...seen.entries()].sort((x, y) => y[1].n - x[1].n || x[1].first - y[1].first)[0];
  return best ? { key: best[0], display: best[1].display } : null;
}

/** An event name needs an organisation, an acronym or a capitalised event noun; "Berg's meeting" is not one. */
export function cleanEvent(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  while (words.length > 1 && NOT_NAMES.has(words[0] ?? "")) words.shift();
  const s = words.join(" ");
  const last = words.at(-1) ?? "";
  const hasAcronym = /\b[A-Z]{2,}\b/.test(s);
  // "the Quad leaders' summit": a capitalised name before the gathering's members makes the name.
  const members =
    /^[A-Z]\S*\s+(?:leaders'?|heads of (?:state|government)|(?:foreign|defence) ministers'?)\s+\S+$/.test(s);
  if (!hasAcronym && !members && !/^[A-Z]/.test(last)) return null;
  if (words.length < 2 || /'s\b/.test(s)) return null;
  // "the Trinamool Congress", "the Indian National Congress": a congress with no ordinal, year or gathering word is
  // a party, not a meeting ("the 20th Party Congress", "the World Hindi Congress", "the Indian Science Congress").
  if (last === "Congress" && !/\d|\b(?:World|International|Global|Science|Party|Annual|General)\b/.test(s))
    return null;
  return s;
}
