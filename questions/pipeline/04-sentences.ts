/** Stage 4: sentences, tokens and entity types from wink-nlp. */

import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemEntity, type ItemSentence } from "wink-nlp";
import { lexicon } from "../lexicon";

export interface Token {
  text: string;
  pos: string;
  lemma: string;
  /** Character offset in the sentence text. */
  start: number;
  end: number;
}

export interface Entity {
  text: string;
  type: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  text: string;
  tokens: Token[];
  entities: Entity[];
}

let nlpInstance: ReturnType<typeof winkNLP> | undefined;
/** The wink-nlp pipeline, loaded once per process. */
export function nlp(): ReturnType<typeof winkNLP> {
  nlpInstance ??= winkNLP(model, ["sbd", "pos", "ner"]);
  return nlpInstance;
}

/**
 * Splits paragraphs into annotated sentences, dropping ad fragments.
 * @example annotate(["Oslo hosted the summit. It ended on Friday."]).map((s) => s.text)
 * // ["Oslo hosted the summit.", "It ended on Friday."]
 */
export function annotate(paragraphs: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs)
    for (const s of readParagraph(officialStatement(paragraph))) {
      if (sentenceCache.size > 20_000) sentenceCache.clear();
      sentenceCache.set(s.text, s);
      sentences.push({ ...s, index: sentences.length });
    }
  return sentences;
}

/**
 * A body's statement quoted whole ('"The President has approved 126 awards," the ministry said in a statement.')
 * is the news itself, not someone's opinion: its words are read as the article's own, without the quotation
 * marks that would keep every question away from them. A person's quoted words stay quoted.
 * @example officialStatement('"The council approved 12 projects," the ministry said.') // "The council approved 12 projects."
 */
export function officialStatement(paragraph: string): string {
  const m = paragraph.match(OFFICIAL_STATEMENT);
  return m?.[1] && !m[1].includes('"') ? `${m[1]}.` : paragraph;
}
const OFFICIAL_STATEMENT =
  /^"([^"]{20,}?)[,.]"\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,4}(?:ministry|government|department|commission|committee|council|office|board|agency|authority|secretariat|spokesperson)\s+(?:said|stated|announced|noted)(?:\s+in\s+a\s+(?:statement|release|press release|notification))?\.$/i;

/** Sentences read during the current generate call, so wording a question does not read its sentence again. */
const sentenceCache = new Map<string, Sentence>();

/**
 * One sentence, annotated: from the current run's cache when the pipeline already read it.
 * @example annotateSentence("Oslo hosted the summit.").tokens.length // 5
 */
export function annotateSentence(text: string): Sentence | undefined {
  return sentenceCache.get(text) ?? annotate([text])[0];
}

/** Forgets the sentences of the previous run (called at the start of each generate call). */
export function resetSentenceCache(): void {
  sentenceCache.clear();
}

function readParagraph(paragraph: string): Sentence[] {
  const engine = nlp();
  const its = engine.its;
  const { inlineFurniture } = lexicon();
  const sentences: Sentence[] = [];
  /** Wink's sentences, before abbreviations' pieces are joined. */
  const pieces: Sentence[] = [];
  /** Where each piece starts in the paragraph, so joined pieces keep the paragraph's spacing. */
  const offsets: number[] = [];
  {
    const doc = engine.readDoc(paragraph);
    doc.sentences().each((s: ItemSentence) => {
      const text = s.out().trim();
      const values = s.tokens().out() as string[];
      const pos = s.tokens().out(its.pos) as string[];
      // wink types lemma as a model add-on; it returns one string per token.
      const lemmas = s.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      const tokens: Token[] = [];
      let cursor = 0;
      values.forEach((value, i) => {
        const at = text.indexOf(value, cursor);
        const start = at >= 0 ? at : cursor;
        cursor = start + value.length;
        tokens.push({ text: value, pos: pos[i] ?? "X", lemma: lemmas[i] ?? value, start, end: cursor });
      });
      // "Ola Berg retired from the court": the tagger reads a past tense after a name and before a preposition
      // as an adjective; there it is the clause's verb.
      tokens.forEach((t, i) => {
        if (
          t.pos === "ADJ" &&
          /^[a-z]{3,}ed$/.test(t.text) &&
          tokens[i - 1]?.pos === "PROPN" &&
          tokens[i + 1]?.pos === "ADP"
        ) {
          t.pos = "VERB";
          t.lemma = verbLemma(t.text);
        }
      });
      const entities: Entity[] = [];
      s.entities().each((e: ItemEntity) => {
        const [from, to] = e.out(its.span) as unknown as [number, number];
        const value = e.out() as string;
        const type = e.out(its.type) as string;
        // Entity spans are document token indexes; map them through the sentence's first token.
        const offset = (s.tokens().itemAt(0)?.index() ?? 0) as number;
        const a = tokens[from - offset];
        const b = tokens[to - offset];
        if (a && b) entities.push({ text: value, type, start: a.start, end: b.end });
      });
      const at = paragraph.indexOf(text, offsets.at(-1) ?? 0);
      offsets.push(at < 0 ? (offsets.at(-1) ?? 0) : at);
      pieces.push({ index: pieces.length, text, tokens, entities });
    });
  }
  for (const piece of joinAbbreviations(pieces, paragraph, offsets)) {
    const lower = piece.text.toLowerCase();
    if (piece.text.length < 12 || inlineFurniture.some((f) => lower.includes(f))) continue;
    if (/^(https?:\/\/|www\.)\S+$/.test(piece.text)) continue;
    for (const part of splitAfterUnits(piece)) sentences.push({ ...part, index: sentences.length });
  }
  return sentences;
}

/**
 * The sentence splitter ends a sentence at an abbreviation's full stop: "her integrated M.Sc. | in mathematics",
 * "a Ph. | D. from Delhi". A piece that goes on in lower case, or that goes on with the abbreviation's second
 * letter, is joined to the one before.
 * @example annotate(["She took her M.Sc. in physics in 2011."]).length // 1
 */
function joinAbbreviations(pieces: Sentence[], paragraph: string, offsets: number[]): Sentence[] {
  const out: Sentence[] = [];
  /** Where the last joined sentence starts in the paragraph. */
  let from = 0;
  pieces.forEach((piece, i) => {
    const before = out.at(-1);
    const continues =
      before &&
      /\.$/.test(before.text) &&
      (/^[a-z]/.test(piece.text) ||
        (/(?:^|\s)[A-Z][a-z]?\.$/.test(before.text) && /^[A-Z][a-z]?\.(?:\s|$)/.test(piece.text)) ||
        // "an X4.2-class flare": a decimal point inside a code, with no space after it, ends nothing.
        (/\d\.$/.test(before.text) &&
          /^\d/.test(piece.text) &&
          (offsets[i] ?? 0) === from + before.text.length));
    const at = offsets[i] ?? 0;
    const text = `${before?.text ?? ""}${paragraph.slice(from + (before?.text.length ?? 0), at)}${piece.text}`;
    if (!before || !continues || text.length !== at - from + piece.text.length) {
      out.push(piece);
      from = at;
      return;
    }
    const gap = at - from;
    const shift = <T extends { start: number; end: number }>(x: T): T => ({
      ...x,
      start: x.start + gap,
      end: x.end + gap,
    });
    out[out.length - 1] = {
      ...before,
      text,
      tokens: [...before.tokens, ...piece.tokens.map(shift)],
      entities: [...before.entities, ...piece.entities.map(shift)],
    };
  });
  return out;
}

/** The base form of a past tense, as wink-nlp reads it in a clause where it can only be a verb ("retired" -> "retire"). */
function verbLemma(word: string): string {
  let known = lemmas.get(word);
  if (known === undefined) {
    const its = nlp().its;
    const read = nlp().readDoc(`They ${word} yesterday.`).tokens();
    known = (read.itemAt(1)?.out(its.lemma as unknown as typeof its.value) as string | undefined) ?? word;
    lemmas.set(word, known);
  }
  return known;
}
const lemmas = new Map<string, string>();

/**
 * The sentence splitter reads "a throw of 81.44m. His next ..." as one sentence, taking "m." for an
 * abbreviation: a figure with a unit, a full stop and a capital end a sentence. So do a title's full stop and a
 * word that opens a clause ("the Orca Medal and the Tide Shri. The awards ...").
 */
function splitAfterUnits(sentence: Sentence): Sentence[] {
  const m =
    sentence.text.match(/\d(?:[a-z]{1,3}|%)\.\s+(?=[A-Z][a-z])/) ??
    // "... the Orca Medal and the Tide Shri. The awards were first given in 1961": a title read as an abbreviation
    // ("Shri.", "Jr.") before a word that opens a clause.
    sentence.text.match(
      /\b(?:Shri|Smt|Jr|Sr|Ltd|Inc|Co)\.\s+(?=(?:The|This|These|Those|It|Its|He|She|They|We|In|On|At|A|An)\s)/,
    );
  if (m?.index === undefined) return [sentence];
  const cut = m.index + m[0].trimEnd().length;
  const next = m.index + m[0].length;
  const head: Sentence = {
    ...sentence,
    text: sentence.text.slice(0, cut),
    tokens: sentence.tokens.filter((t) => t.end <= cut),
    entities: sentence.entities.filter((e) => e.end <= cut),
  };
  const shift = <T extends { start: number; end: number }>(x: T): T => ({
    ...x,
    start: x.start - next,
    end: x.end - next,
  });
  const tail: Sentence = {
    ...sentence,
    text: sentence.text.slice(next),
    tokens: sentence.tokens.filter((t) => t.start >= next).map(shift),
    entities: sentence.entities.filter((e) => e.start >= next).map(shift),
  };
  return [head, ...splitAfterUnits(tail)];
}
