/** The one candidate type every fact family produces, the story articles they read, and a role holder. */
import type { Country } from "../../../lexicon";
import type { QuestionKind } from "../../../types";
import type { Sentence } from "../../04-sentences";

export interface StoryArticle {
  id: string;
  sentences: Sentence[];
  /** The outlet's headline, when the page has one: what the story is about, though no sentence of it. */
  title?: string;
  /** The date relative expressions are read against. */
  reference: Date;
  /** Whether the article (or its story) carries a real date, so questions may name the month. */
  dated: boolean;
  /** The year of the article's date even when its day is not known exactly; null when unknown. */
  year?: number | null;
  /**
   * The month of the article's date ("April 2031") even when the day is only inferred from its weekday-dates:
   * enough to say when a lead's news happened. Null when unknown.
   */
  month?: string | null;
}

export interface Candidate {
  kind: QuestionKind;
  answer: string;
  aliases: string[];
  /** What distractors must be like: "person:Defence Minister", "city", "country", "thing:weapon", "number", "date:year". */
  category: string;
  /**
   * The class noun the text gives a named thing ("submarine", "convention", "observatory"): finer than the
   * category, so a submarine is offered submarines, not an aircraft carrier.
   */
  noun?: string;
  prompt: string;
  /**
   * Shorter wordings of the same question, best first, for when the prompt would show the answer of another
   * question cut from the same sentence.
   */
  fallbacks?: string[];
  articleId: string;
  sentence: string;
  /** The answer as the sentence writes it, for the cloze form. */
  surface: string;
  score: number;
  /** Country of a place answer, for distractors from the same region. */
  country?: Country;
  /** People of the same story not named in the question's sentence: distractors from the same field. */
  peers?: string[];
  /**
   * People the options must not hold: a match's other side, which the stem rules out ("Valdoria ... posted 183"),
   * and people the story names only in its past, for a question about its present.
   */
  rivals?: string[];
  /**
   * The country code of a person's foreign side in a match, where the story names one: a foreign side's player is
   * offered that country's players, or foreign ones.
   */
  abroad?: string;
  /** The story never names India: a person it gives no nationality is not taken for an Indian. */
  foreignStory?: true;
  /**
   * Names the sentence pairs with others ("A, B and C replaced X, Y and Z respectively"): each is wrong for this
   * question though the sentence names it, so they lead the options.
   */
  listed?: string[];
  /** Story the candidate belongs to; quotes only take distractors from other stories or other speakers. */
  storyKey?: string;
  speaker?: string;
  /**
   * A span left unworded because better questions already ask its answer: it is no question, only one more
   * sentence to list as the answer's source.
   */
  mention?: true;
}

export interface Holder {
  name: string;
  rank: string | null;
  role: string;
  /** The role was written next to the name; false when only "his X counterpart" says it. */
  roleExplicit: boolean;
  country: Country | null;
  org: string | null;
  /** The holder whose counterpart this one is ("met his Brazilian counterpart X"). */
  counterpartOf: Holder | null;
  counterpartDemonym: string | null;
  /** "appointed" or "took over": the fact is the appointment itself. */
  appointment: string | null;
  /** Every mention wrote the role as past ("former Bihar CM X"): the office is not theirs at the story's time. */
  former: boolean;
  mentions: { articleId: string; sentence: string }[];
}
