import { annotateSentence } from "@/questions/pipeline/04-sentences";
import { praisedFor } from "@/questions/pipeline/facts/praised";
import { spanOver } from "../fixtures";

/** What `text`'s praise says was done, asked of the span over `answer`. */
const deed = (text: string, answer: string) => {
  const s = annotateSentence(text);
  if (!s) throw new Error(`no sentence in "${text}"`);
  return praisedFor(s, spanOver(text, answer, "thing"));
};

describe("praisedFor: what someone was praised for is what they did", () => {
  it.each([
    [
      "the doer, the adverb and the deed, with the gerund in the past",
      "Union Minister Ola Berg congratulated the Valdoria Space Agency for successfully completing the Orca Docking Experiment.",
      "Orca Docking Experiment",
      "The Valdoria Space Agency successfully completed the Orca Docking Experiment.",
    ],
    [
      "an irregular past",
      "The Prime Minister lauded the Tromso Rowers for winning the Harbour Cup, the first in a decade.",
      "Harbour Cup",
      "The Tromso Rowers won the Harbour Cup.",
    ],
    [
      "the doer asked too",
      "Mara Lind hailed Orca Labs on launching the Skua satellite.",
      "Orca Labs",
      "Orca Labs launched the Skua satellite.",
    ],
  ])("%s", (_label, text, answer, expected) => {
    expect(deed(text, answer)).toBe(expected);
  });

  it.each([
    [
      "the praiser is no part of the deed",
      "Mara Lind hailed Orca Labs on launching the Skua satellite.",
      "Mara Lind",
    ],
    ["no praise", "Orca Labs launched the Skua satellite on Monday.", "Skua"],
    ["praise for no deed", "Mara Lind congratulated Orca Labs for its work.", "Orca Labs"],
  ])("%s: null", (_label, text, answer) => {
    expect(deed(text, answer)).toBeNull();
  });
});
