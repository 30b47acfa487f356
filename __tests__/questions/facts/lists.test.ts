import { annotate } from "@/questions/pipeline/04-sentences";
import { figureListMember, listMember, namedForAward } from "@/questions/pipeline/facts/lists";
import { BARE_CONTEXT, findSpans } from "@/questions/pipeline/facts/spans";
import { spanOver } from "../fixtures";

/** The sentence as `listMember` reads it for the person named `answer`. */
const alone = (text: string, answer: string) => {
  const [sentence] = annotate([text]);
  if (!sentence) throw new Error("no sentence");
  const spans = findSpans(sentence, BARE_CONTEXT);
  const span = spans.find((s) => s.answer === answer);
  if (!span) throw new Error(`no span for ${answer}`);
  return listMember(sentence, span, spans);
};

describe("listMember: one person of a list, with the others named after the clause", () => {
  it.each([
    [
      "a plural role is the first member's, in the singular, and the verb agrees",
      "Former Presidents Ola Berg, Kari Nord and novelist Erik Holm were honoured with the Tromso Prize, the country's top award.",
      "Ola Berg",
      "Former President Ola Berg was honoured with the Tromso Prize along with Kari Nord and Erik Holm.",
    ],
    [
      "a calling that opens the sentence is the first member's, not the second's",
      "Boxer Ola Berg and para-badminton player Mara Lind received the Tromso Award, the country's top honour.",
      "Mara Lind",
      "The para-badminton player Mara Lind received the Tromso Award along with Ola Berg.",
    ],
    [
      "a member's own calling goes with it, and the aside after the list goes",
      "Former Presidents Ola Berg, Kari Nord and novelist Erik Holm were honoured with the Tromso Prize, the country's top award.",
      "Erik Holm",
      "The novelist Erik Holm was honoured with the Tromso Prize along with Ola Berg and Kari Nord.",
    ],
    [
      "the object of a preposition keeps its own role",
      "The award was presented by President Ola Berg and Governor Kari Nord.",
      "Kari Nord",
      "The award was presented by Governor Kari Nord along with Ola Berg.",
    ],
  ])("%s", (_label, text, answer, expected) => {
    expect(alone(text, answer)).toBe(expected);
  });

  it.each([
    ["two who met each other", "Wing Commander Ola Berg and Colonel Kari Nord met in Tromso on Monday."],
    [
      "names paired off in order",
      "The gold and silver went to Governor Ola Berg and Colonel Kari Nord respectively.",
    ],
    ["a list said to be plural", "The jury named Governor Ola Berg and Colonel Kari Nord as the winners."],
    ["a present plural verb", "Governor Ola Berg and Colonel Kari Nord lead the new council."],
    ["one name alone", "The award was presented by Governor Kari Nord in Tromso."],
  ])("%s is not split", (_label, text) => {
    expect(alone(text, "Kari Nord")).toBeNull();
  });
});

describe("figureListMember: one figure of a list, with what it counts", () => {
  const of = (text: string, figure: string) => figureListMember(text, text.indexOf(figure));

  it.each([
    [
      "what the figure counts is left out, and is the first figure's",
      "Four camps in Tromso and five in Bergen were shut down.",
      "five",
      "Five camps in Bergen were shut down.",
    ],
    [
      "a phrase with a figure of its own after the list is the clause's, kept for each item",
      "The Harbour Cup will feature 16 teams and 64 matches over 17 days.",
      "16",
      "The Harbour Cup will feature 16 teams over 17 days.",
    ],
    [
      "the first figure keeps its own words",
      "Four camps in Tromso and five in Bergen were shut down.",
      "Four",
      "Four camps in Tromso were shut down.",
    ],
    [
      "the last figure's plural noun is every figure's",
      "The list comprises 5 Gold Star, 17 Silver Cross and 104 Bronze Medal awards.",
      "17",
      "The list comprises 17 Silver Cross awards.",
    ],
    [
      "a last item longer than a count's words is cut whole",
      "The dead were 8 guards and three crew of the Orca harbour ferry and pilot boat Tide.",
      "8",
      "The dead were 8 guards.",
    ],
    [
      'a last item that goes on past an "and" is cut whole',
      "The dead were 8 guards and three crew of the ferry and pilot boat Tide.",
      "8",
      "The dead were 8 guards.",
    ],
  ])("%s", (_label, text, figure, expected) => {
    expect(of(text, figure)).toBe(expected);
  });

  it.each([
    ["figures paired off in order", "Chile and Peru won 4 and 7 medals respectively.", "7"],
    ["a figure of one", "One camp in Tromso and five in Bergen were shut down.", "One"],
    ["a figure in no list", "Five camps in Bergen were shut down.", "Five"],
  ])("%s is not split", (_label, text, figure) => {
    expect(of(text, figure)).toBeNull();
  });
});

describe("namedForAward: the people an award was announced for, as a sentence of their own", () => {
  const of = (text: string, person: string) => namedForAward(text, spanOver(text, person, "person"));

  it.each([
    [
      "a list of people after 'for', with a time phrase between",
      "The council announced the Tromso Prize in the last one month for former Nordland Governor Ola Berg and poet Kari Nord.",
      "Kari Nord",
      "Former Nordland Governor Ola Berg and poet Kari Nord were named for the Tromso Prize.",
    ],
    [
      "one person",
      "The council announced the Harbour Medal for Ola Berg.",
      "Ola Berg",
      "Ola Berg was named for the Harbour Medal.",
    ],
  ])("%s", (_label, text, person, expected) => {
    expect(of(text, person)).toBe(expected);
  });

  it.each([
    ["what is no award", "The council announced the Harbour Budget for Ola Berg.", "Ola Berg"],
    ["a person outside the list", "Ola Berg announced the Harbour Medal for Kari Nord.", "Ola Berg"],
  ])("%s gives none", (_label, text, person) => {
    expect(of(text, person)).toBeNull();
  });
});
