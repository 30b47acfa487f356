/**
 * Recipients listed with their fields: "The recipients are- A (Medicine), B (Public Affairs) and C (Art)" under an
 * award the story names becomes "Who was conferred the Harbour Medal for 2031 in the field of Medicine?", one
 * question per field that only one recipient of the list has. The award's other recipients are the options: each
 * has it too, but for another field.
 */
import { lexicon } from "../../../lexicon";
import { normKey } from "../../../text";
import type { Sentence } from "../../04-sentences";
import { BARE_CONTEXT, findSpans } from "../spans";
import type { Candidate, StoryArticle } from "./candidate";

/** "The recipients are- ", "Those receiving the award posthumously are: ": what opens the list. */
const OPENING =
  /\b(?:recipients|awardees|winners|laureates|honourees|receiving the (?:award|honour|prize)(?:\s+posthumously)?)\s+(?:are|include)\s*[-:–]?\s*/i;
/** One recipient: a name, titles and a "(Retd)" dropped, then the field in brackets. */
const ITEM =
  /^(?:(?:Justice|Dr\.?|Shri|Smt\.?|Prof\.?)\s+)?(?:\(Retd\.?\)\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,4})\s*\(([A-Z][^()]{2,40})\)$/;

interface Recipient {
  name: string;
  field: string;
  posthumous: boolean;
  sentence: Sentence;
}

/**
 * Questions for every recipient list of the article whose award a sentence at or just before the list names.
 * @example recipients(article) // [{ prompt: "Who was conferred the Harbour Medal for 2031 in the field of Medicine?", ... }]
 */
export function recipients(article: StoryArticle): Candidate[] {
  const lists: { award: string; people: Recipient[] }[] = [];
  article.sentences.forEach((sentence, i) => {
    const opening = sentence.text.match(OPENING);
    if (!opening || opening.index === undefined) return;
    const items = sentence.text
      .slice(opening.index + opening[0].length)
      .replace(/\.\s*$/, "")
      // Commas and "and" between items, never inside a field's brackets ("(Literature and Education)").
      .split(/,\s*(?:and\s+)?(?![^(]*\))|\s+and\s+(?=[A-Z])(?![^(]*\))/)
      .map((x) => x.trim().match(ITEM));
    if (items.length < 2 || items.some((m) => !m)) return;
    const award = awardNear(article.sentences, i);
    if (!award) return;
    const posthumous = /\bposthumous/i.test(sentence.text);
    lists.push({
      award,
      people: items.map((m) => ({ name: m?.[1] ?? "", field: m?.[2] ?? "", posthumous, sentence })),
    });
  });
  const year = article.year ? ` for ${article.year}` : "";
  return lists.flatMap(({ award, people }) => {
    // The list's own names first (all posthumous, or all not), then the award's other recipients.
    const everyone = [
      ...people.map((p) => p.name),
      ...lists.filter((l) => l.award === award).flatMap((l) => l.people.map((p) => p.name)),
    ];
    return people
      .filter((p) => people.filter((q) => normKey(q.field) === normKey(p.field)).length === 1)
      .map((p) => ({
        kind: "who" as const,
        answer: p.name,
        aliases: [p.name.split(/\s+/).at(-1) ?? p.name],
        category: "person",
        prompt: `Who was ${p.posthumous ? "posthumously " : ""}conferred the ${award}${year} in the field of ${p.field}?`,
        articleId: article.id,
        sentence: p.sentence.text,
        surface: p.name,
        score: 6,
        listed: [...new Set(everyone)].filter((name) => name !== p.name),
      }));
  });
}

/** The award the list is of: the last award the list's sentence or the three before it name. */
function awardNear(sentences: Sentence[], at: number): string | null {
  for (let k = at; k >= Math.max(0, at - 3); k--) {
    const s = sentences[k];
    if (!s) continue;
    const award = findSpans(s, BARE_CONTEXT, true)
      .filter((x) => x.detail === "award" || lexicon().suffixClass(x.cls)?.category === "award")
      .at(-1);
    if (award) return award.answer;
  }
  return null;
}
