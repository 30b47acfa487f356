import { normKey } from "@/questions";
import type { Candidate } from "@/questions/pipeline/06-facts";
import { buildPools, optionsFor } from "@/questions/pipeline/08-options";

const candidate = (kind: Candidate["kind"], answer: string, category: string): Candidate => ({
  kind,
  answer,
  aliases: [],
  category,
  prompt: `Question about ${category}?`,
  articleId: "a1",
  sentence: "",
  surface: answer,
  score: 1,
});

const MINISTERS = ["Ingrid Solheim", "Daniel Kiprono", "Mara Lind", "Tomas Berg"].map((n) =>
  candidate("who", n, "person:Foreign Minister"),
);

describe("08-options: four options, the answer once, no alias, no two alike", () => {
  const rows: [string, Candidate, string[], Candidate[], string[] | null][] = [
    [
      "money of the same unit",
      candidate("how_many", "$2.1 billion", "money"),
      ["2.1 billion", "2.1 bn", "US$2.1 billion"],
      [],
      null,
    ],
    ["nearby years", candidate("when", "2019", "date:year"), [], [], ["2017", "2018", "2019", "2020"]],
    ["nearby months", candidate("when", "October 2023", "date:month"), ["Oct 2023"], [], null],
    ["nearby days", candidate("when", "22 April 2023", "date:day"), ["April 22, 2023", "22 April"], [], null],
    [
      "small counts as words",
      candidate("how_many", "four", "number"),
      ["4", "4 boats"],
      [],
      ["five", "four", "six", "three"],
    ],
    ["large counts", candidate("how_many", "1,200", "number"), ["1200"], [], null],
    ["percentages", candidate("how_many", "7.5%", "percent"), [], [], null],
    [
      "other holders of the role from the corpus first",
      MINISTERS[0] as Candidate,
      ["Solheim"],
      MINISTERS,
      ["Daniel Kiprono", "Ingrid Solheim", "Mara Lind", "Tomas Berg"],
    ],
    [
      "a person with no corpus peers gets curated names",
      MINISTERS[0] as Candidate,
      ["Solheim"],
      [MINISTERS[0] as Candidate],
      null,
    ],
    ["countries of the same region", candidate("where", "Kenya", "country"), [], [], null],
  ];
  it.each(rows)("08-options: %s", (_label, c, aliases, corpus, sortedExpected) => {
    const options = optionsFor(c, aliases, buildPools([c, ...corpus]));
    expect(options).toHaveLength(4);
    expect(options.filter((o) => o === c.answer)).toHaveLength(1);
    expect(new Set(options.map(normKey)).size).toBe(4);
    const distractors = options.filter((o) => o !== c.answer).map(normKey);
    for (const alias of aliases) expect(distractors).not.toContain(normKey(alias));
    if (sortedExpected) expect([...options].sort()).toEqual(sortedExpected);
    expect(optionsFor(c, aliases, buildPools([c, ...corpus]))).toEqual(options);
  });

  it("08-options: money distractors keep the currency and magnitude", () => {
    const options = optionsFor(candidate("how_many", "$2.1 billion", "money"), [], buildPools([]));
    for (const o of options) expect(o).toMatch(/^\$\d+(\.\d)? billion$/);
  });

  it("08-options: a distractor never contains the answer ('Delhi' for 'New Delhi')", () => {
    const c = candidate("where", "Port Valdoria", "city");
    const pools = buildPools([
      c,
      candidate("where", "Valdoria", "city"),
      ...["Lumen", "Ostra", "Kessel"].map((n) => candidate("where", n, "city")),
    ]);
    expect(optionsFor(c, [], pools)).not.toContain("Valdoria");
  });
});
