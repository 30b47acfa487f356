import { normKey } from "@/questions";
import { annotate } from "@/questions/pipeline/04-sentences";
import { type Candidate, extractStoryFacts } from "@/questions/pipeline/06-facts";
import { compiled } from "@/questions/pipeline/facts/families/patterns";

/** The article date the sentences are read against: Thursday 7 March 2024. */
const REFERENCE = new Date(Date.UTC(2024, 2, 7, 12));

function factsOf(text: string): Candidate[] {
  return extractStoryFacts([{ id: "a1", sentences: annotate([text]), reference: REFERENCE, dated: true }]);
}

interface Expected {
  kind: Candidate["kind"];
  answer: string;
  /** What the prompt must contain (role, country, event, time). */
  prompt: (string | RegExp)[];
  aliases?: string[];
}

describe("06-facts: each fact an examiner would ask becomes a candidate question", () => {
  const rows: [string, string, Expected][] = [
    [
      "role holder with a demonym",
      "Norwegian Foreign Minister Ingrid Solheim met her Kenyan counterpart Daniel Kiprono on the sidelines of the East Africa Maritime Summit in Nairobi, Kenya on Thursday.",
      {
        kind: "who",
        answer: "Ingrid Solheim",
        prompt: ["Who", "Norway's", "Foreign Minister", "March 2024"],
        aliases: ["Solheim"],
      },
    ],
    [
      // The wording is either "Kenya's Foreign Minister, whom Ingrid Solheim met" or "Ingrid Solheim's Kenyan counterpart".
      "counterpart: the demonym's country and the protagonist's role or name",
      "Norwegian Foreign Minister Ingrid Solheim met her Kenyan counterpart Daniel Kiprono on the sidelines of the East Africa Maritime Summit in Nairobi, Kenya on Thursday.",
      {
        kind: "who",
        answer: "Daniel Kiprono",
        prompt: [
          "Who",
          /Kenya's Foreign Minister|Ingrid Solheim's Kenyan counterpart/,
          "Ingrid Solheim",
          "East Africa Maritime Summit",
        ],
        aliases: ["Kiprono"],
      },
    ],
    [
      "Minister of Defence of Country, rank Name",
      "The Minister of Defence of Chile, Gen Rodrigo Alvarado, met Argentine Defence Minister Lucia Ferraro in Buenos Aires on Monday.",
      {
        kind: "who",
        answer: "Rodrigo Alvarado",
        prompt: ["Who", "Chile's", "Defence Minister"],
        aliases: ["Alvarado", "Gen Rodrigo Alvarado"],
      },
    ],
    [
      "second holder in the same sentence",
      "The Minister of Defence of Chile, Gen Rodrigo Alvarado, met Argentine Defence Minister Lucia Ferraro in Buenos Aires on Monday.",
      {
        kind: "who",
        answer: "Lucia Ferraro",
        prompt: ["Who", "Argentina's", "Defence Minister"],
        aliases: ["Ferraro"],
      },
    ],
    [
      "Country's role Name",
      "Peru's Finance Minister Julio Paredes said exports grew by 7.5% last year.",
      {
        kind: "who",
        answer: "Julio Paredes",
        prompt: ["Who", "Peru's", "Finance Minister"],
        aliases: ["Paredes"],
      },
    ],
    [
      "appointment to an institution",
      "Amara Osei has been appointed as the new Governor of the Bank of Ghana.",
      { kind: "who", answer: "Amara Osei", prompt: ["Who", "Governor", "Bank of Ghana"], aliases: ["Osei"] },
    ],
    [
      "venue of a summit",
      "Norwegian Foreign Minister Ingrid Solheim met her Kenyan counterpart Daniel Kiprono on the sidelines of the East Africa Maritime Summit in Nairobi, Kenya on Thursday.",
      {
        kind: "where",
        answer: "Nairobi",
        prompt: ["city", "hosted", "East Africa Maritime Summit"],
        aliases: ["Nairobi, Kenya"],
      },
    ],
    [
      "venue of a conference held in a city",
      "The ministers attended the Pacific Ocean Conference held in Suva, Fiji.",
      { kind: "where", answer: "Suva", prompt: ["city", "hosted", "Pacific Ocean Conference"] },
    ],
    [
      "place of an earthquake",
      "A strong earthquake in Valdoria destroyed 40 houses on Monday.",
      { kind: "where", answer: "Valdoria", prompt: ["Where", "earthquake"] },
    ],
    [
      "margin of a final's result",
      "Valdoria beat Ruritania in a last-over thriller to clinch the 2031 Harbour Cup title with a seven-run win in the final on Saturday.",
      {
        kind: "how_many",
        answer: "7 runs",
        prompt: ["By how many runs did Valdoria beat Ruritania", "final", "2031 Harbour Cup"],
        aliases: ["seven runs"],
      },
    ],
    [
      "value of a deal",
      "Brazil and Japan signed a $2.1 billion deal for a weather satellite in 2019.",
      {
        kind: "how_many",
        answer: "$2.1 billion",
        prompt: ["value", "deal", "weather satellite"],
        aliases: ["2.1 billion"],
      },
    ],
    [
      "count with a unit",
      "A strong earthquake in Valdoria destroyed 40 houses on Monday.",
      { kind: "how_many", answer: "40", prompt: ["How many houses", "Valdoria"], aliases: ["40 houses"] },
    ],
    [
      "percentage",
      "Peru's Finance Minister Julio Paredes said exports grew by 7.5% last year.",
      { kind: "how_many", answer: "7.5%", prompt: ["percentage", "exports"] },
    ],
    [
      "year of a deal",
      "Brazil and Japan signed a $2.1 billion deal for a weather satellite in 2019.",
      { kind: "when", answer: "2019", prompt: ["which year", "Brazil and Japan", "deal"] },
    ],
    [
      "month with last year",
      "Kenya bought four patrol boats from Norway in October last year.",
      {
        kind: "when",
        answer: "October 2023",
        prompt: ["which month and year", "Kenya", "patrol boats"],
        aliases: ["Oct 2023"],
      },
    ],
    [
      "a weekday is the last such day before the article date",
      "A strong earthquake in Valdoria destroyed 40 houses on Monday.",
      { kind: "when", answer: "4 March 2024", prompt: ["which date", "earthquake"] },
    ],
    [
      "a named operation",
      "Operation Coral Shield was launched by the Philippine Navy in 2022.",
      {
        kind: "which",
        answer: "Operation Coral Shield",
        prompt: ["Which operation", "Philippine Navy"],
        aliases: ["Coral Shield"],
      },
    ],
    [
      "a thing with an appositive definition",
      "The Aurora-7 satellite, a weather probe built by both countries, was launched in 2021.",
      { kind: "which", answer: "Aurora-7", prompt: ["Which satellite", "weather probe"] },
    ],
    // Known wrong, kept out of the assertions (see report):
    // "Brazil and Japan signed a $2.1 billion deal ..." -> value prompt says "the deal that Japan signed", dropping Brazil.
    // "Vietnam joined the Mekong River Compact, a regional body for water sharing, in 2012." -> "In which year did a regional body for water share?"
    // "The Aurora-7 satellite, a weather probe built by both countries, was launched in 2021." -> "In which year did a weather probe build by both countries, was launched?"
    // "Kenya bought four patrol boats from Norway ..." -> no how_many question: a two-word unit ("patrol boats") is not read.
  ];
  it.each(rows)("06-facts: %s", (_label, text, expected) => {
    const facts = factsOf(text);
    const match = facts.find((c) => c.kind === expected.kind && c.answer === expected.answer);
    expect(match).toBeDefined();
    for (const part of expected.prompt) expect(match?.prompt).toMatch(part);
    for (const alias of expected.aliases ?? []) expect(match?.aliases).toContain(alias);
    expect(match?.prompt.endsWith("?")).toBe(true);
    expect(normKey(match?.prompt ?? "")).not.toContain(normKey(expected.answer));
    expect(match?.sentence).toBe(annotate([text])[0]?.text);
  });
});

describe("06-facts: a count's unit is its noun, not the preposition after it", () => {
  it.each([
    ["The census counted 4,812 tigers across the country's reserves in 2030.", "how many tigers did"],
    ["The survey found 640 owls towards the northern border.", "how many owls did"],
  ])("06-facts: %s", (text, opening) => {
    const counts = factsOf(text).filter((c) => c.kind === "how_many");
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) expect(c.prompt.toLowerCase()).toContain(opening);
  });
});

describe("06-facts: a sum is keyed with its lakh or crore", () => {
  it.each([
    ["The Harbour Association announced ₹65 lakh for the gold medal.", "₹65 lakh"],
    ["The council approved ₹2,350-crore for the new docks.", "₹2,350 crore"],
  ])("06-facts: %s", (text, answer) => {
    const sums = factsOf(text).filter((c) => c.category === "money" && !c.mention);
    expect(sums.map((c) => c.answer)).toEqual([answer]);
    for (const c of sums) expect(c.prompt).not.toMatch(/\b(?:lakh|crore)\b/);
  });
});

describe("06-facts: a deal's value is asked by the deal, without the aside after it", () => {
  it("06-facts: 'Valdoria on Wednesday signed a deal' asks the deal Valdoria signed, not one a weekday signed", () => {
    const facts = factsOf(
      "Valdoria on Wednesday signed a $450 million deal to buy harbour cranes from Nordland.",
    );
    const prompt = facts.find((c) => c.answer === "$450 million")?.prompt ?? "";
    expect(prompt).not.toMatch(/that Wednesday/);
  });

  it("06-facts: 'signed a $2.43 billion deal ..., a state-of-the-art system' asks the value of the deal", () => {
    const facts = factsOf(
      "Valdoria signed a $2.43 billion deal with Nordland in 2028 for five squadrons of the Orca missile system, a state-of-the-art air defence system.",
    );
    expect(facts.find((c) => c.answer === "$2.43 billion")?.prompt).toBe(
      "What was the value of the deal that Valdoria signed with Nordland in 2028 for five squadrons of the Orca missile system?",
    );
  });
});

describe("06-facts: a share is asked with what it is a share of", () => {
  it("06-facts: 'won with 54.3 per cent of the vote' asks 'With what percentage of the vote ...?'", () => {
    const facts = factsOf(
      "Mara Lind won Valdoria's presidential election with 54.3 per cent of the vote on Sunday.",
    );
    const share = facts.find((c) => c.answer === "54.3 per cent");
    expect(share?.prompt).toMatch(/^With what percentage of the vote did Mara Lind win/);
    expect(share?.prompt).not.toMatch(/election of the vote/);
  });
});

describe("06-facts: a vote's tally", () => {
  it.each([
    [
      "'with 301 members voting in favour and 142 against', without the bill's aim",
      "The Harbour Council passed the Coastal Shipping Bill, which seeks to replace the old Ports Act, with 301 members voting in favour and 142 against.",
      "301",
      "142",
    ],
    [
      "'after a division in which 318 members voted in favour and 201 against'",
      "The Harbour Council passed the Coastal Shipping Bill after a division in which 318 members voted in favour and 201 against.",
      "318",
      "201",
    ],
  ])("06-facts: %s asks both halves", (_label, sentence, yes, no) => {
    const facts = factsOf(sentence);
    expect(facts.find((c) => c.answer === yes)?.prompt).toBe(
      "How many members voted in favour when the Harbour Council passed the Coastal Shipping Bill?",
    );
    expect(facts.find((c) => c.answer === no)?.prompt).toBe(
      "How many members voted against when the Harbour Council passed the Coastal Shipping Bill?",
    );
  });
});

describe("06-facts: a percentage is asked of the clause that holds it", () => {
  it("06-facts: 'X said the A rate stays at P1 and the B rate at P2' is not fronted past 'said' and the second rate", () => {
    const facts = factsOf(
      "Kari Nord said the standing deposit rate stays at 4.25 per cent and the marginal lending rate at 4.75 per cent.",
    );
    for (const c of facts.filter((x) => x.category === "percent"))
      expect(c.prompt).not.toMatch(/\bsay\b|and the marginal lending rate at/);
  });
});

describe("06-facts: an incident is named by its own words, not a phrase around it", () => {
  it("06-facts: 'no mention of the terrorist attack in Tromso' asks no 'Where did the mention ... take place?'", () => {
    const prompts = factsOf(
      "Valdoria did not sign the joint document, as there was no mention of the terrorist attack in Tromso.",
    ).map((c) => c.prompt);
    expect(prompts.filter((p) => /\bmention\b.*\btake place\b/.test(p))).toEqual([]);
  });
  it("06-facts: 'the terrorist attack in Tromso' is still asked where it took place", () => {
    const prompts = factsOf("Twelve tourists were killed in the terrorist attack in Tromso on 23 April.").map(
      (c) => c.prompt,
    );
    expect(prompts.some((p) => /^Where did the terrorist attack\b/.test(p))).toBe(true);
    // The day the sentence gives dates it; the article's own month (March 2024) would be wrong for it.
    expect(prompts).toContain("Where did the terrorist attack of 23 April 2023 take place?");
    expect(prompts.filter((p) => /March 2024/.test(p))).toEqual([]);
  });
  it("06-facts: a dated incident is asked without the region its options are not drawn from", () => {
    const prompts = factsOf(
      "Twelve tourists were killed in the terror attack in Nordland's Tromso on 23 April.",
    ).map((c) => c.prompt);
    expect(prompts).toContain("Where did the terror attack of 23 April 2023 take place?");
    expect(prompts.filter((p) => /^Where in Nordland\b/.test(p))).toEqual([]);
  });
});

describe("06-facts: sentences without an askable fact give none", () => {
  const rows: [string, string][] = [
    ["opinion", "The ministers said the talks were useful and friendly."],
    ["no names, numbers or dates", "Crews worked all night on the docks to clear the debris."],
  ];
  it.each(rows)("06-facts: %s", (_label, text) => {
    expect(factsOf(text)).toEqual([]);
  });
});

describe("06-facts: an undated article asks no day-level date", () => {
  it("06-facts: undated 'on Monday' gives no when-question", () => {
    const facts = extractStoryFacts([
      {
        id: "a1",
        sentences: annotate(["A strong earthquake in Valdoria destroyed 40 houses on Monday."]),
        reference: REFERENCE,
        dated: false,
      },
    ]);
    expect(facts.filter((c) => c.kind === "when")).toEqual([]);
    expect(facts.some((c) => /March 2024/.test(c.prompt))).toBe(false);
  });
});

describe("06-facts: 'she' in a question is the person the text says it is", () => {
  it("06-facts: a pronoun is read from the sentence before, never guessed from the story's main person", () => {
    const texts = [
      "Valdorian Foreign Secretary Ola Berg opened the briefing on Operation Tide in Tromso on Wednesday.",
      'Colonel Mara Lind said, "The targets were chosen on credible intelligence."',
      "She also announced that nine pirate camps were destroyed in the raids.",
    ];
    const facts = extractStoryFacts([
      { id: "a", sentences: annotate(texts), reference: REFERENCE, dated: true },
    ]);
    for (const c of facts.filter((f) => f.sentence.startsWith("She")))
      expect(c.prompt).not.toMatch(/Ola Berg/);
  });
});

describe("06-facts: a word of a minister's portfolio is no name", () => {
  it("06-facts: 'Minister of Environment, Forest and Climate Change X' holds no minister called Forest", () => {
    const facts = factsOf(
      "Union Minister of Environment, Forest and Climate Change Ola Berg said India added four wetlands to its list, and India now has 64 sites.",
    );
    expect(facts.map((f) => f.answer)).not.toContain("Forest");
  });
});

describe("06-facts: who held an office, as the text says it", () => {
  const who = (text: string, answer: string) =>
    factsOf(text).filter((c) => c.kind === "who" && c.answer === answer);

  it("06-facts: a holder the text calls former is not asked as the office's holder", () => {
    expect(
      who("The Centre announced the award for former Odisha CM Ola Berg and the poet Mara Lind.", "Ola Berg"),
    ).toEqual([]);
  });

  it("06-facts: a city before the comma is no name ('in Pune, Union Home Minister X said')", () => {
    const facts = extractStoryFacts([
      {
        id: "a1",
        sentences: annotate([
          "The first case under India's new laws was registered in Pune, Union Home Minister Ola Berg said on Monday.",
          "India will now have the most modern system, he said.",
        ]),
        reference: REFERENCE,
        dated: true,
      },
    ]);
    const who = facts.filter((f) => f.kind === "who").map((f) => f.answer);
    expect(who).toContain("Ola Berg");
    expect(who).not.toContain("Pune");
  });

  it("06-facts: a curated holder of India's office is India's, whatever country the story names most", () => {
    const facts = extractStoryFacts([
      {
        id: "a1",
        sentences: annotate([
          "India's Foreign Secretary Ola Berg briefed reporters on the strikes in Nepal on Monday.",
          "Nepal said the strikes in Nepal hit nine sites near the border.",
          "The operation was named by Prime Minister Manmohan Singh.",
        ]),
        reference: REFERENCE,
        dated: true,
      },
    ]);
    expect(facts.find((f) => f.answer === "Manmohan Singh" && f.kind === "who")?.prompt).toMatch(
      /India's Prime Minister/,
    );
  });
});

describe("06-facts: an office's body is a body", () => {
  it("06-facts: a Governor is not given the payments system the story names most as his organisation", () => {
    const facts = extractStoryFacts([
      {
        id: "a1",
        sentences: annotate([
          "Valdoria launched the Harbour Payments Interface (HPI) services on Monday.",
          "HPI will link banks across the region.",
          "Governor Ola Berg said HPI would grow.",
        ]),
        reference: REFERENCE,
        dated: true,
      },
    ]);
    expect(facts.some((f) => /Governor of the Harbour Payments Interface/.test(f.prompt))).toBe(false);
  });

  it("06-facts: 'Reserve Bank of India Governor, X,' names the bank in full", () => {
    const facts = factsOf(
      "Reserve Bank of India Governor, Ola Berg, and the Bank of Valdoria Governor were also present on the occasion.",
    );
    expect(facts.find((f) => f.answer === "Ola Berg")?.prompt).toMatch(
      /Governor of the Reserve Bank of India/,
    );
  });
});

describe("06-facts: a holder's question says only what the holder's sentence says", () => {
  const story = (texts: string[]) =>
    extractStoryFacts([{ id: "a1", sentences: annotate(texts), reference: REFERENCE, dated: true }]);

  it("06-facts: the story's event is named only for a holder whose sentence names it", () => {
    const facts = story([
      "Norway's Prime Minister Ola Berg opened the Nordic Fisheries Forum in Tromso on Monday.",
      "The Nordic Fisheries Forum ended on Tuesday.",
      "Chile's President Mara Lind spoke to reporters in Lima.",
    ]);
    const lind = facts.find((f) => f.answer === "Mara Lind");
    expect(lind?.prompt).toMatch(/Chile's President/);
    expect(lind?.prompt).not.toMatch(/Forum/);
  });

  it("06-facts: 'US President X' is 'the President of the United States'", () => {
    const facts = story(["The talks were held in Oslo, the hometown of US President Ola Berg, on Monday."]);
    expect(facts.find((f) => f.answer === "Ola Berg")?.prompt).toMatch(/the President of the United States/);
  });

  it("06-facts: 'with X and Australian Prime Minister Y': the demonym starts Y's role", () => {
    const facts = story([
      "Ola Berg attended the talks together with Lind and Australian Prime Minister Mara Kent in Oslo.",
    ]);
    expect(facts.find((f) => f.answer === "Mara Kent")?.prompt).toMatch(/Australia's Prime Minister/);
    expect(facts.some((f) => /Lind and Australian/.test(f.prompt))).toBe(false);
  });

  it("06-facts: a team's captain is not asked without the event", () => {
    const facts = story(["Indian captain Ola Berg said the team was ready for the tour."]);
    expect(facts.filter((f) => f.answer === "Ola Berg" && f.kind === "who")).toEqual([]);
  });
});

describe("06-facts: an undated article's news month dates its holders", () => {
  const undated = (texts: string[]) =>
    extractStoryFacts([
      { id: "a1", sentences: annotate(texts), reference: REFERENCE, dated: false, month: "September 2031" },
    ]);

  it("06-facts: a holder is asked in the month the lead's news happened", () => {
    const facts = undated([
      "The fourth Harbour summit was held in Oslo on September 14, 2031.",
      "Norway's Prime Minister Ola Berg hosted the leaders.",
    ]);
    expect(facts.find((f) => f.answer === "Ola Berg")?.prompt).toBe(
      "Who was Norway's Prime Minister in September 2031?",
    );
  });

  it("06-facts: not where the holder's sentence names another year", () => {
    const facts = undated([
      "The fourth Harbour summit was held in Oslo on September 14, 2031.",
      "In 2019, Norway's Prime Minister Ola Berg hosted the first one.",
    ]);
    expect(facts.find((f) => f.answer === "Ola Berg")?.prompt ?? "").not.toMatch(/September 2031/);
  });
});

describe("06-facts: an office as the text writes it in full", () => {
  const story = (texts: string[]) =>
    extractStoryFacts([{ id: "a1", sentences: annotate(texts), reference: REFERENCE, dated: true }]);

  it("06-facts: 'Minister of Environment, Forest and Climate Change X' is the Environment Minister X", () => {
    const facts = story([
      "Union Minister of Environment, Forest and Climate Change Ola Berg said India has added three sites.",
      "India now has 64 sites.",
    ]);
    expect(facts.find((f) => f.answer === "Ola Berg")?.prompt).toBe(
      "Who was India's Environment Minister in March 2024?",
    );
  });

  it("06-facts: 'Union Minister X' named later with a portfolio holds that portfolio", () => {
    const facts = story([
      "Space docking: the agency achieved the unbelievable, says Union Minister Ola Berg",
      "Science and Technology Minister Ola Berg on Thursday congratulated the agency's scientists.",
      "India was pleased.",
    ]);
    expect(facts.find((f) => f.answer === "Ola Berg" && f.kind === "who")?.prompt).toMatch(
      /Science and Technology Minister/,
    );
  });

  it("06-facts: 'Bank of Valdoria Governor, X,' governs the bank named with its 'of'", () => {
    const facts = story([
      "Bank of Valdoria Governor, Mara Lind, and Central Bank of Chile Governor, Tomas Kent, were also present.",
    ]);
    expect(facts.find((f) => f.answer === "Mara Lind")?.prompt).toMatch(/Governor of the Bank of Valdoria/);
    expect(facts.find((f) => f.answer === "Tomas Kent")?.prompt).toMatch(
      /Governor of the Central Bank of Chile/,
    );
  });

  it("06-facts: a name before an office that titles the next name holds no office ('under Operation Tide, Minister E Holm said')", () => {
    const text =
      "India sent relief under Operation Tide, External Affairs Minister E Holm said on Wednesday.";
    const names = [...text.matchAll(compiled().appositiveHolder)].map((m) => m.groups?.name);
    expect(names).not.toContain("Operation Tide");
    // A count's noun keeps no preposition: "How many tonnes of relief to did ...".
    expect(
      story(["India sent 25 tonnes of relief to Valdoria under Operation Tide on Monday."]).find(
        (f) => f.answer === "25",
      )?.prompt,
    ).toBe("How many tonnes of relief did India send to Valdoria under Operation Tide on Monday?");
    // An "of" phrase the unit cannot take whole leaves the figure to the generic path.
    expect(
      story(["The Valdorian Army is represented by 90 soldiers of its 3rd Mountain Brigade."]).filter((f) =>
        /soldiers of its is|represented of its/.test(f.prompt),
      ),
    ).toEqual([]);
  });

  it("06-facts: a word that says when an office was held is no part of it, and an unknown owner is not the home country", () => {
    const facts = story([
      "Outgoing Chief Minister Ola Berg submitted his resignation in Bhopal on Sunday.",
      "Former Union Minister Kari Nord attended the Lok Sabha session.",
      "Valdoria's Foreign Minister Mara Lind was elected President of the Harbour Assembly, India said.",
      "India's Foreign Minister Erik Holm welcomed the result in the Lok Sabha.",
    ]);
    const prompts = facts.map((f) => f.prompt);
    expect(prompts.some((p) => /Outgoing Chief Minister|Former Union Minister/.test(p))).toBe(false);
    expect(
      prompts.some(
        (p) =>
          /India's (?:Foreign|External Affairs) Minister/.test(p) &&
          /Mara Lind/.test(facts[prompts.indexOf(p)]?.answer ?? ""),
      ),
    ).toBe(false);
    // India's Foreign Minister is asked by the office's Indian name.
    expect(facts.find((f) => f.answer === "Erik Holm")?.prompt).toMatch(/India's External Affairs Minister/);
  });

  it("06-facts: 'Japanese Prime X' with 'Minister' dropped still names Japan's Prime Minister", () => {
    const facts = story([
      "The meeting was the last gathering to include outgoing Norwegian Prime Ola Berg and his cabinet.",
      "Australian Prime Minister Mara Lind attended too.",
    ]);
    expect(facts.find((f) => f.answer === "Ola Berg")?.prompt).toMatch(/Norway's Prime Minister/);
    expect(facts.find((f) => f.answer === "Mara Lind")?.prompt).toMatch(/Australia's Prime Minister/);
  });

  it("06-facts: 'Norwegian Harbour Committee Chair X' chairs the committee", () => {
    const facts = story([
      "Norwegian Harbour Committee Chair Ola Berg said the prize was given to the group.",
    ]);
    expect(facts.find((f) => f.answer === "Ola Berg")?.prompt).toMatch(
      /Chairman of the Norwegian Harbour Committee/,
    );
  });
});

describe("06-facts: a list of office holders", () => {
  it("06-facts: 'the PM, Union Home Minister X and Leader of the Opposition Y': each holds their own office", () => {
    const facts = extractStoryFacts([
      {
        id: "a1",
        sentences: annotate([
          "Besides the PM, Union Home Minister Ola Berg and Leader of the Opposition Mara Lind are on the panel.",
          "India's Lok Sabha will meet on Monday.",
        ]),
        reference: REFERENCE,
        dated: true,
      },
    ]);
    const who = new Map(facts.filter((f) => f.kind === "who").map((f) => [f.answer, f.prompt]));
    expect(who.get("Ola Berg")).toMatch(/Home Minister/);
    expect(who.get("Mara Lind")).toMatch(/Leader of the Opposition/);
    expect([...who.keys()].some((k) => /Minister/.test(k))).toBe(false);
  });
});

describe("06-facts: a presiding officer presides over the House the story reports", () => {
  it("06-facts: 'Chairman X' in a report of the Rajya Sabha's sitting is the Chairman of the Rajya Sabha", () => {
    const facts = extractStoryFacts([
      {
        id: "a1",
        sentences: annotate([
          "The Rajya Sabha passed the Harbour Bill after a long debate on Thursday.",
          "The Rajya Sabha sat for 17 hours.",
          "Before adjourning the proceedings, Chairman Ola Berg said it was a rare occasion.",
        ]),
        reference: REFERENCE,
        dated: true,
      },
    ]);
    expect(facts.find((f) => f.answer === "Ola Berg")?.prompt).toBe(
      "Who was the Chairman of the Rajya Sabha in March 2024?",
    );
  });
});

describe("06-facts: a winner is asked what the sentence says was won, when it says", () => {
  const SENTENCE =
    "Ola Berg won two gold medals at the Harbour Shooting Championship in Tromso earlier this year, while Mara Lind won the women's 400m T20 gold at the Nordic Para Athletics Championships.";

  it("06-facts: a count of medals takes no 'the', a full stop is no part of a name, and 'earlier this year' is no month of the article's", () => {
    const prompts = factsOf(SENTENCE)
      .filter((c) => c.category === "person:winner" || c.category === "city")
      .map((c) => c.prompt);
    expect(prompts).toEqual(
      expect.arrayContaining([
        "Who won two gold medals at the Harbour Shooting Championship in Tromso?",
        "Who won the women's 400m T20 gold at the Nordic Para Athletics Championships?",
      ]),
    );
    for (const p of prompts) expect(p).not.toMatch(/March 2024|\.\s|\bthe two\b/);
  });

  it("06-facts: a win of another year is not dated with the article's month", () => {
    const prompts = factsOf("Mara Lind won the women's singles title at the Harbour Open in 2021.")
      .filter((c) => c.category === "person:winner")
      .map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p).not.toMatch(/March 2024/);
  });
});

describe("06-facts: a name a story gave a class elsewhere", () => {
  it("06-facts: 'The Orca-Prime is a new-generation missile ...' keys 'Orca-Prime', never 'The Orca-Prime'", () => {
    const facts = extractStoryFacts([
      {
        id: "a1",
        sentences: annotate([
          "The Harbour Agency flight-tested the Orca-Prime missile.",
          "The Orca-Prime is a new-generation missile that will replace the Orca-I.",
        ]),
        reference: REFERENCE,
        dated: true,
      },
    ]);
    const answers = facts.filter((c) => /Orca-Prime/.test(c.answer)).map((c) => c.answer);
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) expect(a).toBe("Orca-Prime");
  });
});

describe("06-facts: a class noun that qualifies an office or a body names no thing", () => {
  const answersOf = (sentences: string[]) =>
    extractStoryFacts([{ id: "a1", sentences: annotate(sentences), reference: REFERENCE, dated: true }]).map(
      (c) => c.answer,
    );

  it("06-facts: 'Mission Director M. Rao' is a person's office, not a mission named 'Mission Director M'", () => {
    const answers = answersOf([
      "The Harbour Space Agency launched the Orca-5 satellite from Tromso on Monday.",
      "Mission Director M. Kari Nord said the satellite was the first of four Orca spacecraft.",
      "Mission Nordland, a farm scheme, got Rs 200 crore.",
    ]);
    expect(answers.filter((a) => /^Mission Director/.test(a))).toEqual([]);
  });

  it("06-facts: 'the Akademi award' beside 'the Akademi announced' keys no award 'Akademi'", () => {
    const answers = answersOf([
      "Poet Kari Nord is among 24 writers chosen for the Harbour Akademi Awards 2031, the Akademi announced on Thursday.",
      "The Akademi also gives the Bhasha Puraskar and separate awards for translation and young writers.",
      "Nord is the third woman in five years to win the Akademi award in English.",
    ]);
    expect(answers).not.toContain("Akademi");
  });
});

describe("06-facts: an office of a country the data does not know", () => {
  it("06-facts: 'Valdorian Trade Minister X' is never asked as the home country's", () => {
    const facts = extractStoryFacts([
      {
        id: "a1",
        sentences: annotate([
          "India and Valdoria on Wednesday signed a free trade agreement that will eliminate tariffs on 96 per cent of goods.",
          "The agreement was signed in New Delhi by Commerce Minister Piyush Goyal and Valdorian Trade Minister Per Lund in the presence of Prime Minister Narendra Modi and Valdorian Prime Minister Ola Berg.",
          "Bilateral trade between the two countries stood at $21.3 billion in 2030-31.",
          "The agreement will come into force on April 1 next year after ratification by both countries.",
          "Valdoria is India's 14th largest trading partner.",
        ]),
        reference: REFERENCE,
        dated: true,
      },
    ]);
    for (const c of facts) expect(c.prompt).not.toMatch(/India's Valdorian/);
    expect(facts.some((c) => c.answer === "Narendra Modi")).toBe(true);
    expect(facts.some((c) => c.answer === "Per Lund" || c.answer === "Ola Berg")).toBe(false);
  });
});

describe("06-facts: a hedged figure", () => {
  it("06-facts: 'at about 0.65 per cent of GDP' keys 0.65 per cent, not 'about 0.65 per cent'", () => {
    const facts = factsOf(
      "Valdoria's spending on research stands at about 0.65 per cent of GDP, well below the average.",
    );
    const figure = facts.find((c) => c.category === "percent");
    expect(figure?.answer).toBe("0.65 per cent");
  });
});

describe("06-facts: a holder named at another year's edition", () => {
  it("06-facts: 'President X was the chief guest at the 2025 Harbour Day' asks who was President in 2025, not in the article's month", () => {
    const facts = factsOf(
      "Norwegian President Ola Berg was the chief guest at the 2022 Harbour Day celebrations.",
    );
    const holder = facts.find((c) => c.answer === "Ola Berg");
    expect(holder?.prompt).toMatch(/ in 2022\?$/);
  });
});

describe("winners: whom the winner beat on the way to a title", () => {
  it("winners: 'became champion after defeating Grandmaster Y 7.5-5.5 in the Z match' asks whom", () => {
    const prompts = factsOf(
      "Nordic Grandmaster Ola Berg became the youngest world chess champion after defeating Valdorian Grandmaster Kari Nord 7.5-5.5 in the Harbour Championship match on Thursday.",
    ).map((c) => `${c.prompt} => ${c.answer}`);
    expect(prompts).toContain(
      "Whom did Ola Berg defeat in the Harbour Championship match in March 2024? => Kari Nord",
    );
  });
});

describe("winners: a titled work that won a prize", () => {
  it("winners: asks which novel won, by what its maker is, and who wrote it", () => {
    const asked = factsOf(
      'TROMSO (AP) — "The Salt Road," a novel by Indian writer Ola Berg about three generations of salt-pan workers, won the Harbour Prize for fiction in translation on Tuesday.',
    ).map((c) => `${c.prompt} => ${c.answer}`);
    expect(asked).toContain(
      "Which novel by an Indian writer won the Harbour Prize for fiction in translation in March 2024? => The Salt Road",
    );
    expect(asked).toContain(
      'Who wrote "The Salt Road", the novel that won the Harbour Prize for fiction in translation in March 2024? => Ola Berg',
    );
  });
});

describe("things: a law's name ends at a whole word", () => {
  it("things: 'the X Disaster Rapid Action Force' is no act", () => {
    const asked = factsOf(
      "The Harbour Disaster Rapid Action Force pressed 60 units into action to clear roads.",
    ).map((c) => c.answer);
    expect(asked.filter((a) => /\bAct$/.test(a))).toEqual([]);
  });
});

describe("winners: where the winner is from is no winner", () => {
  it("winners: 'The 23-year-old from Tromso beat X in the final' asks no 'Who won' keyed Tromso", () => {
    const asked = factsOf(
      "The 23-year-old from Tromso beat Valdoria's Kari Nord 6-4 in the women's 57kg final in Oslo.",
    ).map((c) => c.answer);
    expect(asked).not.toContain("Tromso");
  });
});

describe("numbers: a length written before what it measures", () => {
  it("numbers: 'The 29.6-km bridge across the Gulf of X has been built ...' asks how long the bridge is", () => {
    const asked = factsOf(
      "The 29.6-km bridge across the Gulf of Orca has been built at a cost of Rs 21,400 crore.",
    ).map((c) => `${c.prompt} => ${c.answer}`);
    expect(asked).toContain("How long is the bridge across the Gulf of Orca? => 29.6 km");
  });
});

describe("06-facts: the host of an event still to come", () => {
  it("06-facts: 'ahead of the Harbour Games in Japan later this year' is no past event of the article's month", () => {
    const facts = factsOf(
      'The minister called the win "a proud moment ahead of the Harbour Games in Japan later this year".',
    );
    const host = facts.find((c) => c.answer === "Japan");
    expect(host?.prompt).toBe("Which country will host the Harbour Games later in 2024?");
  });
  it("06-facts: another thing's 'next year' in the sentence does not make a held meeting one to come", () => {
    const facts = factsOf(
      "Norway and Chile agreed to hold their first joint exercise next year, at the fourth Norway-Chile 2+2 Ministerial Dialogue held in Tromso.",
    );
    const host = facts.find((c) => c.answer === "Tromso");
    expect(host?.prompt).toMatch(/^Which (?:\w+ )?city hosted the Norway-Chile 2\+2 Ministerial Dialogue\b/);
  });
});

describe("06-facts: the host city of a leaders' summit", () => {
  const undated = (texts: string[]) =>
    extractStoryFacts([{ id: "a1", sentences: annotate(texts), reference: REFERENCE, dated: false }]);

  it("06-facts: an undated article's summit is dated by the full date its sentence gives, and a state names the country", () => {
    const facts = undated([
      "The third Harbour leaders' summit was held in Tromso, Alaska on June 4, 2031 amid doubts about the grouping.",
    ]);
    const host = facts.find((c) => c.kind === "where" && c.answer === "Tromso");
    expect(host?.prompt).toBe("Which American city hosted the Harbour leaders' summit in June 2031?");
    expect(host?.country?.name).toBe("United States");
  });

  it("06-facts: the summit the story opens with is its main event, not a body named once later", () => {
    const facts = undated([
      "The Harbour leaders' summit was held in Tromso, Alaska on June 4, 2031.",
      "Ola Berg is attending his last meeting as Prime Minister, together with Norwegian Prime Minister Mara Lind, at the Northern Ocean General Assembly.",
    ]);
    const lind = facts.find((c) => c.kind === "who" && c.answer === "Mara Lind");
    expect(lind?.prompt).toMatch(/^Who was Norway's Prime Minister/);
    expect(lind?.prompt).not.toMatch(/General Assembly/);
  });
});

describe("06-facts: a title won by a pair", () => {
  it("06-facts: 'Ola Berg and Mara Lind won the Harbour Open title' asks for one along with the other", () => {
    const facts = factsOf("Valdoria's Ola Berg and Mara Lind won the Harbour Open title on Sunday.");
    const won = facts.find((c) => c.category === "person:winner");
    expect(won?.prompt).toMatch(/^Who won the Harbour Open title .*along with Valdoria's Ola Berg\?$/);
  });

  it("06-facts: a state that won is no 'Who', and a calling before a winner's name is no part of it", () => {
    expect(
      factsOf("Maharashtra won 58 gold, 47 silver and 55 bronze medals at the Harbour Games.").filter(
        (c) => c.category === "person:winner",
      ),
    ).toEqual([]);
    const won = factsOf(
      "Archer Mara Kari Lind won gold in the girls' recurve event at the Harbour Games.",
    ).find((c) => c.category === "person:winner");
    expect(won?.answer).toBe("Mara Kari Lind");
  });

  it("06-facts: one of three winners named in a list is not asked 'Who won ...?'", () => {
    const facts = factsOf("Ola Berg, Kari Nord and Mara Lind won the Harbour Open title on Sunday.");
    expect(facts.filter((c) => c.category === "person:winner")).toEqual([]);
  });
});

describe("06-facts: a percentage that describes its noun", () => {
  it("06-facts: 'enacted a similar 75% quota law' asks no 'What percentage did X enact quota law?'", () => {
    const facts = factsOf("Kerala enacted a similar 75% quota law for local workers in 2019.");
    for (const c of facts) expect(c.prompt).not.toMatch(/enact quota law/);
  });
});
