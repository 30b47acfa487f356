/** What a named speaker said (short statements) and who was named to an honour ("Player of the Match"). */
import { normKey } from "../../../text";
import { monthYear } from "../../dates";
import type { Candidate, StoryArticle } from "./candidate";
import type { Event } from "./events";
import { cleanPersonName } from "./holders";
import type { Patterns } from "./patterns";

/** "The Russian Defence Minister said that "..."": what did a named speaker say (short statements only). */
export function quoteQuestions(articles: StoryArticle[], event: Event | null, p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  const storyKey = articles.map((a) => a.id).join("|");
  for (const a of articles)
    for (const s of a.sentences) {
      if (!s.text.includes('"')) continue;
      for (const m of [...s.text.matchAll(p.quoted), ...s.text.matchAll(p.quotedFirst)]) {
        const quote = (m.groups?.quote ?? "").trim().replace(/[.,]$/, "");
        const who = (m.groups?.who ?? "").trim();
        if (quote.split(/\s+/).length > 14 || /^(?:He|She|It|They)$/i.test(who)) continue;
        const speaker = /^the\s/i.test(who) ? who.charAt(0).toLowerCase() + who.slice(1) : who;
        const at = event ? ` at the ${event.display}` : "";
        out.push({
          kind: "what",
          answer: quote,
          aliases: [],
          category: "quote",
          prompt: `What did ${speaker} say${at}${a.dated ? ` in ${monthYear(a.reference)}` : ""}?`,
          articleId: a.id,
          sentence: s.text,
          surface: quote,
          score: 6,
          storyKey,
          speaker: normKey(who),
        });
      }
    }
  return out;
}

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
