/**
 * Stage 6: facts an examiner would ask about, found in the sentences of one story, each with its question. The
 * fact families live in `facts/families/`, one job each, sharing one candidate type; this stage runs them in
 * order, from the surest (role holders, winners) to the loosest (named things, figures, dates).
 */
import type { Span } from "./ask";
import type { Candidate, StoryArticle } from "./facts/families/candidate";
import { dates } from "./facts/families/dates";
import { mainEvent } from "./facts/families/events";
import { finalCity } from "./facts/families/finals";
import { gamesHost } from "./facts/families/games";
import { assignCountries, findHolders, holderQuestions } from "./facts/families/holders";
import { titleQuestions } from "./facts/families/honours";
import { incidents } from "./facts/families/incidents";
import { members } from "./facts/families/members";
import { lengths, numbers } from "./facts/families/numbers";
import { compiled } from "./facts/families/patterns";
import { ranks, streaks } from "./facts/families/ranks";
import { recipients } from "./facts/families/recipients";
import { respectively } from "./facts/families/respectively";
import { learnClasses, things } from "./facts/families/things";
import { venues } from "./facts/families/venues";
import { firstVisit } from "./facts/families/visits";
import { winnerQuestions } from "./facts/families/winners";
import { namePair, pairInContext, resolvePronouns, theirResolver } from "./facts/families/wording";
import { pronounReferents, storyPeople } from "./facts/generic";

export type { Candidate, StoryArticle } from "./facts/families/candidate";
export { resetLearntClasses } from "./facts/families/things";

/**
 * Finds the facts of one story (one or more articles about the same event) and words a question for each.
 * @example extractStoryFacts([{ id: "a", sentences: annotate(["Norway's Defence Minister Ola Berg met ..."]), reference, dated: true }])
 */
export function extractStoryFacts(
  articles: StoryArticle[],
  people: Map<string, string> = storyPeople(articles),
): Candidate[] {
  const p = compiled();
  const holders = findHolders(articles, p);
  const { protagonist, home } = assignCountries(holders, articles, p);
  const event = mainEvent(articles, p);
  learnClasses(articles, p);
  const candidates: Candidate[] = [];
  for (const holder of holders)
    candidates.push(...holderQuestions(holder, protagonist, event, articles, holders));
  candidates.push(...titleQuestions(articles, event, p));
  candidates.push(...winnerQuestions(articles, p));
  candidates.push(...gamesHost(articles));
  candidates.push(...finalCity(articles));
  candidates.push(...firstVisit(articles));
  for (const article of articles) {
    candidates.push(...recipients(article));
    article.sentences.forEach((sentence, i) => {
      const claimed: Span[] = [];
      const resolveTheir = theirResolver(article.sentences[i - 1]);
      const before = candidates.length;
      candidates.push(...venues(sentence, article, event, protagonist, p, claimed));
      candidates.push(...incidents(sentence, article, p, claimed, home));
      candidates.push(...things(sentence, article, p, claimed, holders, resolveTheir));
      candidates.push(...ranks(sentence, article, claimed, i));
      candidates.push(...streaks(sentence, article, claimed, i));
      candidates.push(...lengths(sentence, article, claimed));
      candidates.push(...numbers(sentence, article, claimed, p));
      candidates.push(...dates(sentence, article, claimed));
      candidates.push(...members(sentence, article));
      candidates.push(...respectively(sentence, article));
      const needsPair = candidates.slice(before).some((c) => /\b(?:the two|both)\b/i.test(c.prompt));
      const pair = needsPair ? pairInContext([article.sentences[i - 1], sentence], home, holders) : null;
      if (pair)
        for (let k = before; k < candidates.length; k++) {
          const c = candidates[k] as Candidate;
          c.prompt = namePair(c.prompt, pair);
        }
    });
  }
  // "he" or "she" in a question is the person the text itself says it is (see pronounReferents); a question
  // whose pronoun the text does not resolve is dropped rather than guessed at with the story's main person.
  const referents = new Map<string, string | null>();
  for (const article of articles) {
    const subjects = pronounReferents(article, {
      reference: article.dated ? article.reference : null,
      people,
      year: article.year ?? null,
    });
    for (const [i, s] of article.sentences.entries())
      referents.set(`${article.id}|${s.text}`, subjects[i]?.person ?? null);
  }
  return candidates.flatMap((c) => {
    if (!/\b(?:he|she)\b/i.test(c.prompt)) return [c];
    const person = referents.get(`${c.articleId}|${c.sentence}`);
    if (!person) return [];
    const holder = holders.find((h) => h.name === person) ?? protagonist;
    return holder?.name === person ? [{ ...c, prompt: resolvePronouns(c.prompt, holder) }] : [];
  });
}
