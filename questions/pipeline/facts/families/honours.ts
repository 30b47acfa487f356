import { monthYear } from "../../dates";
import type { Candidate, StoryArticle } from "./candidate";
import type { Event } from "./events";
import { cleanPersonName } from "./holders";
import type { Patterns } from "./patterns";

/** "X was named Player of the Match": who-questions about honours. */
export function titleQuestions(articles: StoryArticle[], event: Event | null, p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  for (const a of articles)
    for (const s of a.sentences)
      for (const m of /\b(?:named|declared|adjudged|chosen)\b/.test(s.text)
        ? s.text.matchAll(p.titled)
        : []) {
        const cleaned = cleanPersonName(m.groups?.name ?? "", p);
        const name = cleaned?.name.replace(/^.*'s\s+/, "");
        if (!name) continue;
        const at = event ? ` at the ${event.display}` : "";
        out.push({
          kind: "who",
          answer: name,
          aliases: [name.split(" ").at(-1) ?? name].filter((x) => x !== name),
          category: "person:title",
          prompt: `Who was named ${m.groups?.title}${at}${a.dated ? ` in ${monthYear(a.reference)}` : ""}?`,
          articleId: a.id,
          sentence: s.text,
          surface: name,
          score: 9.5,
        });
      }
  return out;
}
