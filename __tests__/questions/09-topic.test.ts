import { topicOf } from "@/questions/pipeline/09-topic";

describe("09-topic: the topic whose keywords the sentences mention most", () => {
  const rows: [string, string[], string][] = [
    ["economy", ["Chile's central bank cut the repo rate as inflation eased."], "economy"],
    ["defence", ["The Peruvian army test-fired a missile near the border."], "defence"],
    ["sports", ["The striker scored twice as Ghana won the cup final."], "sports"],
    ["environment", ["A new species of frog was found as forest cover shrank in Valdoria."], "environment"],
    ["polity", ["Parliament passed the bill and the Supreme Court upheld the law."], "polity"],
    [
      "international",
      ["The foreign ministers of Norway and Kenya signed a bilateral treaty at the summit."],
      "international",
    ],
    ["awards", ["The Nobel prize was awarded to a Chilean poet."], "awards"],
    ["science", ["Japan launched a weather satellite into orbit."], "science"],
    ["nothing to go on", ["The cat sat on the mat."], "other"],
    ["no sentences", [], "other"],
  ];
  it.each(rows)("09-topic: %s", (_label, sentences, expected) => {
    expect(topicOf(sentences)).toBe(expected);
  });
});
