import { splitHighlights } from "@/app/articles/[id]/_components/split-highlights";

describe("splitHighlights", () => {
  it.each([
    ["no sentences", "A. B.", [], [{ text: "A. B." }]],
    ["one sentence", "A b. C d.", ["C d."], [{ text: "A b. " }, { text: "C d.", highlight: 0 }]],
    [
      "two sentences out of order",
      "One. Two. Three.",
      ["Three.", "One."],
      [{ text: "One.", highlight: 1 }, { text: " Two. " }, { text: "Three.", highlight: 0 }],
    ],
    ["a sentence not in the text", "One.", ["Missing."], [{ text: "One." }]],
    [
      "overlapping sentences keep the first",
      "Alpha beta gamma.",
      ["Alpha beta", "beta gamma."],
      [{ text: "Alpha beta", highlight: 0 }, { text: " gamma." }],
    ],
  ])("splitHighlights: %s", (_name, text, sentences, expected) => {
    expect(splitHighlights(text, sentences)).toEqual(expected);
  });
});
