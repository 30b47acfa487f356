import { annotate, officialStatement } from "@/questions/pipeline/04-sentences";

describe("04-sentences: sentences are split and ad fragments dropped", () => {
  const rows: [string, string[], string[]][] = [
    [
      "two sentences",
      [
        "Norway's Foreign Minister Ingrid Solheim arrived in Nairobi on Thursday. She signed a fisheries plan.",
      ],
      [
        "Norway's Foreign Minister Ingrid Solheim arrived in Nairobi on Thursday.",
        "She signed a fisheries plan.",
      ],
    ],
    [
      "sponsored sentences",
      [
        "The port reopened after the storm. Smart gadgets for your kitchen, by Taboola. Promoted Links to other sites here now.",
      ],
      ["The port reopened after the storm."],
    ],
    [
      "You May Like",
      ["You May Like these deals on kitchen gadgets now. Crews worked all night on the docks."],
      ["Crews worked all night on the docks."],
    ],
    [
      "URL on its own",
      ["Crews worked all night on the docks.", "https://example.org/share/987654"],
      ["Crews worked all night on the docks."],
    ],
    [
      "fragments under twelve characters",
      ["Short.", "Crews worked all night on the docks."],
      ["Crews worked all night on the docks."],
    ],
    [
      "an abbreviation's full stop before a lower-case word",
      ["Mara Lind completed her M.Sc. in physics at Tromso in 2011. She joined the port authority."],
      ["Mara Lind completed her M.Sc. in physics at Tromso in 2011.", "She joined the port authority."],
    ],
    [
      "an abbreviation split between its letters",
      ["Kari Nord holds a Ph.D. from the University of Nordland. She heads the survey."],
      ["Kari Nord holds a Ph.D. from the University of Nordland.", "She heads the survey."],
    ],
  ];
  it.each(rows)("04-sentences: %s", (_label, input, expected) => {
    expect(annotate(input).map((s) => s.text)).toEqual(expected);
  });
});

describe("04-sentences: entity types and offsets", () => {
  const rows: [string, string, [string, string][]][] = [
    ["a weekday", "Ingrid Solheim arrived in Nairobi on Thursday.", [["DATE", "Thursday"]]],
    ["money", "Brazil and Japan signed a $2.1 billion deal.", [["MONEY", "$2.1 billion"]]],
    ["a year", "The pact was first proposed in 2016 by both governments.", [["DATE", "2016"]]],
    ["a percentage", "Exports of copper rose by 7.5% last quarter.", [["PERCENT", "7.5%"]]],
  ];
  it.each(rows)("04-sentences: %s", (_label, text, expected) => {
    const [sentence] = annotate([text]);
    const found = (sentence?.entities ?? []).map((e) => [e.type, e.text]);
    for (const pair of expected) expect(found).toContainEqual(pair);
    for (const e of sentence?.entities ?? []) expect(sentence?.text.slice(e.start, e.end)).toBe(e.text);
  });

  it("04-sentences: token offsets point into the sentence text", () => {
    const [sentence] = annotate(["Chilean Mining Minister Paula Reyes visited the northern port."]);
    for (const t of sentence?.tokens ?? []) expect(sentence?.text.slice(t.start, t.end)).toBe(t.text);
    expect(sentence?.tokens.map((t) => t.text)).toContain("Reyes");
  });

  it("04-sentences: 'an X4.2-class flare' is one sentence; 'scored 4. 2 more' is two", () => {
    const texts = annotate([
      "The Orca observatory saw an X4.2-class solar flare on May 14, 2031. The team scored 4. 2 more came later.",
    ]).map((s) => s.text);
    expect(texts[0]).toBe("The Orca observatory saw an X4.2-class solar flare on May 14, 2031.");
    expect(texts).toContain("The team scored 4.");
  });
});

describe("04-sentences: a body's quoted statement is read as the article's own words", () => {
  it.each([
    [
      "a ministry's statement loses its quotation marks and attribution",
      '"For the year 2031, the President has approved 140 awards. The list has 8 top honours," the home ministry said in a statement.',
      "For the year 2031, the President has approved 140 awards. The list has 8 top honours.",
    ],
    [
      "a person's words stay quoted",
      '"We will double our trade by 2031," Ola Berg said.',
      '"We will double our trade by 2031," Ola Berg said.',
    ],
    [
      "a statement with a quotation inside is left alone",
      '"The council called it a "new dawn" for the port," the ministry said.',
      '"The council called it a "new dawn" for the port," the ministry said.',
    ],
  ])("%s", (_label, paragraph, expected) => {
    expect(officialStatement(paragraph)).toBe(expected);
  });

  it("04-sentences: the statement's sentences are read without quotation marks", () => {
    const sentences = annotate(['"The council approved 12 new harbours for the coast," the ministry said.']);
    expect(sentences.map((s) => s.text)).toEqual(["The council approved 12 new harbours for the coast."]);
  });
});

describe("04-sentences: a past tense the tagger reads as an adjective", () => {
  it("04-sentences: 'X retired from' is a verb, with its base form", () => {
    const [s] = annotate(["Former Chief Judge Ola Berg retired from the court on Sunday."]);
    const retired = s?.tokens.find((t) => t.text === "retired");
    expect(retired?.pos).toBe("VERB");
    expect(retired?.lemma).toBe("retire");
  });
});

describe("04-sentences: an outlet's boilerplate line", () => {
  it("04-sentences: 'Get Current Updates on India News, Weather Today, Latest News at X' is no sentence", () => {
    expect(
      annotate(["Get Current Updates on India News, Weather Today, Latest News at Harbour Times."]).map(
        (s) => s.text,
      ),
    ).toEqual([]);
  });
});
