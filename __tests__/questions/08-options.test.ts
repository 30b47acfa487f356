import { normKey } from "@/questions";
import peopleData from "@/questions/data/people.json";
import siblingsData from "@/questions/data/siblings.json";
import { lexicon } from "@/questions/lexicon";
import type { Candidate } from "@/questions/pipeline/06-facts";
import {
  articleFor,
  buildPools,
  fellowMembers,
  firstHeld,
  optionsFor,
  printable,
  sameByInitials,
  storySport,
  withArticle,
} from "@/questions/pipeline/08-options";
import {
  boundOf,
  figureValue,
  ladder,
  nearbyDates,
  nearbyNumbers,
  nearbyOrdinals,
  rankOf,
} from "@/questions/pipeline/options/figures";
import {
  curatedPeople,
  curatedShortForm,
  curatedSpelling,
  debutOf,
  diedIn,
  fitsPronoun,
  goneBy,
  keyAsWritten,
  yearsFromTerm,
} from "@/questions/pipeline/options/people";

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

describe("08-options: another country's foreign minister is offered foreign ministers", () => {
  it("08-options: not heads of government, though the office's Indian name is External Affairs Minister", () => {
    const c = {
      ...candidate("who", "Ana Núñez", "person:Foreign Minister"),
      prompt: "Who was Valdoria's Foreign Minister in August 2031?",
      sentence:
        "The pact was signed by Union Commerce Minister Ola Berg and Chilean Foreign Minister Ana Núñez in Tromso.",
    };
    const options = optionsFor(c, [], buildPools([c])) ?? [];
    const ministers = lexicon().distractors["person:Foreign Minister"] ?? [];
    expect(options.filter((o) => o !== "Ana Núñez").every((o) => ministers.includes(o))).toBe(true);
  });
});

describe("08-options: a world tour grade makes a singles title badminton's", () => {
  it("08-options: the winner of a Super 750 event's singles title is offered shuttlers, not tennis players", () => {
    const sentence =
      "Valdoria's Kofi Adjei won the Harbour Open men's singles title, beating Ola Berg in the final.";
    const c = {
      ...candidate("who", "Kofi Adjei", "person"),
      prompt: "Who won the Harbour Open men's singles title in October 2031?",
      sentence,
      noun: storySport([sentence, "Kofi Adjei became the first Valdorian to win the Super 750 event."]),
    };
    const options = optionsFor(c, [], buildPools([c])) ?? [];
    const tennis = Object.entries(lexicon().distractors)
      .filter(([k]) => k.includes("tennis"))
      .flatMap(([, v]) => v);
    expect(options).toHaveLength(4);
    expect(options.filter((o) => tennis.includes(o))).toEqual([]);
  });
});

describe("08-options: a Governor the setting puts at the RBI is offered the RBI's Governors", () => {
  it("08-options: not the heads of foreign central banks", () => {
    const c = {
      ...candidate("who", "Kofi Adjei", "person:Governor"),
      prompt:
        "With reference to the RBI's monetary policy review (October 2031), which Governor headed the Monetary Policy Committee?",
      sentence:
        "The six-member Monetary Policy Committee headed by Governor Kofi Adjei voted 5-1 to hold the rate.",
    };
    const options = optionsFor(c, [], buildPools([c])) ?? [];
    const governors = peopleData.india.roles.Governor ?? [];
    expect(options).toHaveLength(4);
    expect(options.filter((o) => o !== "Kofi Adjei").every((o) => governors.includes(o))).toBe(true);
  });
});

describe("08-options: a tour's title and its top seed make a tennis player", () => {
  it("08-options: the winner of an ATP title is offered tennis players", () => {
    const c = {
      ...candidate("who", "Kofi Adjei", "person"),
      prompt: "Who beat top seed Ola Berg in the final of the Harbour Open?",
      sentence:
        "Kofi Adjei won his first ATP title, beating top seed Ola Berg in the final of the Harbour Open.",
    };
    const options = optionsFor(c, [], buildPools([c])) ?? [];
    const players = [
      ...(lexicon().distractors["person:athlete:tennis:world"] ?? []),
      ...(lexicon().distractors["person:athlete:tennis:india"] ?? []),
    ];
    expect(options).toHaveLength(4);
    expect(options.filter((o) => o !== "Kofi Adjei").every((o) => players.includes(o))).toBe(true);
  });
});

describe("08-options: another country's minister of an office with no list is offered no heads of government", () => {
  const heads = lexicon().distractors["person:Prime Minister"] ?? [];
  it.each([
    ["Finance Minister", "Ghana's Finance Minister Kofi Adjei said growth would stay above 5 per cent."],
    ["Deputy Prime Minister", "The pact was signed by Chilean Deputy Prime Minister Kofi Adjei in Tromso."],
  ])("%s", (office, sentence) => {
    const c = {
      ...candidate("who", "Kofi Adjei", `person:${office}`),
      prompt: `Who was the ${office} who signed the pact in August 2031?`,
      sentence,
    };
    const options = optionsFor(c, [], buildPools([c])) ?? [];
    expect(options.filter((o) => heads.includes(o))).toEqual([]);
  });
});

describe("08-options: a place or a thing is offered ones of what its sentence says it is", () => {
  const rows: [label: string, c: Candidate, allowed: () => string[]][] = [
    [
      "a city the sentence calls a port is offered ports",
      {
        ...candidate("where", "Chennai", "city"),
        prompt: "In which city are the Valdorian ships expected to make a port call in May 2031?",
        sentence:
          "The Valdorian ships are expected to make a port call at Chennai before sailing for Tromso.",
      },
      () => lexicon().ports,
    ],
    [
      "a city the sentence names as a naval command's base is offered ports",
      {
        ...candidate("where", "Visakhapatnam", "city"),
        prompt: "From which city did INS Orca sail in May 2031?",
        sentence: "INS Orca sailed from Visakhapatnam, the headquarters of the Eastern Naval Command.",
      },
      () => lexicon().ports,
    ],
    [
      "a town of a union territory is offered its towns and its neighbours'",
      {
        ...candidate("where", "Kargil", "city"),
        prompt: "In which town did the Valdorian team halt in May 2031?",
        sentence: "The Valdorian team halted at Kargil on its way to the pass.",
      },
      () => ["Ladakh", "Jammu and Kashmir"].flatMap((ut) => lexicon().stateCities[ut] ?? []),
    ],
    [
      "a state counted among the north-eastern states is offered only them",
      {
        ...candidate("where", "Assam", "state"),
        prompt: 'Which state fills the blank in "Among the north-eastern States, _____ and Manipur lead"?',
        sentence: "Among the north-eastern States, Assam and Manipur lead in GI-registered products.",
      },
      () => lexicon().northeast,
    ],
    ...[
      ["Harbour-Tromso Vande Bharat Sleeper", "train"],
      ["Rail Harbour One", "train:world"],
    ].map(([answer, list]): [string, Candidate, () => string[]] => [
      `the train ${answer} is offered the ${list} list`,
      {
        ...candidate("which", answer as string, "thing:train"),
        noun: "train",
        prompt: "Which train did the Railway Minister flag off from Tromso in 2031?",
        sentence: `The Railway Minister flagged off the ${answer} train from Tromso.`,
      },
      () => [answer as string, ...(lexicon().classDistractors[list as string] ?? [])],
    ]),
  ];
  it.each(rows)("08-options: %s", (_label, c, allowed) => {
    const options = optionsFor(c, [], buildPools([c])) ?? [];
    expect(options).toHaveLength(4);
    for (const o of options) expect(allowed()).toContain(o);
  });
});

describe("08-options: an award's category is offered no prizes of the world", () => {
  it.each([
    ["Best Water Champion", false],
    ["Best Urban Local Body", false],
    ["Harbour Prize for Literature", true],
  ])("08-options: %s gets curated awards: %s", (answer, curated) => {
    const options = optionsFor(candidate("which", answer, "thing:award"), [], buildPools([]));
    const prizes = lexicon().distractors.award ?? [];
    expect((options ?? []).some((o) => prizes.includes(o))).toBe(curated);
  });
});

describe("08-options: four options, the answer once, no alias, no two alike", () => {
  const rows: [string, Candidate, string[], Candidate[], string[] | null][] = [
    [
      "money of the same unit",
      candidate("how_many", "$2.1 billion", "money"),
      ["2.1 billion", "2.1 bn", "US$2.1 billion"],
      [],
      null,
    ],
    ["nearby years", candidate("when", "2019", "date:year"), [], [], null],
    ["nearby months", candidate("when", "October 2023", "date:month"), ["Oct 2023"], [], null],
    ["nearby days", candidate("when", "23 April 2023", "date:day"), ["April 23, 2023", "23 April"], [], null],
    ["small counts as words", candidate("how_many", "four", "number"), ["4", "4 boats"], [], null],
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

  it("08-options: a name once plural is the same name ('Sahitya Akademi Awards' is not offered 'Sahitya Akademi Award')", () => {
    const c = {
      ...candidate("which", "Sahitya Akademi Awards", "thing:award"),
      prompt:
        'Which name fills the blank in "Ola Berg is among the 24 writers chosen for the _____ for 2032"?',
      sentence: "Ola Berg is among the 24 writers chosen for the Sahitya Akademi Awards for 2032.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Sahitya Akademi Award");
  });

  it("08-options: one of a prize's family is no distractor for it ('Harbour Prize' is not offered 'Harbour Peace Prize')", () => {
    const c = {
      ...candidate("which", "Harbour Prize", "thing:award"),
      prompt: "Which prize carries a cash award of 11 million kronor?",
      sentence: "The Harbour Prize carries a cash award of 11 million kronor.",
    };
    const peace = { ...candidate("which", "Harbour Peace Prize", "thing:award"), articleId: "b" };
    const options = optionsFor(c, [], buildPools([c, peace]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Harbour Peace Prize");
  });

  it("08-options: a body's short and long names are one body ('UN Harbour Council', 'United Nations Harbour Council', 'UNHC')", () => {
    const c = {
      ...candidate("which", "United Nations Harbour Council", "thing:council"),
      prompt: "To which body was Valdoria elected in October 2032?",
      sentence: "Valdoria was elected to the United Nations Harbour Council in October 2032.",
    };
    const corpus = ["UN Harbour Council", "UNHC", "Tide Council", "Orca Council", "Skua Council"].map(
      (n, i) => ({
        ...candidate("which", n, "thing:council"),
        articleId: `b${i}`,
      }),
    );
    const options = optionsFor(c, [], buildPools([c, ...corpus]));
    expect(options).toContain("United Nations Harbour Council");
    expect(options).not.toContain("UN Harbour Council");
    expect(options).not.toContain("UNHC");
  });

  it("08-options: a UN council is offered the UN's councils, and a country's own council none of them", () => {
    const un = {
      ...candidate("which", "UN Security Council", "thing:council"),
      noun: "council",
      prompt: "For a seat on which council is Valdoria a candidate for the 2038-39 term?",
      sentence: "Valdoria is a candidate for a seat on the UN Security Council for the 2038-39 term.",
    };
    const unOptions = optionsFor(un, [], buildPools([un]));
    expect(unOptions).toHaveLength(4);
    for (const o of unOptions) expect(o).toMatch(/Council/);
    const own = {
      ...candidate("which", "Harbour Tax Council", "thing:council"),
      noun: "council",
      prompt: "Which council cut the tax on ferries to 5 per cent?",
      sentence: "The Harbour Tax Council cut the tax on ferries to 5 per cent.",
    };
    expect(optionsFor(own, [], buildPools([own]))).not.toContain("UN Security Council");
  });

  it.each([
    ["Sports Minister", "Union Sports Minister Ola Berg called the win historic."],
    ["Railway Minister", "Railway Minister Ola Berg flagged off the train."],
    ["Speaker", "Speaker Ola Berg put the motion to a voice vote in the Lok Sabha."],
  ])("08-options: India's %s is offered the office's past holders", (office, sentence) => {
    const c = {
      ...candidate("who", "Ola Berg", `person:${office}`),
      prompt: `Who was India's ${office} in March 2032?`,
      sentence,
    };
    const holders = (peopleData.india.roles as Record<string, string[]>)[office] ?? [];
    const options = optionsFor(c, [], buildPools([c]));
    expect(options.filter((o) => holders.includes(o)).length).toBe(3);
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

describe("08-options: each option is of the key's fine class", () => {
  const withSentence = (c: Candidate, sentence: string, surface = c.answer): Candidate => ({
    ...c,
    sentence,
    surface,
  });

  it("08-options: ordinals near the key, in its own style, in order", () => {
    const first = optionsFor(candidate("how_many", "first", "ordinal"), [], buildPools([]));
    // Nothing comes before "first": it is printed first, among ordinal words.
    expect(first[0]).toBe("first");
    for (const o of first) expect(o).toMatch(/^(?:first|second|third|fourth|fifth|sixth|seventh)$/);
    const options = optionsFor(candidate("how_many", "41st", "ordinal"), [], buildPools([]));
    for (const o of options) expect(o).toMatch(/^\d+(?:st|nd|rd|th)$/);
    const values = options.map((o) => Number.parseInt(o, 10));
    expect(values).toContain(41);
    // Printed in order, one or two apart.
    for (let i = 1; i < 4; i++) expect([1, 2]).toContain((values[i] as number) - (values[i - 1] as number));
  });

  it.each([
    ["350", /^(?:[2-8]00|[1-8]50)$/],
    ["87.26", /^(?:8[0-9]|9[0-9])\.\d\d$/],
    ["2 hours", /^[2-9] hours$/],
  ])("08-options: figures near %s on its own grid, never one of a plural unit", (answer, shape) => {
    const options = optionsFor(candidate("how_many", answer, "number"), [], buildPools([]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(o).toMatch(shape);
  });

  it("08-options: a measure's options differ in their decimals, not only from the key", () => {
    for (const answer of ["78.34", "$6.37 billion", "81.44m"]) {
      const options = optionsFor(candidate("how_many", answer, "number"), [], buildPools([]));
      const fractions = new Set(options.map((o) => o.match(/\.(\d+)/)?.[1]));
      expect(fractions.size).toBeGreaterThan(2);
    }
  });

  it("08-options: a large figure's options are not split by hairs", () => {
    const key = 7348.2;
    const options = optionsFor(candidate("how_many", "7,348.2 million", "number"), [], buildPools([]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "7,348.2 million"))
      expect(Math.abs(Number.parseFloat(o.replace(/,/g, "")) - key) / key).toBeGreaterThan(0.01);
  });

  it("08-options: a large measure's options lie within a tenth of it, none ruled out as far off", () => {
    for (const answer of ["87.26m", "72.5 km", "350.75 tonnes"]) {
      const key = Number.parseFloat(answer);
      const options = optionsFor(candidate("how_many", answer, "number"), [], buildPools([]));
      expect(options).toHaveLength(4);
      for (const o of options) expect(Math.abs(Number.parseFloat(o) - key) / key).toBeLessThan(0.1);
    }
  });

  it("08-options: a rate set in quarter points keeps its grid, a quarter or half a point apart", () => {
    for (const [answer, step] of [
      ["6.25%", 0.25],
      ["6.5 per cent", 0.5],
    ] as const) {
      const options = optionsFor(candidate("how_many", answer, "percent"), [], buildPools([]));
      expect(options).toHaveLength(4);
      for (const o of options)
        expect(Number.parseFloat(o) / step).toBe(Math.round(Number.parseFloat(o) / step));
    }
  });

  it("08-options: a tennis final's player is offered tennis players, a women's final's women", () => {
    const men = withSentence(
      candidate("who", "Erik Holm", "person"),
      "Ola Berg beat Erik Holm of Germany in the men's singles final of the Harbour Open.",
    );
    const women = withSentence(
      candidate("who", "Kari Nord", "person"),
      "In the women's singles final, Mara Lind beat Kari Nord of Germany.",
    );
    const listed = (key: string) => lexicon().distractors[key] ?? [];
    const menOptions = optionsFor(men, [], buildPools([men]));
    const womenOptions = optionsFor(women, [], buildPools([women]));
    expect(menOptions).toHaveLength(4);
    expect(womenOptions).toHaveLength(4);
    for (const o of menOptions.filter((x) => x !== "Erik Holm"))
      expect(listed("person:athlete:tennis:world")).toContain(o);
    for (const o of womenOptions.filter((x) => x !== "Kari Nord"))
      expect(listed("person:athlete:tennis-women:world")).toContain(o);
  });

  it("08-options: a foreign boxer is offered boxers, a woman boxer women boxers", () => {
    const listed = (key: string) => lexicon().distractors[key] ?? [];
    const women = withSentence(
      candidate("who", "Kari Nord", "person"),
      "Valdorian boxer Mara Lind won gold in the women's 57kg category, defeating Poland's Kari Nord in the final.",
    );
    const men = withSentence(
      candidate("who", "Erik Holm", "person"),
      "Valdorian boxer Ola Berg won gold in the 71kg category, defeating Poland's Erik Holm in the final.",
    );
    const womenOptions = optionsFor(women, [], buildPools([women]));
    const menOptions = optionsFor(men, [], buildPools([men]));
    expect(womenOptions).toHaveLength(4);
    expect(menOptions).toHaveLength(4);
    for (const o of womenOptions.filter((x) => x !== "Kari Nord"))
      expect(listed("person:athlete:boxing-women:world")).toContain(o);
    for (const o of menOptions.filter((x) => x !== "Erik Holm"))
      expect(listed("person:athlete:boxing:world")).toContain(o);
  });

  it("08-options: a foreign office holder is offered that country's holders where only the question names it", () => {
    const c = {
      ...withSentence(
        candidate("who", "Tomas Lind", "person:Prime Minister"),
        "The summit was the last to include outgoing Japanese Prime Tomas Lind.",
      ),
      prompt: "Who was Japan's Prime Minister in May 2031?",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Tomas Lind"))
      expect(lexicon().distractors["person:Prime Minister:JP"] ?? []).toContain(o);
  });

  it("08-options: a central bank's governor is offered that bank's governors, not the sentence's other banks'", () => {
    const c = {
      ...withSentence(
        candidate("who", "Tomas Lind", "person:Governor"),
        "Mara Lind, Governor of the Bank of Valdoria, and Tomas Lind, Governor of Central Bank of Sri Lanka, were present.",
      ),
      prompt: "Who was the Governor of the Central Bank of Sri Lanka in May 2031?",
      listed: ["Mara Lind"],
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Tomas Lind"))
      expect(lexicon().distractors["person:Governor:LK"] ?? []).toContain(o);
  });

  it("08-options: a match's other side is never offered", () => {
    const players = ["Tomas Lind", "Erik Holm", "Mara Lind", "Kari Nord", "Ola Berg"].map((n) =>
      withSentence(candidate("who", n, "person"), `${n} scored a half-century in the T20 final.`),
    );
    const key = { ...(players[4] as Candidate), rivals: ["Tomas Lind", "Erik Holm"] };
    const options = optionsFor(key, [], buildPools([...players, key]));
    expect(options).not.toContain("Tomas Lind");
    expect(options).not.toContain("Erik Holm");
  });

  it("08-options: an exercise is offered exercises, never evacuation operations", () => {
    const c = candidate("which", "Harbour Shield", "thing:exercise");
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Harbour Shield"))
      expect(lexicon().distractors.exercise ?? []).toContain(o);
  });

  it("08-options: a novelist is offered writers", () => {
    const c = withSentence(
      candidate("who", "Kari Nord", "person"),
      "Norwegian novelist Kari Nord has won the Harbour Literary Prize for her debut novel.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    const writers = [...(peopleData.world.fields.writer ?? []), ...(peopleData.india.fields.writer ?? [])];
    for (const o of options.filter((x) => x !== "Kari Nord")) expect(writers).toContain(o);
  });

  it("08-options: basis points are offered 25 apart", () => {
    const c = {
      ...candidate("how_many", "25", "number"),
      prompt: "By how many basis points did the bank cut its rate?",
    };
    expect(optionsFor(c, [], buildPools([]))).toEqual(["25", "50", "75", "100"]);
  });

  it("08-options: basis points written 'bps' are offered 25 apart too", () => {
    const c = {
      ...candidate("how_many", "50", "number"),
      prompt:
        'Which number fills the blank in "The bank made an unexpectedly large _____ bps reduction in June 2031"?',
    };
    for (const o of optionsFor(c, [], buildPools([]))) expect(Number(o) % 25).toBe(0);
  });

  it("08-options: a pair of rates is offered pairs of the rates the batch states", () => {
    const key = candidate("how_many", "4 percent and 16 percent", "percent pair");
    const other = candidate("how_many", "14 percent and 26 percent", "percent pair");
    const options = optionsFor(key, [], buildPools([key, other]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(o).toMatch(/^(?:4|14|16|26) percent and (?:14|16|26) percent$/);
  });

  it("08-options: a pair of things is offered pairs of its class, none naming either thing again", () => {
    const key = candidate("which", "Tejas and Gripen", "thing pair:aircraft");
    const options = optionsFor({ ...key, noun: "fighter" }, [], buildPools([]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== key.answer)) {
      expect(o).toMatch(/^\S.* and \S.*$/);
      expect(o).not.toMatch(/\b(?:Tejas|Gripen)\b/);
    }
  });

  it("08-options: a figure the sentence states is not offered", () => {
    const c = withSentence(
      candidate("how_many", "15", "number"),
      "Valdoria has 15 sites, followed by Ostra (14 sites).",
    );
    expect(optionsFor(c, [], buildPools([c]))).not.toContain("14");
  });

  it("08-options: an Indian office holder is offered other holders of the office, never foreign leaders", () => {
    const c = withSentence(
      candidate("who", "Mara Lind", "person:Prime Minister"),
      "Prime Minister Mara Lind launched India's payment system in Valdoria.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Mara Lind"))
      expect(["Keir Starmer", "Anthony Albanese", "Shigeru Ishiba", "Mark Carney"]).not.toContain(o);
  });

  it("08-options: a foreign leader is offered foreign leaders, an athlete athletes", () => {
    const leader = withSentence(
      candidate("who", "Mara Lind", "person:Prime Minister"),
      "Together with Australian Prime Minister Mara Lind, the leaders met in Oslo.",
    );
    const athlete = withSentence(
      candidate("who", "Ola Berg", "person"),
      "In the final, shooter Ola Berg won two bronze medals for India.",
    );
    const pools = buildPools([leader, athlete]);
    // An Australian Prime Minister is offered Australia's other Prime Ministers.
    expect(optionsFor(leader, [], pools)).toEqual(expect.arrayContaining(["Scott Morrison"]));
    const athletes = optionsFor(athlete, [], pools);
    expect(athletes).toHaveLength(4);
    expect(athletes).not.toContain("Mara Lind");
  });

  it("08-options: a person of unknown field gets no options rather than absurd ones", () => {
    const c = withSentence(candidate("who", "Ola Berg", "person"), "Ola Berg arrived in Ostra on Monday.");
    expect(optionsFor(c, [], buildPools([c]))).toEqual([]);
  });

  it("08-options: 'Padma Shri' is a name of its own, not 'Padma' with a title", () => {
    expect(normKey("Padma Shri")).toBe("padma shri");
    expect(normKey("Shri Ola Berg")).toBe("ola berg");
    const options = optionsFor(candidate("which", "Bharat Ratna", "thing:award"), [], buildPools([]));
    expect([...options].sort()).toEqual(["Bharat Ratna", "Padma Bhushan", "Padma Shri", "Padma Vibhushan"]);
  });

  it("08-options: a player of the foreign side is offered foreign players, whatever country the sentence names", () => {
    const c = {
      ...withSentence(
        candidate("who", "Ola Berg", "person"),
        "Pandya brought India back into the contest by removing Ola Berg in the first ball of the next over.",
      ),
      abroad: "ZA",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Shubman Gill");
    expect(options).toEqual(expect.arrayContaining(["Ola Berg"]));
    // That side's own players, where the data has them.
    const southAfricans = lexicon().distractors["person:cricketer:ZA"] ?? [];
    expect(options.filter((o) => o !== "Ola Berg").every((o) => southAfricans.includes(o))).toBe(true);
    const home = withSentence(
      candidate("who", "Ola Berg", "person"),
      "Pandya brought India back into the contest by removing Ola Berg in the first ball of the next over.",
    );
    expect(optionsFor(home, [], buildPools([home]))).not.toEqual(options);
  });

  it("08-options: a family of awards is offered other families, not single prizes", () => {
    const options = optionsFor(candidate("which", "Gallantry Awards", "thing:award"), [], buildPools([]));
    expect(options).toHaveLength(4);
    expect(options.every((o) => / Awards$/.test(o))).toBe(true);
  });

  it("08-options: an award is offered awards of its set, never another kind of name from the corpus", () => {
    const c = candidate("which", "Padma Bhushan", "thing:award");
    const stray = candidate("which", "ICC", "thing:award");
    const options = optionsFor(c, [], buildPools([c, stray]));
    expect(options).not.toContain("ICC");
    expect(options).toEqual(expect.arrayContaining(["Padma Bhushan", "Padma Vibhushan"]));
  });

  it("08-options: a side in a cricket final is offered cricket nations, not its neighbours", () => {
    const c = withSentence(
      candidate("where", "Sri Lanka", "country"),
      "India beat Sri Lanka by seven runs in the T20 final in Colombo.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Sri Lanka"))
      expect([
        "Australia",
        "England",
        "New Zealand",
        "Pakistan",
        "West Indies",
        "Bangladesh",
        "Afghanistan",
        "South Africa",
        "Ireland",
        "Zimbabwe",
      ]).toContain(o);
  });

  it("08-options: a country outside a cricket sentence is offered its region, not cricket nations", () => {
    const c = withSentence(
      candidate("where", "Iceland", "country"),
      "Chile signed a pact with a grouping of Norway, Sweden and Iceland in Oslo.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(["Ireland", "England", "New Zealand", "Australia"]).not.toContain(o);
  });

  it("08-options: a sea is never offered the ocean it is part of", () => {
    const options = optionsFor(candidate("where", "Bay of Bengal", "place:water body"), [], buildPools([]));
    expect(options).not.toContain("Indian Ocean");
  });

  it("08-options: a space agency is offered space agencies, never the UN or a trade body", () => {
    const options = optionsFor(candidate("which", "ISRO", "thing:organisation"), [], buildPools([]));
    expect(options).toHaveLength(4);
    for (const o of options)
      expect([
        "ISRO",
        "NASA",
        "ESA",
        "JAXA",
        "Roscosmos",
        "CNSA",
        "CNES",
        "IN-SPACe",
        "NSIL",
        "Antrix",
        "VSSC",
      ]).toContain(o);
  });

  it("08-options: what the head of government did is offered senior ministers, not past Prime Ministers", () => {
    const c = withSentence(
      candidate("who", "Ola Berg", "person:head of government"),
      "Prime Minister Ola Berg launched the payments service in Valdoria at a virtual ceremony.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options)
      expect(["Manmohan Singh", "Atal Bihari Vajpayee", "H D Deve Gowda"]).not.toContain(o);
    const cabinet = curatedPeople({ field: "politician", nation: "india", office: "Cabinet" });
    for (const o of options.filter((x) => x !== "Ola Berg")) expect(cabinet).toContain(o);
  });

  it("08-options: a submarine is offered submarines, never the aircraft carriers of its 'ship' category", () => {
    const carrier = { ...candidate("which", "INS Vikrant", "thing:ship"), noun: "aircraft carrier" };
    const named = { ...candidate("which", "INS Tide", "thing:ship"), noun: "submarine" };
    // Another sentence names it only as "INS Tide": the finer class from the first still decides.
    const plain = candidate("which", "INS Tide", "thing:ship");
    const options = optionsFor(plain, [], buildPools([carrier, named, plain]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("INS Vikrant");
    expect(options).toEqual(expect.arrayContaining(["INS Khanderi"]));
  });

  it("08-options: a ship the question names is not offered beside it", () => {
    const skua = { ...candidate("which", "INS Skua", "thing:ship"), noun: "survey vessel" };
    const c = {
      ...candidate("which", "INS Tide", "thing:ship"),
      noun: "survey vessel",
      prompt:
        'Which ship fills the blank in "Skua follows her sister ships _____, commissioned at Tromso in 2031"?',
    };
    const options = optionsFor(c, [], buildPools([skua, c]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("INS Skua");
  });

  it("08-options: a dam's blank before 'dam' is offered other dams, without the word 'Dam'", () => {
    const c = {
      ...candidate("which", "Orca", "place:water body"),
      noun: "dam",
      prompt:
        'Which name fills the blank in "The Prime Minister dedicated to the nation the _____ dam on the Tide river"?',
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).toEqual(expect.arrayContaining(["Bhakra Nangal"]));
    for (const o of options) expect(o).not.toMatch(/\bDam$/);
  });

  it("08-options: a spacecraft is offered spacecraft, never launch vehicles", () => {
    const c = { ...candidate("which", "Orca-2", "thing:space"), noun: "spacecraft" };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(["PSLV", "GSLV Mk II", "LVM3", "SSLV", "Falcon 9"]).not.toContain(o);
  });

  it("08-options: where the stem says the news is India's, an Indian agency is offered Indian bodies first", () => {
    const c = {
      ...candidate("which", "ISRO", "thing:organisation"),
      prompt:
        'Which organisation fills the blank in "_____ tweeted the news, saying India had reached the Sun"?',
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(["NASA", "ESA", "JAXA", "Roscosmos", "CNSA", "CNES"]).not.toContain(o);
  });

  it("08-options: a head of state the stem writes with its country is offered that country's other heads", () => {
    const c = withSentence(
      candidate("who", "Ola Berg", "person:President"),
      "Prime Minister Kari Lind met with Ukrainian President Ola Berg in Kyiv.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Ola Berg"))
      expect(["Petro Poroshenko", "Viktor Yanukovych", "Viktor Yushchenko", "Leonid Kuchma"]).toContain(o);
  });

  it("08-options: a pair of countries is offered pairs of the region, never a country the question names", () => {
    const c = {
      ...candidate("where", "Nepal and Bhutan", "country pair"),
      prompt: "In which two countries did India launch its payment service?",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(o).toMatch(/^\S.* and \S/);
    expect(options.join(" ")).not.toMatch(/\bIndia\b/);
  });

  it("08-options: India and a partner are offered India and the partner's neighbours", () => {
    const c = {
      ...candidate("who", "India and France", "country pair"),
      prompt: "Which two countries adopted the Horizon 2047 roadmap in July 2023?",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(o).toMatch(/^India and /);
  });

  it("08-options: a pair of rates is offered pairs of nearby rates, the lower first", () => {
    const options = optionsFor(
      candidate("how_many", "4 percent and 16 percent", "percent pair"),
      [],
      buildPools([]),
    );
    expect(options).toHaveLength(4);
    for (const o of options) {
      const [low = "", high = ""] = o.split(" and ");
      expect(Number.parseFloat(low)).toBeLessThan(Number.parseFloat(high));
      expect(o).toMatch(/^\d+ percent and \d+ percent$/);
    }
  });

  it("08-options: a city the sentence cues is offered cities of that kind (ports for a navy, cricket cities)", () => {
    const port = withSentence(
      candidate("where", "Orcaport", "city"),
      "The submarine was commissioned into the Indian Navy at Orcaport on 3 May.",
    );
    for (const o of optionsFor(port, [], buildPools([port])).filter((x) => x !== "Orcaport"))
      expect(["Mumbai", "Kochi", "Chennai", "Karwar", "Port Blair", "Kolkata"]).toContain(o);
  });

  it("08-options: a cricket city is offered the cued cities of its own part of the world first", () => {
    const final = withSentence(
      candidate("where", "Kingston", "city"),
      "Valdoria beat Nordland by five wickets in Kingston to win the T20 title.",
    );
    const options = optionsFor(final, [], buildPools([final]));
    expect(options).toHaveLength(4);
    // Port of Spain is the cued set's one other Caribbean city; without it the key is the only one there.
    expect(options).toContain("Port of Spain");
  });

  it("08-options: a coastal country is offered coastal neighbours, the larger first, not micro-states", () => {
    const c = withSentence(
      {
        ...candidate("where", "Seychelles", "country"),
        prompt: "In which country was the Orca port opened?",
      },
      "The Orca port was opened in Seychelles on Monday.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Seychelles")) {
      const country = lexicon().country(o);
      expect(country?.landlocked).toBe(false);
      expect(country?.area).toBeGreaterThan(10_000);
    }
  });

  it("08-options: a place the sentence calls a spaceport is offered launch sites, whatever the case of the cue", () => {
    for (const sentence of [
      "The rocket lifted off from the spaceport in Orcahalli at 10 am.",
      "The module splashed down off the coast of the Spaceport in Orcahalli.",
    ]) {
      const site = withSentence(candidate("where", "Orcahalli", "place"), sentence);
      const options = optionsFor(site, [], buildPools([site]));
      expect(options).toHaveLength(4);
      for (const o of options.filter((x) => x !== "Orcahalli"))
        expect(["Thumba", "Chandipur", "Kulasekarapattinam", "Abdul Kalam Island"]).toContain(o);
    }
  });

  it("08-options: a card network is offered card networks, not payment systems", () => {
    const card = { ...candidate("which", "OrcaPay", "thing:system"), noun: "card" };
    for (const o of optionsFor(card, [], buildPools([card])))
      expect(["OrcaPay", "Visa", "Mastercard", "American Express", "UnionPay", "Discover"]).toContain(o);
  });

  it("08-options: a reservoir is offered reservoirs and an alliance alliances", () => {
    const reservoir = { ...candidate("where", "Orca Reservoir", "place:water body"), noun: "reservoir" };
    const alliance = { ...candidate("which", "Global Harbour Alliance", "thing:body"), noun: "alliance" };
    const pools = buildPools([reservoir, alliance]);
    for (const o of optionsFor(reservoir, [], pools)) expect(o).toMatch(/Reservoir$/);
    expect(optionsFor(alliance, [], pools)).toEqual(expect.arrayContaining(["International Solar Alliance"]));
  });

  it("08-options: a javelin thrower is offered javelin throwers, never tennis players", () => {
    const c = withSentence(
      candidate("who", "Ola Berg", "person"),
      "Ola Berg became the first Norwegian athlete to win an Olympic gold in the javelin throw.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    const throwers = [
      "Julian Weber",
      "Jakub Vadlejch",
      "Anderson Peters",
      "Johannes Vetter",
      "Keshorn Walcott",
    ];
    for (const o of options.filter((x) => x !== "Ola Berg"))
      expect([...throwers, "Thomas Rohler"]).toContain(o);
  });

  it("08-options: a city of no known country and a quotation with no peers get no options", () => {
    expect(optionsFor(candidate("where", "Port Ostra", "city"), [], buildPools([]))).toEqual([]);
    expect(
      optionsFor(candidate("what", "the pact will double our trade", "quote"), [], buildPools([])),
    ).toEqual([]);
  });

  it("08-options: a country is offered its neighbours", () => {
    const options = optionsFor(candidate("where", "Switzerland", "country"), [], buildPools([]));
    expect(options).toEqual(expect.arrayContaining(["France"]));
  });
});

describe("08-options: a pair of cities is offered pairs of its own country's cities", () => {
  it("08-options: two Japanese cities are offered two Japanese cities, never a nearby capital", () => {
    const c = {
      ...candidate("where", "Tromsoville and Bergenby", "city pair"),
      prompt: 'Which cities fill the blank in "Survivors from _____ gathered"?',
      country: lexicon().country("Japan"),
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    const japanese = ["Tokyo", "Osaka", "Kyoto", "Yokohama", "Sapporo"];
    for (const o of options.filter((x) => x !== c.answer))
      for (const city of o.split(" and ")) expect(japanese).toContain(city);
  });
});

describe("08-options: articles and ministries", () => {
  it("08-options: an Article is offered the Articles nearest its number", () => {
    const c = candidate("which", "Article 356", "thing:article");
    expect([...optionsFor(c, [], buildPools([c]))].sort()).toEqual([
      "Article 352",
      "Article 356",
      "Article 360",
      "Article 365",
    ]);
  });

  it("08-options: one ministry is never offered under two names", () => {
    const c = candidate("which", "Union Home Ministry", "thing:ministry");
    const others = [
      "Ministry of Home Affairs",
      "Ministry of Finance",
      "Defence Ministry",
      "Ministry of Power",
    ].map((a) => candidate("which", a, "thing:ministry"));
    const options = optionsFor(c, [], buildPools([c, ...others]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Ministry of Home Affairs");
  });

  it("08-options: a name is never offered twice, with and without its hyphen", () => {
    const c = candidate("which", "Union Law Ministry", "thing:ministry");
    const others = [
      "Ministry of Cooperation",
      "Ministry of Co-operation",
      "Ministry of Power",
      "Ministry of Mines",
    ].map((a) => candidate("which", a, "thing:ministry"));
    const options = optionsFor(c, [], buildPools([c, ...others]));
    expect(options.filter((o) => /Co-?operation/.test(o)).length).toBeLessThanOrEqual(1);
  });
});

describe("08-options: an Asia Cup side is offered Asian sides", () => {
  it("08-options: the winner of an Asia Cup final is offered Asian teams, not Australia or England", () => {
    const c = {
      ...candidate("where", "India", "country"),
      prompt:
        "Which country beat Valdoria by five wickets in the final to win the Harbour Asia Cup cricket title?",
      sentence:
        "India beat Valdoria by five wickets in the final to win the Harbour Asia Cup cricket title on Sunday.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options)
      expect(["Australia", "England", "New Zealand", "South Africa", "West Indies"]).not.toContain(o);
  });
});

describe("08-options: a bowler is offered bowlers of the kind the question names", () => {
  it("08-options: 'Which spinner ...?' for an Indian spinner is offered Indian spinners", () => {
    const c = {
      ...candidate("who", "Ola Berg", "person"),
      prompt: "Which spinner was named Player of the Tournament for his 17 wickets?",
      sentence:
        "Indian spinner Ola Berg was named Player of the Tournament for his 17 wickets in the cricket final.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    const spinners = lexicon().distractors["person:cricketer-spinner:india"] ?? [];
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Ola Berg")) expect(spinners).toContain(o);
  });
});

describe("08-options: a forecast's body is offered forecasters", () => {
  it("08-options: the central bank that projected growth is offered the IMF, the World Bank and the ADB", () => {
    const c = {
      ...candidate("which", "Reserve Bank of India", "thing:organisation"),
      prompt: "Which organisation projected growth of 6.8 per cent for the year?",
    };
    expect([...optionsFor(c, [], buildPools([c]))].sort()).toEqual([
      "Asian Development Bank",
      "International Monetary Fund",
      "Reserve Bank of India",
      "World Bank",
    ]);
  });
});

describe("08-options: a heritage site is offered sites of its own kind", () => {
  it("08-options: caves are offered caves", () => {
    const c = { ...candidate("which", "Harbour Caves", "thing:heritage site"), noun: "caves" };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(o).toMatch(/Caves?\b/);
  });
});

describe("08-options: a pair of states is offered pairs of states, each pair once", () => {
  it("08-options: no option is another written the other way round, nor the key's two", () => {
    const c = {
      ...candidate("where", "Gujarat and Assam", "state pair"),
      prompt: "In which two states did the Cabinet approve three new units?",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    const states = lexicon().regions.state ?? [];
    for (const o of options) for (const state of o.split(" and ")) expect(states).toContain(state);
    const unordered = options.map((o) => o.split(" and ").sort().join("|"));
    expect(new Set(unordered).size).toBe(4);
  });
});

describe("08-options: a space agency's mission is offered missions, not government schemes", () => {
  it("08-options: 'the _____ mission' in an ISRO sentence is offered ISRO missions", () => {
    const c = {
      ...candidate("which", "Orca-1", "thing:programme"),
      prompt:
        'Which mission fills the blank in "ISRO Chief Ola Berg announced the success of the _____ mission"?',
      sentence: "ISRO Chief Ola Berg announced the success of the Orca-1 mission.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options.some((o) => /India|Bharat/.test(o))).toBe(false);
  });
});

describe("08-options: blind reading 36's distractors", () => {
  const withSentence = (c: Candidate, sentence: string): Candidate => ({ ...c, sentence });

  it("08-options: a first name read alone is never offered among full names", () => {
    const story = ["Rahul", "Kari Nord", "Erik Holm", "Per Dahl", "Mara Lind"].map((n) =>
      withSentence(candidate("who", n, "person"), `Valdorian politician ${n} spoke in Tromso.`),
    );
    const c = withSentence(
      candidate("who", "Ola Berg", "person"),
      "Valdorian politician Ola Berg was honoured.",
    );
    const options = optionsFor({ ...c, peers: ["Rahul", "Kari Nord"] }, [], buildPools([c, ...story]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Rahul");
  });

  it("08-options: the RBI's Governor is not offered the other countries' governors the sentence lists", () => {
    const sentence =
      "Reserve Bank of India Governor, Ola Berg, Bank of Mauritius Governor, Kari Nord, and Central Bank of Sri Lanka Governor, Erik Holm were present.";
    const c = {
      ...withSentence(candidate("who", "Ola Berg", "person:Governor"), sentence),
      prompt: "Who was the Governor of the Reserve Bank of India at the time of the launch in May 2031?",
      listed: ["Kari Nord", "Erik Holm"],
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Kari Nord");
    expect(options).not.toContain("Erik Holm");
  });

  it("08-options: a Chief Minister is offered other states' heads, not the Union Cabinet", () => {
    const c = {
      ...withSentence(
        candidate("who", "Ola Berg", "person:Chief Minister"),
        "Chief Minister Ola Berg announced an ex gratia of Rs 4 lakh each for the families of the deceased.",
      ),
      prompt:
        "Which Chief Minister announced an ex gratia of Rs 4 lakh each for the families of the deceased?",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Ola Berg"))
      expect(curatedPeople({ field: "politician", nation: "india", office: "Chief Minister" })).toContain(o);
  });

  it("08-options: an office held where an Indian city says is India's, with India's holders offered", () => {
    const c = {
      ...withSentence(
        candidate("who", "Ola Berg", "person:Prime Minister"),
        "Former Prime Minister Ola Berg died at a hospital in New Delhi on Thursday night.",
      ),
      prompt: "Which former Prime Minister died at a hospital in New Delhi on 25 December 2031?",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Ola Berg"))
      expect(peopleData.india.roles["Prime Minister"]).toContain(o);
  });

  it("08-options: an international bank's President is offered the world's officials, not heads of state", () => {
    const c = {
      ...withSentence(
        candidate("who", "Ola Berg", "person:President"),
        "The World Bank is headed by President Ola Berg.",
      ),
      prompt: "Who headed the World Bank in May 2031?",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Ola Berg"))
      expect(curatedPeople({ field: "official", nation: "world", office: null })).toContain(o);
  });

  it("08-options: 'his' or 'her' for the answer is offered no curated person of the other sex", () => {
    expect(
      fitsPronoun("Mamata Banerjee", "Which Chief Minister submitted his resignation on 23 November 2031?"),
    ).toBe(false);
    expect(
      fitsPronoun("Yogi Adityanath", "Which Chief Minister submitted his resignation on 23 November 2031?"),
    ).toBe(true);
    expect(
      fitsPronoun(
        "Yogi Adityanath",
        'Which name fills the blank in "_____ won her first Harbour Open title"?',
      ),
    ).toBe(false);
    // A pronoun that may be another person's, and a name no list knows, restrict nothing.
    expect(
      fitsPronoun("Mamata Banerjee", "To which Governor did Chief Minister Ola Berg submit his resignation?"),
    ).toBe(true);
    expect(
      fitsPronoun("Kari Nord", "Which Chief Minister submitted his resignation on 23 November 2031?"),
    ).toBe(true);
  });

  it("08-options: a state's Governor is offered other states' Governors, never central bankers", () => {
    const c = {
      ...withSentence(
        candidate("who", "Erik Holm", "person:Governor"),
        "Outgoing Chief Minister Ola Berg submitted his resignation to Governor Erik Holm in Bhubaneswar.",
      ),
      prompt:
        "To which Governor did outgoing Chief Minister Ola Berg submit his resignation in November 2031?",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Erik Holm"))
      expect(peopleData.india.roles["State Governor"]).toContain(o);
  });

  it("08-options: another person's title before the answer says nothing of what the answer is", () => {
    const c = {
      ...withSentence(
        candidate("who", "Kari Nord", "person"),
        "Governor Erik Holm invited Kari Nord to form the government in Bhubaneswar.",
      ),
      prompt: "Whom did Governor Erik Holm invite to form the government in November 2031?",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    const governors = [...peopleData.india.roles.Governor, ...peopleData.india.roles["State Governor"]];
    expect(options.filter((o) => governors.includes(o))).toEqual([]);
  });

  it("08-options: an international body's Director-General is offered the world's officials, not generals", () => {
    const c = {
      ...withSentence(
        candidate("who", "Kari Nord", "person:Director General"),
        "WHO Director-General Kari Nord said the virus was spreading in 13 countries.",
      ),
      prompt: "Who was the Director General of WHO in March 2031?",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Kari Nord"))
      expect(curatedPeople({ field: "official", nation: "world", office: null })).toContain(o);
  });

  it("08-options: a capital is offered the capitals of the larger countries around it first", () => {
    const c = {
      ...candidate("where", "Oslo", "city"),
      country: lexicon().countryByCode("NO"),
      prompt: "In which city was the prize announced in October 2031?",
      sentence: "The prize was announced in Oslo.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).toContain("Stockholm");
  });
});

describe("08-options: a state is offered the states around it", () => {
  it.each([
    ["Tamil Nadu", ["Kerala", "Karnataka", "Andhra Pradesh"]],
    ["Madhya Pradesh", ["Rajasthan", "Uttar Pradesh", "Chhattisgarh", "Maharashtra", "Gujarat"]],
  ])("08-options: %s among its neighbours", (state, around) => {
    for (const category of ["state", "region:state"]) {
      const c = {
        ...candidate("where", state, category),
        prompt: "In which state is the Orca Tiger Reserve located?",
        sentence: `The Orca Tiger Reserve in ${state} was visited by the minister.`,
      };
      const options = optionsFor(c, [], buildPools([c]));
      expect(options).toHaveLength(4);
      for (const o of options.filter((x) => x !== state)) expect(around).toContain(o);
    }
  });

  it("08-options: a state with one neighbour is offered its neighbours' neighbours next, and never a union territory", () => {
    const c = {
      ...candidate("where", "Haryana", "region:state"),
      prompt: "In which state is the Orca Lake located?",
      sentence: "The Orca Lake in Haryana was listed.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Delhi");
    expect(options).not.toContain("Chandigarh");
  });
});

describe("08-options: a named thing is offered things of its own class noun", () => {
  it("08-options: an initiative the category calls a programme is offered initiatives, not government schemes", () => {
    const c = {
      ...candidate("which", "Harbour Health Initiative", "thing:programme"),
      prompt: "Which initiative seeks to lower the region's cancer death toll?",
      sentence: "The Harbour Health Initiative seeks to lower the region's cancer death toll.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options.some((o) => /India|Bharat/.test(o))).toBe(false);
  });

  it("08-options: a name the sentence calls a scheme is offered schemes", () => {
    const c = {
      ...candidate("which", "Harbour Bonds", "thing:programme"),
      noun: "scheme",
      prompt: "Which scheme did the court strike down?",
      sentence: "The court struck down the Harbour Bonds scheme.",
    };
    expect(optionsFor(c, [], buildPools([c]))).toHaveLength(4);
  });

  it("08-options: an agreement in a sentence about trade is offered kinds of trade agreement", () => {
    const c = {
      ...candidate("which", "Harbour Trade Pact", "thing:agreement"),
      prompt:
        "Which agreement did Valdoria sign with Nordland that includes a binding investment commitment?",
      sentence:
        "Valdoria signed the Harbour Trade Pact with Nordland, a trade deal with a binding investment commitment.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Letter of Intent");
    expect(options).not.toContain("Memorandum of Understanding");
  });

  it("08-options: a trade agreement whose sentence never says 'trade' is still offered kinds of trade agreement", () => {
    const c = {
      ...candidate("which", "Harbour Trade and Investment Agreement", "thing:agreement"),
      prompt: "Which agreement lets Valdoria suspend concessions if the investment is not made?",
      // The sentence named it "the pact"; the question names it in full.
      sentence: "The pact lets Valdoria suspend concessions if the investment is not made.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).toContain("Comprehensive Economic Partnership Agreement");
    expect(options).not.toContain("Letter of Intent");
  });

  it("08-options: a named trade agreement is not offered 'Free Trade Agreement', a kind it is one of", () => {
    const c = {
      ...candidate("which", "Comprehensive Economic Partnership Agreement", "thing:agreement"),
      prompt: "Which trade agreement did Valdoria sign with Nordland in May 2031?",
      sentence: "Valdoria signed a Comprehensive Economic Partnership Agreement with Nordland in May 2031.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Free Trade Agreement");
  });

  it("08-options: a named partnership is offered partnerships and initiatives, not kinds of document", () => {
    const c = {
      ...candidate("which", "Orca Partnership for Fisheries Data", "thing:agreement"),
      prompt: 'Which name fills the blank in "Partners can track illegal fishing through the _____"?',
      sentence: "Partners can track illegal fishing through the Orca Partnership for Fisheries Data.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const kind of ["Letter of Intent", "Memorandum of Understanding", "Framework Agreement"])
      expect(options).not.toContain(kind);
  });
});

describe("08-options: an operation is offered operations of its kind", () => {
  const RELIEF = ["Operation Kaveri", "Operation Ganga", "Operation Ajay", "Operation Dost"];
  it("08-options: a strike is offered military operations, not evacuations", () => {
    const c = {
      ...candidate("which", "Operation Tide", "thing:operation"),
      prompt: "Which operation did Valdoria launch against camps across the border?",
      sentence: "Valdoria launched Operation Tide, a missile strike on camps across the border.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const relief of RELIEF) expect(options).not.toContain(relief);
  });

  it("08-options: an evacuation is offered evacuations", () => {
    const c = {
      ...candidate("which", "Operation Tide", "thing:operation"),
      prompt: "Under which operation were citizens stranded in Nordland brought home?",
      sentence: "Citizens stranded in Nordland were evacuated under Operation Tide.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Operation Tide")) expect(RELIEF).toContain(o);
  });
});

describe("08-options: a missile is offered missiles of its role", () => {
  const AIR_DEFENCE = ["Akash", "Barak-8", "Patriot", "THAAD", "Iron Dome", "NASAMS"];
  it("08-options: a submarine-launched ballistic missile is offered neither air-defence nor land-based missiles", () => {
    const c = {
      ...candidate("which", "Orca-3", "thing:weapon"),
      prompt: 'Which name fills the blank in "INS Tide can carry 12 _____ SLBMs"?',
      sentence: "INS Tide can carry 12 Orca-3 SLBMs with a range of about 700 km.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const air of AIR_DEFENCE) expect(options).not.toContain(air);
    // Nor land-based ballistic missiles: a setter rejects Agni or Prithvi as submarine-launched (blind reading,
    // session 41).
    for (const land of ["Agni-V", "Agni-IV", "Prithvi-II", "Dhanush", "Pralay"])
      expect(options).not.toContain(land);
  });

  it("08-options: an air-defence system is offered air-defence systems", () => {
    const c = {
      ...candidate("which", "Orca Shield", "thing:weapon"),
      prompt: "Which air defence system did Valdoria buy from Nordland?",
      sentence: "Valdoria bought the Orca Shield air defence system from Nordland.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Orca Shield"))
      expect([...AIR_DEFENCE, "S-400", "QRSAM"]).toContain(o);
  });
});

describe("08-options: a cricket total is offered totals near it, written alike", () => {
  it("08-options: '181 for six' is offered runs a few apart and a wicket more or fewer", () => {
    const c = candidate("how_many", "181 for six", "score");
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options) expect(o).toMatch(/^\d{3} for (?:five|six|seven|eight|nine)$/);
    expect(new Set(options).size).toBe(4);
  });
});

describe("08-options: office holders of the day", () => {
  it("08-options: an Indian ministry with no list of holders is offered the senior ministers of the day", () => {
    const c = {
      ...candidate("who", "Ola Berg", "person:Cooperation Minister"),
      prompt: "Who was India's Cooperation Minister in April 2031?",
      sentence: "Union Cooperation Minister Ola Berg said the Bill was brought with amendments.",
      peers: ["Mara Lind"],
    };
    const cabinet = curatedPeople({ field: "politician", nation: "india", office: "Cabinet" }).slice(0, 8);
    const options = optionsFor(c, [], buildPools([c]));
    expect(options.filter((o) => o !== "Ola Berg").every((o) => cabinet.includes(o))).toBe(true);
  });

  it.each([
    [
      "Goa Forest Minister Ola Berg said the state would set up a protection force.",
      "Who was the Forest Minister of Goa in April 2031?",
    ],
    [
      "Industries Minister Ola Berg, who was defeated by a first-time candidate, was among the prominent losers.",
      "Which Industries Minister was among the prominent losers?",
    ],
  ])(
    "08-options: a state's minister is never offered the Union's senior ministers (%s)",
    (sentence, prompt) => {
      const c = {
        ...candidate("who", "Ola Berg", "person:Forest Minister"),
        prompt,
        sentence,
        peers: ["Mara Lind", "Kari Nord", "Erik Holm"],
      };
      // The story's other ministers are its state's: they are what is offered.
      const others = ["Mara Lind", "Kari Nord", "Erik Holm"].map((name, i) => ({
        ...candidate("who", name, "person:Tourism Minister"),
        sentence: `Tourism Minister ${name} said the state would open ${i + 3} new parks.`,
      }));
      const cabinet = curatedPeople({ field: "politician", nation: "india", office: "Cabinet" });
      const options = optionsFor(c, [], buildPools([c, ...others]));
      expect(options).toHaveLength(4);
      for (const o of options) expect(cabinet).not.toContain(o);
    },
  );

  it("08-options: 'his Australian counterpart X' is offered Australia's other Prime Ministers first", () => {
    const c = {
      ...candidate("who", "Ola Berg", "person:Prime Minister"),
      prompt: "Who was Mara Lind's Australian counterpart?",
      sentence: "The ceremony was attended by Prime Minister Lind and his Australian counterpart Ola Berg.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toEqual(
      expect.arrayContaining(lexicon().distractors["person:Prime Minister:AU"]?.slice(0, 2) ?? []),
    );
  });

  it("08-options: two countries are offered pairs of the story's other countries first", () => {
    const c = {
      ...candidate("where", "Chile and Peru", "country pair"),
      prompt: 'Which countries fill the blank in "The partners agreed that _____ would swap host years"?',
      peers: ["Chile", "Peru", "Japan", "Australia"],
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toContain("Japan and Australia");
    // Every distractor is a pair of the grouping's members, none an outsider the stem rules out.
    for (const o of options.filter((x) => x !== "Chile and Peru"))
      for (const country of o.split(" and "))
        expect(["Chile", "Peru", "Japan", "Australia"]).toContain(country);
  });
});

describe("08-options: a name the article misspells", () => {
  it("08-options: the curated spelling of a near-identical name with the same surname", () => {
    expect(curatedSpelling("Atal Behari Vajpayee")).toBe("Atal Bihari Vajpayee");
    expect(curatedSpelling("Pranob Mukherjee")).toBe("Pranab Mukherjee");
    expect(curatedSpelling("Pranab Mukherjee")).toBeUndefined();
    expect(curatedSpelling("Ola Mukherjee")).toBeUndefined();
    // A surname that only adds a letter at its end is another person's: no correction to a curated name.
    expect(curatedSpelling("Pranab Mukherjeea")).toBeUndefined();
  });
  it("08-options: the curated short form of a name the article writes out, initials and all", () => {
    expect(curatedShortForm("Haradanahalli Doddegowda Deve Gowda")).toBe("H D Deve Gowda");
    expect(curatedShortForm("H D Deve Gowda")).toBeUndefined();
    expect(curatedShortForm("Ola Berg")).toBeUndefined();
    expect(curatedShortForm("Tomas Deve Gowda")).toBeUndefined();
  });
  it("08-options: a key written out among short names takes its short form; among long names it stays", () => {
    const full = "Haradanahalli Doddegowda Deve Gowda";
    expect(keyAsWritten(full, [full, "I K Gujral", "Charan Singh", "Chandra Shekhar"])).toBe(
      "H D Deve Gowda",
    );
    expect(
      keyAsWritten(full, [
        full,
        "Kumudini Rajnikant Ola Berg",
        "Lakshminarayana Kari Nordmann",
        "Duvvur Ola Reddy",
      ]),
    ).toBe(full);
  });
});

describe("08-options: figures are a ladder with the answer at a place drawn from the question", () => {
  const place = (answer: number, rungs: number[]) => rungs.filter((r) => r < answer).length;
  const gapsOf = (answer: number, rungs: number[]) => {
    const all = [answer, ...rungs].sort((a, b) => a - b);
    return all.slice(1).map((v, i) => v - (all[i] as number));
  };
  it("08-options: the answer takes each of the four places, the same one for the same question", () => {
    for (const rank of [0, 1, 2, 3])
      expect(place(10, ladder(10, 1, rank, () => true).slice(0, 3))).toBe(rank);
    const seen = new Set(
      Array.from({ length: 200 }, (_, i) => rankOf(`How many sites were added? ${i}|${i}`)),
    );
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
    expect(rankOf("How many sites?|85")).toBe(rankOf("How many sites?|85"));
  });
  it("08-options: rungs are one or two steps apart, not always evenly", () => {
    const patterns = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const gaps = gapsOf(100, ladder(100, 10, 1, () => true, `question ${i}`).slice(0, 3));
      for (const g of gaps) expect([10, 20]).toContain(g);
      patterns.add(gaps.join(","));
    }
    expect(patterns.size).toBeGreaterThan(2);
    expect(patterns.has("10,10,10")).toBe(false);
  });
  it("08-options: an answer at either end is never the one value that breaks an even series", () => {
    for (let i = 0; i < 60; i++)
      for (const rank of [0, 3]) {
        const gaps = gapsOf(100, ladder(100, 10, rank, () => true, `question ${i}`).slice(0, 3));
        const [near, mid, far] = rank === 0 ? gaps : [...gaps].reverse();
        expect([gaps, mid === far && near !== mid]).toEqual([gaps, false]);
      }
  });
  it("08-options: a measure given to hundredths is offered values within a few per cent, on every seed", () => {
    // "89.94m" among 98.41m and 100.76m: a glance rules out a throw a tenth longer (dev reading 5).
    for (let i = 0; i < 40; i++)
      for (const rank of [0, 1, 2, 3]) {
        const options = nearbyNumbers("89.94m", {}, rank, `throw ${i}`).slice(0, 3);
        expect(options).toHaveLength(3);
        for (const o of options) expect(Math.abs(Number.parseFloat(o) / 89.94 - 1)).toBeLessThan(0.07);
      }
  });
  it("08-options: a place the rungs cannot take gives way to the nearest that fits", () => {
    // Two is the smallest count offered: with 3 as the answer, at most one rung lies below it.
    const rungs = ladder(3, 1, 3, (v) => v > 1).slice(0, 3);
    expect(place(3, rungs)).toBeLessThanOrEqual(1);
    for (const r of rungs) expect(r).toBeGreaterThan(1);
  });
  it.each([
    [
      "a count written as a word",
      () => nearbyNumbers("four boats", {}, 0),
      /^(?:five|six|seven|eight|nine|ten) boats$/,
    ],
    ["a small count", () => nearbyNumbers("9", {}, 3), /^[3-8]$/],
    // A handful is offered its nearest neighbours: "two medals" is never offered six or seven.
    ["a handful written as a word", () => nearbyNumbers("two medals", {}, 0), /^(?:three|four|five) medals$/],
    ["a handful", () => nearbyNumbers("3", {}, 1), /^[2-5]$/],
    ["a count, a round step apart", () => nearbyNumbers("75", {}, 3), /^(?:5[5-9]|6\d|7[0-4])$/],
    ["an age, a few years apart", () => nearbyNumbers("65", {}, 1), /^(?:[5-7][05]|80)$/],
    ["a large count on its own grid", () => nearbyNumbers("350", {}, 0), /^(?:[4-6]00|[4-6]50)$/],
    // "How many MPs supported the bill?" (288): 308 or 348, not 438 or 488, which a glance rules out.
    ["a count of hundreds, a tenth apart", () => nearbyNumbers("288", {}, 0), /^(?:3[0-8]8)$/],
    ["thousands grouped in thousands", () => nearbyNumbers("140,000", {}, 1), /^\d{2,3},000$/],
    // "$870 million" among "$1,070 million", as print writes it, not "$1070 million".
    [
      "hundreds that pass a thousand",
      () => nearbyNumbers("$870 million", {}, 0),
      /^\$(?:\d{3}|1,\d{3}) million$/,
    ],
    ["thousands grouped in lakhs", () => nearbyNumbers("1,40,000", {}, 1), /^(?:\d{2},000|\d,\d0,000)$/],
    ["a rate", () => nearbyNumbers("5.25%", {}, 2), /^[4-6]\.(?:00|25|50|75)%$/],
    // "went up to _____ from $9,047": not $9,639 and $9,642, which split hairs, but a third of the rise apart.
    [
      "a figure far above the one it rose from",
      () => nearbyNumbers("$9,640", { above: 9047 }, 1),
      /^\$(?:9,[2-9]40|1\d,\d40)$/,
    ],
    [
      "a figure just above the one it rose from",
      () => nearbyNumbers("85", { above: 82 }, 1),
      /^(?:8[3-9]|9\d)$/,
    ],
    ["an ordinal", () => nearbyOrdinals("43rd", 0), /^(?:4[4-9])(?:st|nd|rd|th)$/],
    ["an ordinal word", () => nearbyOrdinals("eighth", 3), /^(?:second|third|fourth|fifth|sixth|seventh)$/],
    [
      "a capitalised ordinal word ('the Eighth Schedule'), capitalised",
      () => nearbyOrdinals("Eighth", 3),
      /^(?:Second|Third|Fourth|Fifth|Sixth|Seventh)$/,
    ],
    ["a year", () => nearbyDates("2017", "date:year", 2), /^201[1-9]$/],
    ["a month", () => nearbyDates("November 2031", "date:month", 1), /^[A-Z][a-z]+ 203[12]$/],
  ])("08-options: %s", (_label, near, shape) => {
    const rungs = near().slice(0, 3);
    expect(rungs).toHaveLength(3);
    for (const r of rungs) expect(r).toMatch(shape);
  });
  it("08-options: a day is offered other days of its month, written as the answer is", () => {
    for (const answer of ["19 March", "19 March 2031"]) {
      const near = nearbyDates(answer, "date:day", 1);
      expect(near.length).toBeGreaterThanOrEqual(3);
      for (const d of near)
        expect(d).toMatch(answer.endsWith("2031") ? /^\d{1,2} March 2031$/ : /^\d{1,2} March$/);
      expect(near).not.toContain(answer);
    }
    expect(nearbyDates("Diwali", "date:day")).toEqual([]);
  });
  it("08-options: a past event's year is offered no year after its article's", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const past = {
        ...candidate("when", "2030", "date:year"),
        prompt: `In which year was the condor census last released (${seed})?`,
      };
      const options = optionsFor(past, [], buildPools([]), 2031);
      expect(options).toHaveLength(4);
      expect(options).toContain("2030");
      for (const o of options) expect(Number(o)).toBeLessThanOrEqual(2031);
    }
    // What is yet to happen may be later than the article.
    const future = {
      ...candidate("when", "2030", "date:year"),
      prompt: "In which year will the next condor census be released?",
    };
    const later = [0, 1, 2, 3, 4, 5].flatMap((i) =>
      optionsFor({ ...future, prompt: `${future.prompt.slice(0, -1)} (${i})?` }, [], buildPools([]), 2030),
    );
    expect(later.some((o) => Number(o) > 2030)).toBe(true);
  });

  it("08-options: what was done, in an undated article, is offered no year well after it", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const c = {
        ...candidate("when", "2029", "date:year"),
        prompt: `In which year was the first Orca prototype rolled out in Tromso (${seed})?`,
      };
      const options = optionsFor(c, [], buildPools([]), null);
      expect(options).toContain("2029");
      for (const o of options) expect(Number(o)).toBeLessThanOrEqual(2030);
    }
  });

  it("08-options: what is still to come is offered no year before the article's", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const c = {
        ...candidate("when", "2032", "date:year"),
        prompt: `Which year fills the blank in "The pact is expected to come into force in _____ after ratification (${seed})"?`,
      };
      const options = optionsFor(c, [], buildPools([]), 2031);
      expect(options).toContain("2032");
      for (const o of options) expect(Number(o)).toBeGreaterThan(2031);
    }
  });

  it("08-options: figures and dates are printed in order", () => {
    for (const c of [
      candidate("how_many", "350", "number"),
      candidate("when", "19 March 2031", "date:day"),
    ]) {
      const options = optionsFor(c, [], buildPools([]));
      const values = options.map((o) => figureValue(o) as number);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });
});

describe("08-options: options near an ordinal", () => {
  it("08-options: the rungs next to the answer, in its own style", () => {
    for (const o of nearbyOrdinals("12th", 1).slice(0, 3)) expect(o).toMatch(/^(?:9|1[0-6])th$/);
    // Nothing comes before "first": it is the lowest of its four.
    for (const o of nearbyOrdinals("first", 3).slice(0, 3))
      expect(o).toMatch(/^(?:second|third|fourth|fifth|sixth|seventh)$/);
  });
  it("08-options: the four ordinals are one apart, so the answer is never the one value across a gap", () => {
    for (const rank of [0, 1, 2, 3]) {
      const four = [
        41,
        ...nearbyOrdinals("41st", rank)
          .slice(0, 3)
          .map((o) => Number.parseInt(o, 10)),
      ];
      expect(Math.max(...four) - Math.min(...four)).toBe(3);
    }
  });
  it("08-options: a word that is no ordinal gives none", () => {
    expect(nearbyOrdinals("final")).toEqual([]);
  });
});

describe("08-options: figures the stem bounds", () => {
  it.each([
    ['... has increased its tally of sites to _____ from existing 61"?', { above: 61 }],
    ['... the rate was cut to _____ from 6.5% in May"?', { below: 6.5 }],
    ['... has 64 sites now"?', {}],
    ['... with five medals so far, including _____ bronze in sailing"?', { below: 5 }],
    ['... with 12 wins, including _____ away from home"?', { below: 12 }],
    ['... served as chief from _____ to 2027"?', { below: 2027 }],
    ['... served as chief from 2024 to _____"?', { above: 2024 }],
    ['"Valdoria now has more than _____ Grandmasters"?', { beyond: "above" }],
    ["More than how many personnel took part in the exercise?", { beyond: "above" }],
    ['"Its forex reserves crossed _____ for the first time"?', { beyond: "above" }],
    ['"The scheme covers fewer than _____ districts"?', { beyond: "below" }],
  ])("boundOf(%j)", (prompt, expected) => {
    expect(boundOf(prompt)).toEqual(expected);
  });

  it.each([
    ["more than _____ Grandmasters", "85", "above"],
    ["more than _____ personnel", "1,200", "above"],
    ["at least _____ boats", "four boats", "above"],
    ["fewer than _____ districts", "9", "below"],
    ["below _____ for the year", "4.5 per cent", "below"],
  ] as const)(
    "08-options: a figure the stem gives as a floor or ceiling ('%s') is offered figures only beyond it",
    (stem, answer, side) => {
      const key = figureValue(answer) as number;
      const near = nearbyNumbers(answer, boundOf(`Which number fills the blank in "${stem}"?`), 1, stem);
      expect(near.length).toBeGreaterThanOrEqual(3);
      for (const option of near)
        expect(
          side === "above" ? (figureValue(option) as number) > key : (figureValue(option) as number) < key,
        ).toBe(true);
    },
  );

  it("08-options: the first year of a span is offered only years before its last", () => {
    for (const answer of ["2024", "2025", "2026"]) {
      const c = {
        ...candidate("when", answer, "date:year"),
        prompt: `Which year fills the blank in "Kari Nord served as the chief from _____ to 2027"?`,
      };
      const options = optionsFor(c, [], buildPools([c]));
      expect(options).toHaveLength(4);
      for (const o of options) expect(Number(o)).toBeLessThan(2027);
    }
  });

  it("08-options: a part of a total written in words is offered only smaller counts", () => {
    for (const o of nearbyNumbers("three", { below: 5 }, 0, "q")) expect(["two", "four"]).toContain(o);
  });

  it("08-options: 'increased to _____ from 61' is offered only figures above 61, close to the key", () => {
    const options = nearbyNumbers("64", { above: 61 });
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const o of options) expect(Number(o)).toBeGreaterThan(61);
  });
});

describe("08-options: a bill is offered bills", () => {
  it("08-options: laws passed as Acts are offered as the bills they were", () => {
    const options = optionsFor(candidate("which", "Harbour Bill", "thing:law"), [], buildPools([]));
    expect(options).toContain("Harbour Bill");
    expect(options.filter((o) => o !== "Harbour Bill").every((o) => /\bBill$/.test(o))).toBe(true);
  });
});

describe("08-options: a class noun in the question is no give-away", () => {
  it("08-options: 'Which committee ...?' is offered committees where the data has them", () => {
    const c = candidate("which", "Harbour Declaration", "thing:declaration");
    const options = optionsFor(
      { ...c, noun: "declaration", prompt: "Which declaration did the summit adopt?" },
      [],
      buildPools([]),
    );
    expect(options.filter((o) => /Declaration/.test(o))).toHaveLength(4);
  });
  it.each([
    [
      'Which interface fills the blank in "Valdoria launched the _____ services"?',
      ["Harbour Payments Interface", "Card Network", "Fund Transfer", "Gross Settlement"],
      'Which name fills the blank in "Valdoria launched the _____ services"?',
    ],
    [
      "Which committee has awarded the Harbour Prize for 2031?",
      ["Harbour Prize Committee", "Red Cross", "Sea Watch", "Port Union"],
      "Which body has awarded the Harbour Prize for 2031?",
    ],
    [
      "Which alliance did Valdoria launch?",
      ["Harbour Alliance", "Solar Alliance", "Biofuels Alliance", "Disaster Coalition"],
      "Which alliance did Valdoria launch?",
    ],
    [
      "By which centre was INS Orca constructed?",
      ["Harbour Shipbuilding Centre", "Orca Docks", "Tromso Shipyard", "Nordland Engineers"],
      "By which body was INS Orca constructed?",
    ],
    [
      "Which committee awarded the Harbour Prize for 2031?",
      ["Harbour Prize Committee", "Red Cross", "Sea Watch", "Port Union"],
      "Which body awarded the Harbour Prize for 2031?",
    ],
    [
      "Which experiment did Valdoria complete in May 2031?",
      ["Orca Docking Experiment", "Harbour Lander", "Tide Orbiter", "Nordland Probe"],
      "Which of the following did Valdoria complete in May 2031?",
    ],
    [
      "With which trade bloc did Valdoria sign the pact?",
      ["Harbour Trade Bloc", "Nordland", "Tromso", "Orca Union"],
      "With which of the following did Valdoria sign the pact?",
    ],
  ])("08-options: %s", (prompt, options, expected) => {
    expect(printable(prompt, options[0] as string, options)).toBe(expected);
  });
});

describe("08-options: an athlete is offered athletes of the story's sport", () => {
  it("08-options: the sport the story names most", () => {
    expect(
      storySport(["He won the javelin final.", "His third throw was his best.", "A shooter won bronze."]),
    ).toBe("javelin");
    expect(storySport(["A shooter won bronze.", "A swimmer won gold."])).toBeUndefined();
  });
  it("08-options: a record-holder 'of Norway' in a javelin story is offered foreign javelin throwers", () => {
    const c = {
      ...candidate("who", "Ola Berg", "person"),
      sentence: "The previous Olympic record was 88.41m that was achieved in 2004 by Ola Berg of Norway.",
      noun: "javelin",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toContain("Ola Berg");
    expect(options.filter((o) => o !== "Ola Berg").every((o) => !/Nadal|Djokovic|Federer/.test(o))).toBe(
      true,
    );
    expect(options).toHaveLength(4);
  });
});

describe("08-options: a captain or a champion is offered players of the story's own game", () => {
  it("08-options: a hockey report's captain is offered hockey players, not cricketers", () => {
    expect(
      storySport(["India beat Nordland 4-1 in the hockey final.", "The FIH said the pitch was fine."]),
    ).toBe("hockey");
    const c = {
      ...candidate("who", "Ola Berg", "person"),
      prompt: "With reference to the Harbour Cup (September 2031), which captain scored twice?",
      sentence: "Captain Ola Berg scored twice, while Kari Nord found the net once.",
      noun: "hockey",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    const hockey = lexicon().distractors["person:athlete:hockey:india"] ?? [];
    for (const o of options.filter((x) => x !== "Ola Berg")) expect(hockey).toContain(o);
  });

  it("08-options: a tennis player the sentence calls 'her' is offered women players", () => {
    const c = {
      ...candidate("who", "Ana Dahl", "person"),
      prompt: "Who was bidding for her third Harbour Open crown in the tennis final?",
      sentence: "Dahl, the 2029 champion, was bidding for her third Grand Slam crown in the tennis final.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    const men = [
      ...(lexicon().distractors["person:athlete:tennis:india"] ?? []),
      ...(lexicon().distractors["person:athlete:tennis:world"] ?? []),
    ];
    expect(options.filter((o) => men.includes(o))).toEqual([]);
  });
});

describe("08-options: an athlete whose sentence names another sport is offered that sport's athletes", () => {
  it("08-options: a wrestler in a javelin story is offered wrestlers", () => {
    const c = {
      ...candidate("who", "Ola Berg", "person:Wrestler"),
      sentence: "Wrestler Ola Berg has won a bronze and a silver at the Games.",
      noun: "javelin",
    };
    const wrestlers = [
      "Yogeshwar Dutt",
      "Bajrang Punia",
      "Ravi Kumar Dahiya",
      "Sakshi Malik",
      "Vinesh Phogat",
    ];
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Ola Berg"))
      expect([...wrestlers, "Aman Sehrawat"]).toContain(o);
  });

  it("08-options: a fighter jet is offered fighter jets, never missiles", () => {
    const c = {
      ...candidate("which", "Harrier", "thing:aircraft"),
      sentence: "Tornado and Harrier fighters were used in the strikes.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options.some((o) => /Agni|Prithvi|Akash|BrahMos/.test(o))).toBe(false);
  });
});

describe("08-options: where the stem names an office, the story's people must have held it", () => {
  it("08-options: 'former Prime Ministers _____' is offered former Prime Ministers, not the story's other leaders", () => {
    const sentence =
      "Prime Minister Ola Berg announced that former Prime Ministers I K Gujral and Chandra Shekhar will be honoured.";
    const c = {
      ...candidate("who", "I K Gujral", "person"),
      sentence,
      prompt:
        'Which name fills the blank in "... former Prime Ministers _____ and Chandra Shekhar will be honoured"?',
      peers: ["Tomas Lind", "Ingrid Solheim", "Mara Lind"],
    };
    const veteran = {
      ...candidate("who", "Tomas Lind", "person"),
      sentence: "Party veteran Tomas Lind was honoured.",
    };
    const options = optionsFor(c, [], buildPools([c, veteran]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Tomas Lind");
    expect(options).not.toContain("Ingrid Solheim");
  });
});

describe("08-options: curated sets a sentence's cue picks", () => {
  it.each([
    [
      "an orbit",
      "Lantern",
      "thing:orbit",
      "The craft entered the Lantern orbit around the point.",
      "Geostationary",
    ],
    [
      "a space station",
      "Harbour Station",
      "thing:station",
      "ISRO performed the docking as a step towards setting up the Harbour Station.",
      "International Space Station",
    ],
  ])("08-options: %s is offered its kind", (_label, answer, category, sentence, expected) => {
    const c = { ...candidate("which", answer, category), sentence };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).toContain(expected);
  });
});

describe("08-options: states are not always the same three", () => {
  it("08-options: two state questions draw their options from the whole list, not its first names", () => {
    const a = {
      ...candidate("where", "Kerala", "region:state"),
      prompt: "Which state hosts the Orca wetland?",
    };
    const b = {
      ...candidate("where", "Kerala", "region:state"),
      prompt: "Which state leads the harbour count?",
    };
    const first = optionsFor(a, [], buildPools([a]));
    const second = optionsFor(b, [], buildPools([b]));
    expect(first).toHaveLength(4);
    expect(second).toHaveLength(4);
    expect(new Set([...first, ...second]).size).toBeGreaterThan(4);
  });
});

describe("08-options: a city's options vary with the question", () => {
  it("08-options: not the same three big cities for every city of a country", () => {
    const offered = new Set<string>();
    for (const prompt of [
      "In which city did the fair open?",
      "Which city hosted the summit?",
      "Where was the plant built?",
    ]) {
      const options = optionsFor({ ...candidate("where", "Nagpur", "city"), prompt }, [], buildPools([]));
      expect(options).toContain("Nagpur");
      expect(options).toHaveLength(4);
      for (const o of options) if (o !== "Nagpur") offered.add(o);
    }
    expect(offered.size).toBeGreaterThan(3);
  });
});

describe("08-options: no one who had died is offered for a sitting holder", () => {
  const minister = (prompt: string): Candidate => ({
    ...candidate("who", "Mara Lind", "person:Finance Minister"),
    prompt,
    sentence: "Union Finance Minister Mara Lind presented the budget on Saturday.",
  });

  it("08-options: a sitting minister's options were all alive at the article's date", () => {
    const options = optionsFor(
      minister("Which Finance Minister presented the budget in February 2031?"),
      [],
      buildPools([]),
      2031,
    );
    expect(options).toHaveLength(4);
    expect(options.filter((o) => diedIn(o) !== undefined)).toEqual([]);
  });

  it("08-options: a player in a recent final is offered no one who had retired by then", () => {
    const c = {
      ...candidate("who", "Ola Berg", "person"),
      prompt: "Which sprinter won the 100 metres final at the Tromso Games in 2031?",
      sentence: "Valdorian sprinter Ola Berg won the 100 metres final at the Tromso Games.",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    expect(options).toHaveLength(4);
    expect(options.filter((o) => goneBy(o) !== undefined)).toEqual([]);
  });

  it("08-options: a player in a final long before the article is offered players who had begun and not stopped by then", () => {
    const story = ["Kari Nord", "Erik Holm", "Per Dahl"].map((n) => ({
      ...candidate("who", n, "person"),
      sentence: `Indian batter ${n} scored a fifty in the T20 final in 2031.`,
    }));
    const c = {
      ...candidate("who", "Ola Berg", "person"),
      prompt: "Under whose captaincy had India last won the T20 World Cup in 2005?",
      sentence: "India had last won the T20 World Cup in 2005 under the captaincy of Ola Berg.",
      peers: ["Kari Nord", "Erik Holm", "Per Dahl"],
    };
    const options = optionsFor(c, [], buildPools([c, ...story]), 2031);
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Ola Berg")) {
      expect(debutOf(o)).toBeLessThanOrEqual(2005);
      expect(goneBy(o) ?? 2031).toBeGreaterThanOrEqual(2005);
    }
  });

  it("08-options: a former holder's options may be people who have died", () => {
    const options = optionsFor(
      minister("Which former Finance Minister was honoured in 2031?"),
      [],
      buildPools([]),
      2031,
    );
    expect(options.some((o) => diedIn(o) !== undefined)).toBe(true);
  });
});

describe("options: a share under a hundred per cent", () => {
  it.each([0, 1, 2, 3])("options: '94 per cent' at rank %i is offered no share of 100 or more", (rank) => {
    const options = nearbyNumbers("94 per cent", {}, rank, `s${rank}`);
    expect(options.length).toBeGreaterThanOrEqual(3);
    expect(options.filter((o) => Number.parseFloat(o) >= 100)).toEqual([]);
  });
});

describe("options: athletes of the sport and event the question is about", () => {
  const woman = {
    ...candidate("who", "Ola Berg", "person"),
    prompt: "Who became only the second Indian woman to win a senior world wrestling title?",
    sentence:
      "Ola Berg became only the second Indian woman to win a senior world wrestling title when she beat Kari Nord 6-4 in the women's 57kg freestyle final.",
    surface: "Ola Berg",
  };

  it("options: a woman wrestler in a freestyle final is offered women wrestlers, not swimmers or men", () => {
    const options = optionsFor(woman, [], buildPools([woman])).filter((o) => o !== "Ola Berg");
    expect(options).toHaveLength(3);
    const wrestlers = lexicon().distractors["person:athlete:wrestling:india"] ?? [];
    const women = new Set((peopleData as { women: string[] }).women);
    for (const o of options) {
      expect(wrestlers).toContain(o);
      expect(women.has(o)).toBe(true);
    }
  });

  it("options: a player of a sport with a list of its own is offered no champion of another sport", () => {
    const captain = {
      ...candidate("who", "Ola Berg", "person"),
      prompt: "Which hockey player scored twice in the final?",
      sentence: "Norway's hockey captain Ola Berg scored twice from penalty corners in the final.",
      surface: "Ola Berg",
    };
    const others = ["Novak Djokovic", "Simone Biles", "Eliud Kipchoge", "Usain Bolt"];
    expect(optionsFor(captain, [], buildPools([captain])).filter((o) => others.includes(o))).toEqual([]);
  });
});

describe("options: a badminton story's singles final is badminton's", () => {
  it("storySport: 'singles' and 'the women's singles final' do not make a badminton story tennis", () => {
    expect(
      storySport([
        "Ola Berg became the first Valdorian man to win the badminton world championships.",
        "In the men's singles final, Berg beat Kari Nord 21-17, 21-18.",
        "In the women's singles final, Mara Lind beat Ana Dahl 21-12, 21-18.",
        "In the women's doubles, Valdoria won bronze.",
      ]),
    ).toBe("badminton");
  });

  it("options: a player of a badminton story's singles final is offered no tennis player", () => {
    const c = {
      ...candidate("who", "Mara Lind", "person"),
      prompt: "Who won the women's singles final?",
      sentence:
        "In the women's singles final, Mara Lind beat Ana Dahl 21-12, 21-18 to win her first world title.",
      surface: "Mara Lind",
      noun: "badminton",
    };
    const tennis = new Set([
      ...(lexicon().distractors["person:athlete:tennis-women:world"] ?? []),
      ...(lexicon().distractors["person:athlete:tennis:world"] ?? []),
    ]);
    expect(optionsFor(c, [], buildPools([c])).filter((o) => tennis.has(o))).toEqual([]);
  });
});

describe("08-options: a blank after an indefinite article takes the article all its options take", () => {
  it.each([
    ["8%", "an"],
    ["11", "an"],
    ["18th", "an"],
    ["80", "an"],
    ["11,000", "an"],
    ["Rs 8 crore", "an"],
    ["6.5%", "a"],
    ["1,100", "a"],
    ["180", "a"],
    ["fifth", "a"],
    ["eighth", "an"],
    ["MoU", "an"],
    ["UN", "a"],
    ["Uttar Pradesh", "an"],
    ["one", "a"],
  ])("articleFor: %s takes '%s'", (word, article) => {
    expect(articleFor(word)).toBe(article);
  });

  it("writes 'a' where every option takes it", () => {
    expect(
      withArticle('Which figure fills the blank in "The count shows a(n) _____ increase"?', [
        "6.5%",
        "5.5%",
        "7.5%",
        "9%",
      ]),
    ).toBe('Which figure fills the blank in "The count shows a _____ increase"?');
  });

  it("writes 'an' where every option takes it", () => {
    expect(
      withArticle('Which ordinal fills the blank in "It is a(n) _____ title"?', [
        "eighth",
        "eleventh",
        "18th",
        "80th",
      ]),
    ).toBe('Which ordinal fills the blank in "It is an _____ title"?');
  });

  it("keeps 'a(n)' where the options differ, so the article does not point at the key", () => {
    const prompt = 'Which ordinal fills the blank in "It is a(n) _____ title"?';
    expect(withArticle(prompt, ["fifth", "eighth", "sixth", "ninth"])).toBe(prompt);
  });

  it("printable resolves the article with the options", () => {
    expect(
      printable('Which figure fills the blank in "A(n) _____ rise"?', "6.5%", ["6.5%", "5.5%", "7.5%", "9%"]),
    ).toBe('Which figure fills the blank in "A _____ rise"?');
  });
});

describe("08-options: a sum of a hundred thousand crore or more is written as Indian papers write it", () => {
  it("writes 'lakh crore' where two decimals of a lakh hold it, and lakh grouping otherwise", () => {
    const round = nearbyNumbers("Rs 92,000 crore", {}, 1, "lakh");
    expect(round.filter((o) => /lakh crore$/.test(o)).length).toBeGreaterThan(0);
    expect(round.every((o) => !/\d{3},\d{3} crore/.test(o))).toBe(true);
    const exact = nearbyNumbers("₹91,526 crore", {}, 1, "lakh");
    expect(exact.some((o) => /^₹1,\d\d,\d{3} crore$/.test(o))).toBe(true);
    expect(exact.every((o) => !/\d{3},\d{3} crore/.test(o))).toBe(true);
  });
});

describe("08-options: a person another question puts in a women's event is offered women", () => {
  it("08-options: 'who had won silver at the World Cup?' of a women's champion gets no men", () => {
    const final = {
      ...candidate("who", "Mara Lindqvist", "person"),
      prompt: "Who won the gold medal in the women's 10m air rifle event at the Asian Shooting Championship?",
      sentence:
        "India's Mara Lindqvist won the gold medal in the women's 10m air rifle event at the Asian Shooting Championship.",
    };
    const earlier = {
      ...candidate("who", "Mara Lindqvist", "person"),
      prompt:
        "With reference to the Asian Shooting Championship, who had won silver at the shooting World Cup in Rio?",
      sentence: "Mara Lindqvist had won silver at the shooting World Cup in Rio earlier this year.",
    };
    const options = optionsFor(earlier, [], buildPools([final, earlier]));
    expect(options).toContain("Mara Lindqvist");
    const men = [
      "Sarabjot Singh",
      "Aishwary Pratap Singh Tomar",
      "Anish Bhanwala",
      "Abhinav Bindra",
      "Gagan Narang",
    ];
    expect(options.filter((o) => men.includes(o))).toEqual([]);
  });
});

describe("08-options: a Yojana is offered other schemes of its form", () => {
  it("08-options: 'PM Harbour Vikas Yojana' gets PM ... Yojana options, not Digital or Skill India", () => {
    const c = {
      ...candidate("which", "PM Harbour Vikas Yojana", "thing:scheme"),
      noun: "yojana",
      prompt: "Which scheme did the Union Cabinet approve with an outlay of Rs 900 crore in May 2031?",
      sentence: "The Union Cabinet approved the PM Harbour Vikas Yojana with an outlay of Rs 900 crore.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toContain("PM Harbour Vikas Yojana");
    expect(options).toHaveLength(4);
    for (const o of options) expect(o).toMatch(/\bYojana$/);
  });
});

describe("08-options: a High Court's Chief Justice is offered High Court chiefs", () => {
  it("08-options: 'Justice X is the 52nd Chief Justice of the Y High Court' gets no Chief Justices of India", () => {
    const c = {
      ...candidate("who", "Mara Iyengar", "person:Justice"),
      prompt: "Which Justice is the 52nd Chief Justice of the Tromso High Court?",
      sentence:
        "Justice Mara Iyengar, who was earlier a judge of another High Court, is the 52nd Chief Justice of the Tromso High Court.",
      surface: "Mara Iyengar",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toContain("Mara Iyengar");
    expect(options).toHaveLength(4);
    const cjis = ["N V Ramana", "U U Lalit", "S A Bobde", "Ranjan Gogoi", "D Y Chandrachud", "Dipak Misra"];
    expect(options.filter((o) => cjis.includes(o))).toEqual([]);
  });
});

describe("08-options: an alliance that contests elections is offered political alliances", () => {
  it("08-options: 'the Harbour-led Progressive Alliance won 90 seats' gets no International Solar Alliance", () => {
    const c = {
      ...candidate("which", "Harbour-led Progressive Alliance", "thing:alliance"),
      noun: "alliance",
      prompt: "Which alliance won 90 of the 140 seats in the Valdoria Assembly election in May 2031?",
      sentence:
        "The Harbour-led Progressive Alliance won 90 of the 140 seats in the Valdoria Assembly election.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toContain("Harbour-led Progressive Alliance");
    expect(options).toHaveLength(4);
    expect(options.filter((o) => /Solar|Biofuels|Disaster/.test(o))).toEqual([]);
  });
});

describe("08-options: a side of a hockey match is offered hockey nations", () => {
  it("08-options: the setting's 'Hockey' cues the sport where the sentence does not", () => {
    const c = {
      ...candidate("which", "Netherlands", "country"),
      country: lexicon().country("Netherlands"),
      prompt:
        "With reference to the FIH Hockey Pro League (June 2031), which country finished third after beating Spain 4-2?",
      sentence: "The Netherlands finished third after beating Spain 4-2 in the bronze-medal match.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toContain("Netherlands");
    const hockey = [
      "Netherlands",
      "Belgium",
      "Germany",
      "Australia",
      "India",
      "Argentina",
      "England",
      "Spain",
    ];
    expect(options).toHaveLength(4);
    for (const o of options) expect(hockey).toContain(o);
  });
});

describe("08-options: a men's hockey player is offered no women, a woman's no men", () => {
  it.each([
    ["Captain Ola Singh scored twice from penalty corners in the hockey final.", "Ola Singh", false],
    ["Captain Mara Kaur scored twice from penalty corners in the women's hockey final.", "Mara Kaur", true],
  ])("08-options: %s", (sentence, answer, women) => {
    const c = {
      ...candidate("who", answer, "person:captain"),
      prompt:
        "With reference to the FIH Hockey Pro League (June 2031), which captain scored twice from penalty corners?",
      sentence,
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toContain(answer);
    const womenListed = ["Rani Rampal", "Savita Punia", "Vandana Katariya", "Salima Tete", "Navneet Kaur"];
    const others = options.filter((o) => o !== answer);
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(womenListed.includes(o)).toBe(women);
  });
});

describe("08-options: a pair of countries that leaves out India is offered no pair with India", () => {
  it("08-options: 'satellites from Singapore and Japan' carried by an Indian rocket", () => {
    const c = {
      ...candidate("which", "Singapore and Japan", "country pair"),
      prompt:
        "With reference to EOS-20 (May 2031), from which two countries did the rocket carry three co-passenger satellites?",
      sentence: "The rocket also carried three co-passenger satellites from Singapore and Japan.",
      // The story's other countries: India launched the rocket.
      peers: ["India"],
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toContain("Singapore and Japan");
    expect(options).toHaveLength(4);
    expect(options.filter((o) => /\bIndia\b/.test(o))).toEqual([]);
  });
});

describe("08-options: a city of a state is offered that state's cities", () => {
  const kerala = lexicon().stateCities.Kerala ?? [];

  it("08-options: a listed city gets cities of its own state", () => {
    const c = { ...candidate("where", "Thrissur", "city"), prompt: "In which city did the festival open?" };
    const options = optionsFor(c, [], buildPools([]));
    expect(options).toContain("Thrissur");
    expect(options).toHaveLength(4);
    for (const o of options) expect(kerala).toContain(o);
  });

  it("08-options: a place its sentence puts in a state gets that state's cities", () => {
    const c = {
      ...candidate("where", "Tromsoville", "city"),
      country: lexicon().country("India"),
      prompt: "In which city is the bird sanctuary?",
      sentence: "The sanctuary lies in Tromsoville, Kerala, near the coast.",
    };
    const options = optionsFor(c, [], buildPools([]));
    expect(options).toContain("Tromsoville");
    for (const o of options.filter((x) => x !== "Tromsoville")) expect(kerala).toContain(o);
  });

  it("08-options: a place no list knows, written 'near X in <state>', gets that state's cities", () => {
    const c = {
      ...candidate("where", "Tromsopet", "place"),
      prompt: "The old temple at which place near Kochi in Kerala was listed in July 2031?",
      sentence: "The old temple at Tromsopet near Kochi in Kerala was listed on Saturday.",
    };
    const options = optionsFor(c, [], buildPools([]));
    expect(options).toContain("Tromsopet");
    expect(options).toHaveLength(4);
    for (const o of options.filter((x) => x !== "Tromsopet")) expect(kerala).toContain(o);
  });

  it("08-options: a big city of no listed state is not put in the state its sentence names next", () => {
    const c = {
      ...candidate("where", "New Delhi", "city"),
      prompt: "In which city did she study?",
      sentence: "The exhibition toured New Delhi, Kerala, and then Goa.",
    };
    const options = optionsFor(c, [], buildPools([]));
    expect(options.filter((o) => kerala.includes(o)).length).toBeLessThan(3);
  });
});

describe("08-options: a flag officer is offered the service's past chiefs", () => {
  it("08-options: a Rear Admiral among Navy chiefs, not Army chiefs", () => {
    const c: Candidate = {
      ...candidate("who", "Ola Berg", "person"),
      prompt:
        "With reference to Exercise Tide (March 2033), by which Rear Admiral was the Indian Navy contingent led?",
      sentence: "The Indian Navy contingent was led by Rear Admiral Ola Berg.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    const navy = (peopleData.india.roles as Record<string, string[]>)["Chief of Naval Staff"] ?? [];
    expect(options).toContain("Ola Berg");
    for (const o of options.filter((x) => x !== "Ola Berg")) expect(navy).toContain(o);
  });
});

describe("sameByInitials", () => {
  it.each([
    ["rti act", "right to information act", true],
    ["unhrc", "united nations human rights council", true],
    ["mea", "ministry of external affairs", true],
    ["hr act", "harbour rights act", true],
    ["rti act", "right to information bill", false],
    ["tide act", "tromso industrial development act", false],
    ["harbour act", "harbour rights act", false],
  ])("%s and %s: %s", (a, b, same) => {
    expect(sameByInitials(a, b)).toBe(same);
  });
});

describe("08-options: a criminal law is offered criminal laws", () => {
  it("08-options: the curated criminal-law set fills all three places, not an act of another field", () => {
    const c = {
      ...candidate("which", "Unlawful Activities (Prevention) Act, 1967", "thing:law"),
      prompt: "Under which law did the Valdorian police book the accused in May 2031?",
    };
    const options = optionsFor(c, [], buildPools([c]));
    const criminal = siblingsData.sets.find((s) => s.names.includes(c.answer))?.names ?? [];
    expect(options).toHaveLength(4);
    for (const o of options) expect(criminal).toContain(o);
  });
});

describe("08-options: a bowler's deed is offered bowlers", () => {
  const bowlers = [
    ...(lexicon().distractors["person:cricketer-pacer:india"] ?? []),
    ...(lexicon().distractors["person:cricketer-spinner:india"] ?? []),
  ];
  const cricketer = (prompt: string, sentence: string): Candidate => ({
    ...candidate("who", "Ola Berg", "person"),
    prompt,
    sentence,
  });
  it("08-options: the final over bowled, the batters of the story are not offered", () => {
    const c = cricketer(
      "With reference to the 2031 Polar Cup, who held his nerve in the final over to restrict Nordland to 150 for nine?",
      "Indian all-rounder Ola Berg held his nerve in the final over of the cricket final to restrict Nordland to 150 for nine.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    for (const o of options.filter((o) => o !== c.answer)) expect(bowlers).toContain(o);
  });
  it("08-options: a batter's knock is not offered bowlers only", () => {
    const c = cricketer(
      "With reference to the 2031 Polar Cup, who scored 76 off 59 balls in the final?",
      "Indian batter Ola Berg scored 76 off 59 balls in the cricket final against Nordland.",
    );
    const options = optionsFor(c, [], buildPools([c]));
    expect(options.filter((o) => o !== c.answer).every((o) => bowlers.includes(o))).toBe(false);
  });
});

describe("08-options: a Leader of the Opposition is offered former Leaders of the Opposition", () => {
  it("08-options: three living holders of the office, no sitting minister", () => {
    const c = {
      ...candidate("who", "Ola Berg", "person:Leader of the Opposition"),
      prompt:
        "Who was India's Leader of the Opposition in May 2031, when he asked for a debate on the Harbour Bill?",
      sentence: "Leader of the Opposition Ola Berg said he wanted a debate on the Harbour Bill.",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    const holders = peopleData.india.roles["Leader of the Opposition"];
    expect(options).toHaveLength(4);
    for (const o of options.filter((o) => o !== c.answer)) expect(holders).toContain(o);
  });
});

describe("08-options: an Indian Air Force aircraft is offered the Air Force's own types", () => {
  it("08-options: no foreign type a reader rules out at a glance", () => {
    const c = {
      ...candidate("which", "Tejas", "thing:aircraft"),
      prompt: "Which aircraft did the Indian Air Force fly in the Harbour Shield exercise in May 2031?",
      sentence: "The Indian Air Force flew Tejas jets in the Harbour Shield exercise off Tromso in May 2031.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    const inventory = siblingsData.sets.find(
      (s) => s.category === "aircraft" && s.cue === "Air Force",
    )?.names;
    expect(options).toHaveLength(4);
    for (const o of options) expect(inventory).toContain(o);
  });
});

describe("08-options: an Indian cruise missile is offered the cruise missiles of its lineage first", () => {
  it("08-options: Indian and Russian types before a US one", () => {
    const c = {
      ...candidate("which", "Nirbhay", "thing:weapon"),
      prompt: "Which cruise missile did Valdoria test-fire from Tromso in May 2031?",
      sentence: "Valdoria test-fired the Nirbhay cruise missile from Tromso in May 2031.",
    };
    const options = optionsFor(c, [], buildPools([c]));
    expect(options).toHaveLength(4);
    expect(options).not.toContain("Tomahawk");
  });
});

describe("08-options: no year before a tournament was first held", () => {
  it.each([
    ["In which year had Valdoria last won the T20 World Cup?", 2007],
    ["In which year did Ola Berg first play in the Winter Olympics?", 1924],
    ["In which year did Valdoria sign the Tromso Accord?", undefined],
  ])("08-options: %s", (prompt, first) => {
    expect(firstHeld(prompt)).toBe(first);
  });

  it("08-options: the first edition's year is the lowest option", () => {
    const c = {
      ...candidate("when", "2007", "date:year"),
      prompt: "In which year before 2031 had Valdoria last won the T20 World Cup?",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031);
    expect(options).toHaveLength(4);
    for (const o of options) expect(Number(o)).toBeGreaterThanOrEqual(2007);
  });
});

describe("08-options: a member of a grouping the sentence names is offered its fellow members", () => {
  const members = (answer: string, sentence: string) =>
    fellowMembers({ answer, sentence, prompt: "Which country fills the blank?" });

  it.each([
    [
      "the G7 by its short name",
      "Japan",
      "Holding the G7 summit in _____ was the host's last chance.",
      ["US", "Germany", "Canada"],
    ],
    [
      "SAARC by its full name",
      "Nepal",
      "The South Asian Association for Regional Cooperation met in _____.",
      ["India", "Pakistan"],
    ],
    ["no grouping named", "Japan", "The summit was held in _____.", []],
    ["a country no member of the grouping named", "Chile", "The G7 met in _____.", []],
  ])("08-options: %s", (_case, answer, sentence, expected) => {
    const names = members(answer, sentence).map((n) => lexicon().country(n)?.code);
    for (const e of expected) expect(names).toContain(lexicon().country(e)?.code);
    if (expected.length === 0) expect(names).toEqual([]);
    expect(names).not.toContain(lexicon().country(answer)?.code);
  });

  it("08-options: a BIMSTEC host is offered the other members, not its neighbours", () => {
    const c = {
      ...candidate("where", "Nepal", "country"),
      prompt: 'Which country fills the blank in "The BIMSTEC leaders met in _____ in May 2031"?',
      sentence: "The BIMSTEC leaders met in Nepal in May 2031.",
    };
    const options = (optionsFor(c, [], buildPools([c])) ?? []).map((o) => lexicon().country(o)?.code);
    expect(options).toContain("NP");
    for (const code of options) expect(["BD", "BT", "IN", "MM", "NP", "LK", "TH"]).toContain(code);
  });
});

describe("08-options: a question about a past year is offered the office's holders of that time", () => {
  it.each([
    ["within a term", "Lal Bahadur Shastri", 1965, 0],
    ["before the first term", "Rajiv Gandhi", 1980, 4],
    ["after the last term", "Morarji Desai", 1985, 6],
    ["no term data", "Ola Berg", 1980, undefined],
  ])("08-options: %s", (_case, name, year, expected) => {
    expect(yearsFromTerm("Prime Minister", name, year)).toBe(expected);
  });

  it("08-options: 'launched in 1962 by whose government?' is offered the Prime Ministers of the 1960s and 1970s", () => {
    const c = {
      ...candidate("who", "Jawaharlal Nehru", "person:Prime Minister"),
      prompt: "The Harbour Scheme was launched in 1962 by which Prime Minister's government?",
      sentence:
        "The Harbour Scheme was launched in 1962 by the government of Prime Minister Jawaharlal Nehru.",
    };
    const options = optionsFor(c, [], buildPools([c]), 2031) ?? [];
    expect(options).toHaveLength(4);
    for (const o of options) expect(yearsFromTerm("Prime Minister", o, 1962)).toBeLessThanOrEqual(15);
  });
});
