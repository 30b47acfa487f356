/** Stage 7: one question per fact across a story's articles, every source listed, the best kept. */
import { lexicon } from "../lexicon";
import { jaccard, NUMBER_WORDS, normKey, remembered, wordSet } from "../text";
import type { QuestionSource } from "../types";
import type { Candidate, StoryArticle } from "./06-facts";
import { sideDetail } from "./facts/details";

export interface SelectedFact {
  best: Candidate;
  sources: QuestionSource[];
  /** Every candidate that asked for the same answer, for aliases. */
  variants: Candidate[];
}

/** At most this many questions share an answer within a story (different facts about one entity). */
export const PER_ANSWER = 2;

/**
 * Groups candidates by answer, keeps the best-worded one or two of each, lists every article and sentence
 * that mentions the answer, and keeps the highest-ranked facts of the story.
 * @example selectFacts(candidates, articles, 20).length // <= 20
 */
export function selectFacts(
  candidates: Candidate[],
  articles: StoryArticle[],
  limit: number,
  /** Whether a fact can be printed (it has its options): one that cannot takes no place of the few. */
  printable: (fact: SelectedFact) => boolean = () => true,
): SelectedFact[] {
  const byAnswer = new Map<string, Candidate[]>();
  const mentions = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.answer || !(c.mention || c.prompt.endsWith("?"))) continue;
    const into = c.mention ? mentions : byAnswer;
    const key = factKeyOf(c);
    const group = into.get(key);
    if (group) group.push(c);
    else into.set(key, [c]);
  }
  const facts: SelectedFact[] = [];
  const index = new StoryIndex(articles);
  // "How many members voted in favour ...?" and "... with _____ members voting in favour" key their counts
  // differently ("284 members", "284") but ask one figure of one sentence: only the better-worded one is kept.
  const outdone = outdoneInSlot(byAnswer);
  for (const [key, group] of byAnswer) {
    const mentioned = [...group, ...(mentions.get(key) ?? [])];
    const articleCount = new Set(mentioned.map((c) => c.articleId)).size;
    // A candidate that cannot be printed (no four options for its wording) leaves its place to the next.
    const kept = keptOf(group, (c) => printable({ best: c, sources: [], variants: group }));
    // The group whose best question another group asks better is that group's fact: it goes whole.
    if (kept[0] && outdone.has(kept[0])) continue;
    for (const best of kept) {
      const sources = sourcesFor(best, mentioned, index);
      facts.push({
        best: { ...best, score: quality(best) + Math.min(2, articleCount - 1) * 0.75 },
        sources,
        variants: group,
      });
    }
  }
  facts.sort((a, b) => b.best.score - a.best.score);
  const common = openingWordsOnly(articles);
  return atMostPerSentence(
    facts.filter((f) => !common.has(f.best.answer)),
    limit,
    printable,
    firstPercentages(facts, articles),
  );
}

/**
 * "Foot surveys covered 6.8 lakh km", "Bilateral naval exercises began in 1993": words the story capitalises only
 * where they open a sentence are common words, not names (blind reading 32 was asked "Which surveys ...? =>
 * Foot"). A place the data knows stays a name wherever the story writes it.
 */
function openingWordsOnly(articles: StoryArticle[]): Set<string> {
  const opening = new Set<string>();
  const inside = new Set<string>();
  for (const a of articles)
    for (const s of a.sentences) {
      const words = s.text.match(/[A-Za-z][\w'’-]*/g) ?? [];
      words.forEach((w, i) => {
        if (!/^[A-Z][a-z]+$/.test(w)) return;
        (i === 0 ? opening : inside).add(w);
      });
    }
  const lex = lexicon();
  return new Set(
    [...opening].filter(
      (w) => !inside.has(w) && !lex.country(w) && !lex.regionKindOf(w) && !lex.organisation(w),
    ),
  );
}

/**
 * The candidates another group asks better: same answer, kind, article and sentence, keyed apart only by what
 * their counts name.
 */
function outdoneInSlot(byAnswer: Map<string, Candidate[]>): Set<Candidate> {
  const bySlot = new Map<string, { key: string; c: Candidate; q: number }[]>();
  for (const [key, group] of byAnswer)
    for (const c of group) {
      const slot = `${c.articleId}|${c.kind}|${normKey(c.answer)}|${c.sentence}`;
      bySlot.set(slot, [...(bySlot.get(slot) ?? []), { key, c, q: quality(c) }]);
    }
  const out = new Set<Candidate>();
  for (const entries of bySlot.values()) {
    if (new Set(entries.map((e) => e.key)).size < 2) continue;
    const best = entries.reduce((a, b) => (b.q > a.q ? b : a));
    for (const e of entries) if (e.key !== best.key) out.add(e.c);
  }
  return out;
}

/**
 * The candidates of one fact that become questions, best first: the best-worded, and a second only for another
 * fact about the answer.
 */
export function keptOf(group: Candidate[], usable: (c: Candidate) => boolean = () => true): Candidate[] {
  // Each candidate's quality is worked out once, not again at every comparison of the sort.
  const ranked = group
    .map((c) => ({ c, q: quality(c) }))
    .sort((a, b) => b.q - a.q)
    .map(({ c }) => c);
  // "Who was Valdoria's Finance Minister in May 2031?" asks nothing that "Which Finance Minister announced ...?"
  // does not ask better: who's who takes its place among the answer's questions, but is not printed (blind
  // reading 7 rejected it as trivially easy).
  const deedAsked = (c: Candidate) => {
    const office = roleOnly(c.prompt);
    if (office === null) return false;
    // One pattern for the office, tried on each other question.
    const asked = new RegExp(`\\b[Ww]hich ${office.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b(?!['’-])`);
    return ranked.some(
      (o) =>
        o !== c &&
        o.kind === "who" &&
        asked.test(o.prompt) &&
        !roleOnly(o.prompt) &&
        !BLANK.test(o.prompt) &&
        usable(o),
    );
  };
  const kept: Candidate[] = [];
  let taken = 0;
  for (const c of ranked) {
    if (taken >= PER_ANSWER) break;
    if (c.kind === "who" && deedAsked(c)) {
      taken++;
      continue;
    }
    if (!kept.some((k) => sameFact(k, c)) && usable(c)) {
      kept.push(c);
      taken++;
    }
  }
  return kept;
}

/**
 * The office a question asks the holder of, when that is all it asks, at a time or an event: "Finance Minister"
 * of "Who was Valdoria's Finance Minister in May 2031?", "Governor" of "Who was the Governor of the Bank of
 * Nordland at the time of the launch?". Null for a question of what someone did.
 * @example roleOnly("Who was Valdoria's Finance Minister in May 2031?") // "Finance Minister"
 * @example roleOnly("Who is the first Governor to be appointed under the new law?") // null
 */
export function roleOnly(prompt: string): string | null {
  return ROLE_ONLY.test(prompt)
    ? (prompt
        .replace(/^With reference to [^,]+,\s+/, "")
        .match(/(?:\bthe |['’]s )((?:[A-Z][\w&.'-]*)(?: [A-Z][\w&.'-]*)*)/)?.[1] ?? null)
    : null;
}
const ROLE_ONLY =
  /^(?:With reference to [^,]+,\s+)?[Ww]ho (?:was|is) (?:the |[A-Z][\w.' -]*?['’]s )(?:(?:[A-Z][\w&.'-]*|of|the|and)\s+)*?(?:[A-Z][\w&.'-]*|counterpart)(?:\s+(?:in|at|on|during|at the time of)\s[^?]*)?\?$/;

/**
 * Whether a candidate asks what a kept one already asks: one question per kind and answer across the story's
 * articles, so its fact key stays the same when the story gains an article; a second one only for another fact
 * about the answer, in another sentence of the same article.
 */
function sameFact(kept: Candidate, c: Candidate): boolean {
  return sameSlot(kept, c) || jaccard(wordSet(kept.prompt), wordSet(c.prompt)) >= 0.45;
}

/** Whether a fact of this kind, article and sentence would take the kept one's place, whatever its wording. */
export function sameSlot(
  kept: Pick<Candidate, "kind" | "articleId" | "sentence">,
  c: Pick<Candidate, "kind" | "articleId" | "sentence">,
): boolean {
  return kept.kind === c.kind && (kept.articleId !== c.articleId || kept.sentence === c.sentence);
}

/**
 * What makes two candidates one fact: their answer, and for a count what it counts ("two | Orca-9 units" is not
 * "two | sides"), so a small number that several facts share does not crowd out the others.
 */
export function factKeyOf(c: Pick<Candidate, "kind" | "answer" | "aliases">): string {
  const answer = normKey(c.answer);
  if (c.kind !== "how_many") return answer;
  const counted = c.aliases
    .map(normKey)
    .filter((a) => a.startsWith(`${answer} `))
    .sort((a, b) => b.length - a.length)[0];
  return inDigits(counted ?? answer);
}

/** "four wickets" and "4 wickets" are one fact: a count written in words keys as its digits. */
function inDigits(key: string): string {
  return key.replace(/^[a-z]+\b/, (word) => {
    const n = NUMBER_WORDS.indexOf(word);
    return n > 0 ? String(n) : word;
  });
}

/** At most this many questions are cut from one sentence. */
const PER_SENTENCE = 5;

/**
 * At most this many blanks are asked of one article, the best-ranked: a long report's twentieth blank quotes a
 * detail no exam asks (blind readings 27 and 29 accepted 5 of 99 blanks as printed, against 10 of 61
 * wh-questions).
 */
export const PER_ARTICLE_BLANKS = 10;
const BLANK = /\bfills? the blank\b/;

/**
 * At most this many percentages are asked of one article, the best-ranked: a data release's twenty growth rates
 * and shares are one list of like figures, and an exam asks its headline figure, not each of them (blind
 * readings 16 and 17 rejected such rates as trivia).
 */
export const PER_ARTICLE_PERCENTAGES = 3;
const PERCENTAGE = /\d\s*(?:%|per\s?cent|percent)$/;

/**
 * Keeps the best facts in order, at most five from one sentence and three percentages from one article. A question keeps its whole prompt even where it
 * names the answer of another question from the same sentence ("Whom did X beat in the final?" beside "Who won
 * the final?"): that context is what makes it answerable, and cutting it left questions that were not.
 */
function atMostPerSentence(
  facts: SelectedFact[],
  limit: number,
  printable: (fact: SelectedFact) => boolean,
  percentages: Set<SelectedFact>,
): SelectedFact[] {
  const kept: SelectedFact[] = [];
  const perSentence = new Map<string, SelectedFact[]>();
  const blanks = new Map<string, number>();
  for (const f of facts) {
    if (kept.length >= limit) break;
    const sentenceKey = `${f.best.articleId}|${f.best.sentence}`;
    const siblings = perSentence.get(sentenceKey) ?? [];
    if (siblings.length >= PER_SENTENCE) continue;
    const blank = BLANK.test(f.best.prompt);
    if (blank && (blanks.get(f.best.articleId) ?? 0) >= PER_ARTICLE_BLANKS) continue;
    if (siblings.some((k) => oneList(k.best, f.best))) continue;
    if (PERCENTAGE.test(f.best.answer) && !percentages.has(f)) continue;
    if (sideDetail(f.best)) continue;
    if (!printable(f)) continue;
    kept.push(f);
    perSentence.set(sentenceKey, [...siblings, f]);
    if (blank) blanks.set(f.best.articleId, (blanks.get(f.best.articleId) ?? 0) + 1);
  }
  return kept;
}

/**
 * What stands between two items of one list: separators, and other items of up to 40 characters; the first item's
 * figure in brackets too ("Karnataka (611), Uttarakhand (604)"), and a figure before each year of a series ("842 in 2026,
 * 785 in 2022 and 526 in 2018").
 */
const BETWEEN_ITEMS =
  /^(?:\s*\([^()]{1,20}\))?(?:(?:,|,?\s+and|,?\s+or)\s+[^,;]{1,40}?)*?(?:,|,?\s+and|,?\s+or)\s+(?:[\d,.]+\s+(?:in|on|at)\s+)?$/;

/**
 * Whether two figures, dates or places are items of one list in their sentence ("won in 2003, 2007, 2017 and
 * 2025", "the US, Russia and China"): an exam asks one item of a list of like things, and a question on each of them
 * gives the others away (issue 7: "ask at most one question from a list of like figures").
 */
export function oneList(a: Pick<Candidate, "kind" | "answer" | "sentence">, b: typeof a): boolean {
  // Named people and things are each news ("X, Y and Z were awarded the prize"); figures, dates and places of
  // one list are details of one fact.
  if (a.kind !== b.kind || a.sentence !== b.sentence || a.kind === "who" || a.kind === "which") return false;
  const at = (answer: string) => {
    const i = a.sentence.indexOf(answer);
    return i < 0 ? undefined : { start: i, end: i + answer.length };
  };
  const x = at(a.answer);
  const y = at(b.answer);
  if (!x || !y || x.start === y.start) return false;
  const [first, second] = x.start < y.start ? [x, y] : [y, x];
  return first.end <= second.start && BETWEEN_ITEMS.test(a.sentence.slice(first.end, second.start));
}

/**
 * The percentages that may be asked: of each article, the three its text gives first (the headline figure
 * before the breakdown), the better-ranked first among one sentence's.
 */
function firstPercentages(facts: SelectedFact[], articles: StoryArticle[]): Set<SelectedFact> {
  const position = new Map<string, number>();
  for (const a of articles) for (const [i, s] of a.sentences.entries()) position.set(`${a.id}|${s.text}`, i);
  const byArticle = new Map<string, SelectedFact[]>();
  for (const f of facts)
    if (PERCENTAGE.test(f.best.answer))
      byArticle.set(f.best.articleId, [...(byArticle.get(f.best.articleId) ?? []), f]);
  const allowed = new Set<SelectedFact>();
  for (const list of byArticle.values()) {
    const at = (f: SelectedFact) => position.get(`${f.best.articleId}|${f.best.sentence}`) ?? Infinity;
    // A stable sort: facts of one sentence keep their ranking.
    for (const f of [...list].sort((x, y) => at(x) - at(y)).slice(0, PER_ARTICLE_PERCENTAGES)) allowed.add(f);
  }
  return allowed;
}

/** A candidate's score less what its wording costs: never more than its score. */
export function quality(c: Candidate): number {
  // The prompt's deductions, taken from the score one by one in the order they are found.
  let q = c.score;
  for (const d of deductions(c.prompt)) q -= d;
  return q;
}

/** What a prompt's wording takes off its score, in order; kept by prompt, as selection ranks the same ones often. */
function deductions(prompt: string): number[] {
  return remembered(promptDeductions, prompt, () => {
    const out: number[] = [];
    const words = prompt.split(/\s+/).length;
    if (words > 28) out.push((words - 28) * 0.15);
    if (/^(?:It|They|This|These|Their|He|She)\b|\b(?:he|she|it|they)\b/.test(prompt)) out.push(2.5);
    if (/"/.test(prompt)) out.push(1);
    // "the two remaining which systems": a wh-word inside a noun phrase reads badly.
    if (
      /\b(?!of|in|on|at|for|with|by|from|to|under|during|over|through|between|including)[a-z]+ which\b/.test(
        prompt,
      ) &&
      !/^Which\b/.test(prompt)
    )
      out.push(1.5);
    return out;
  });
}
const promptDeductions = new Map<string, number[]>();

function sourcesFor(best: Candidate, group: Candidate[], index: StoryIndex): QuestionSource[] {
  const sources = new Map<string, string>();
  sources.set(best.articleId, best.sentence);
  for (const c of group) if (!sources.has(c.articleId)) sources.set(c.articleId, c.sentence);
  // Names are found in every article of the story that writes them; numbers and dates only where a candidate was.
  if (best.kind === "who" || best.kind === "where" || best.kind === "which") {
    for (const form of [best.answer, ...best.aliases].map(normKey).filter((f) => f.length > 3)) {
      for (const hit of index.find(form))
        if (!sources.has(hit.articleId)) sources.set(hit.articleId, hit.text);
    }
  }
  return [...sources.entries()].map(([articleId, sentence]) => ({ articleId, sentence }));
}

/** The story's sentences indexed by word, so finding every mention of a name does not scan the whole story. */
class StoryIndex {
  private readonly byWord = new Map<string, { articleId: string; text: string; key: string }[]>();

  constructor(articles: StoryArticle[]) {
    for (const a of articles)
      for (const s of a.sentences) {
        const key = ` ${normKey(s.text)} `;
        const entry = { articleId: a.id, text: s.text, key };
        for (const w of new Set(key.trim().split(" "))) {
          const list = this.byWord.get(w);
          if (list) list.push(entry);
          else this.byWord.set(w, [entry]);
        }
      }
  }

  /** The first sentence of each article that contains the normalised phrase. */
  find(phrase: string): { articleId: string; text: string }[] {
    const words = phrase.split(" ");
    const postings = words.map((w) => this.byWord.get(w) ?? []).sort((a, b) => a.length - b.length)[0] ?? [];
    const seen = new Set<string>();
    const out: { articleId: string; text: string }[] = [];
    for (const entry of postings) {
      if (seen.has(entry.articleId) || !entry.key.includes(` ${phrase} `)) continue;
      seen.add(entry.articleId);
      out.push(entry);
    }
    return out;
  }
}
