import { splitPage } from "@/questions/pipeline/02-split";

const BODY = [
  "Chilean Mining Minister Paula Reyes said the lithium pact would be extended.",
  "The pact was first proposed in 2016.",
];
const TEASER =
  "Valdoria council votes to rebuild the old lighthouse on the northern cliffs after a long campaign by fishermen and residents who argued the light had guided boats home for more than a century and deserved care.";

describe("02-split: a related-stories heading cuts off the teasers after it", () => {
  const rows: [string, string[], { lines: string[]; teasers: number }][] = [
    ["no heading", BODY, { lines: BODY, teasers: 0 }],
    [
      "Related Articles",
      [...BODY, "Related Articles", "Harbour Gazette", TEASER],
      { lines: BODY, teasers: 1 },
    ],
    [
      "two long teasers",
      [...BODY, "Related Articles", "Harbour Gazette", TEASER, "Andes Daily", TEASER],
      { lines: BODY, teasers: 2 },
    ],
    [
      "upper case with colon",
      [...BODY, "RELATED ARTICLES:", "Harbour Gazette", "Short teaser."],
      { lines: BODY, teasers: 1 },
    ],
    ["More Stories", [...BODY, "More Stories", "Lighthouse to be rebuilt"], { lines: BODY, teasers: 1 }],
    [
      "'Trending in India News' over a numbered list",
      [...BODY, "Trending in India News", "1. Tromso techie loses Rs 1.2 crore in scam"],
      { lines: BODY, teasers: 1 },
    ],
    ["TRENDING", [...BODY, "TRENDING", "Lighthouse to be rebuilt"], { lines: BODY, teasers: 1 }],
    [
      "a coaching page's practice question, whose statements are false on purpose",
      [
        ...BODY,
        "Prelims Practice Question",
        "Q. Consider the following statements:",
        "2. Its Secretariat is in Oslo.",
      ],
      { lines: BODY, teasers: 1 },
    ],
    [
      "Practice MCQ",
      [...BODY, "Practice MCQ", "Q. Which lighthouse was rebuilt?"],
      { lines: BODY, teasers: 1 },
    ],
    [
      "Related Releases",
      [...BODY, "Related Releases", "Lighthouse to be rebuilt"],
      { lines: BODY, teasers: 1 },
    ],
    ["Latest Stories", [...BODY, "Latest Stories", "Lighthouse to be rebuilt"], { lines: BODY, teasers: 1 }],
    [
      "Topics You May Be Interested In",
      [...BODY, "Topics You May Be Interested In", "Lighthouse to be rebuilt"],
      { lines: BODY, teasers: 1 },
    ],
    ["You May Also Like", [...BODY, "You May Also Like", TEASER], { lines: BODY, teasers: 1 }],
    [
      "a section's 'More in Sport'",
      [...BODY, "MORE IN SPORT", "- Hockey: Tromso edge past Orca in shootout"],
      { lines: BODY, teasers: 1 },
    ],
    [
      "a widget heading the page's own text goes on after",
      [
        ...BODY,
        "Related Articles",
        "Reyes said the lithium pact would double exports by 2031.",
        "The lithium pact covers three mines in the north.",
      ],
      {
        lines: [
          ...BODY,
          "Reyes said the lithium pact would double exports by 2031.",
          "The lithium pact covers three mines in the north.",
        ],
        teasers: 0,
      },
    ],
    [
      "a lone headline on the same subject is a teaser",
      [...BODY, "Also Read", "Lithium pact lifts mining shares"],
      { lines: BODY, teasers: 1 },
    ],
    [
      "phrase inside a sentence is not a heading",
      ["The outlet listed related articles on the lighthouse.", ...BODY],
      {
        lines: ["The outlet listed related articles on the lighthouse.", ...BODY],
        teasers: 0,
      },
    ],
  ];
  it.each(rows)("02-split: %s", (_label, input, expected) => {
    expect(splitPage(input)).toEqual(expected);
  });
});

describe("02-split: a summary's bullet points above the body go after it", () => {
  it("moves the bullets after the body and drops their heading", () => {
    const lines = [
      "Summary",
      "- Real output rose 7.4% in Q1, up from 7%",
      "- Value added grew 7.1%",
      "Valdoria's economy grew 7.4% in the April-June quarter, data released on Friday showed.",
      "Manufacturing led the growth.",
    ];
    expect(splitPage(lines).lines).toEqual([
      "Valdoria's economy grew 7.4% in the April-June quarter, data released on Friday showed.",
      "Manufacturing led the growth.",
      "- Real output rose 7.4% in Q1, up from 7%",
      "- Value added grew 7.1%",
    ]);
  });

  it("leaves a page without such a heading as it is", () => {
    const lines = ["Valdoria's economy grew 7.4%.", "- one point", "Manufacturing led."];
    expect(splitPage(lines).lines).toEqual(lines);
  });
});
