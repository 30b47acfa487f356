import { annotate } from "@/questions/pipeline/04-sentences";
import { ranks, streaks } from "@/questions/pipeline/facts/families/ranks";

const article = (texts: string[]) => ({
  id: "a1",
  sentences: annotate(texts),
  reference: new Date(Date.UTC(2031, 2, 18)),
  dated: true,
});

/** The rank questions of the article's sentence at `at`. */
const asked = (texts: string[], at = 0) => {
  const a = article(texts);
  const s = a.sentences[at];
  return s ? ranks(s, a, [], at).map((c) => [c.prompt, c.answer, c.aliases]) : [];
};

describe("ranks: a rank in an index is asked as the rank, not blanked", () => {
  it("ranks: a rank of the year an opening phrase gives is that year's index, not the article's", () => {
    expect(
      asked(
        [
          "Valdoria has been ranked 96th out of 126 countries in the Harbour Hunger Index (HHI) 2032, with a score of 19.6.",
          "In the 2031 report, Valdoria was ranked 102nd with a score of 22.1.",
        ],
        1,
      ),
    ).toEqual([["What was Valdoria's rank in the Harbour Hunger Index 2031?", "102nd", expect.any(Array)]]);
  });

  it("ranks: 'climbed four places to rank 12th' is a rank, and last year's rank is not this year's index", () => {
    const texts = [
      "Valdoria has climbed four places to rank 12th in the Harbour Innovation Index (HII) 2031, released on Tuesday.",
      "Valdoria was ranked 16th last year and 24th in 2027.",
    ];
    expect(asked(texts, 0)).toEqual([
      ["What is Valdoria's rank in the Harbour Innovation Index 2031?", "12th", expect.any(Array)],
    ]);
    expect(asked(texts, 1)).toEqual([]);
    // "in last year's edition" is last year's too (blind reading G4: a wrong key).
    expect(asked([texts[0] as string, "Valdoria was placed 16th in last year's edition."], 1)).toEqual([]);
  });

  it("ranks: a rank within a group is no rank in the index", () => {
    expect(
      asked(
        [
          "Valdoria has been ranked 34th out of 139 economies in the Harbour Innovation Index 2032.",
          "Valdoria is ranked first among lower-middle-income economies in HII 2032.",
        ],
        1,
      ),
    ).toEqual([]);
  });

  it("ranks: the index's bracketed acronym is no part of its name", () => {
    expect(
      asked(["Valdoria has been ranked 96th out of 126 countries in the Harbour Hunger Index (HHI) 2032."]),
    ).toEqual([
      [
        "What is Valdoria's rank among 126 countries in the Harbour Hunger Index 2032?",
        "96th",
        expect.any(Array),
      ],
    ]);
  });

  it.each([
    [
      "Valdoria has been ranked 126th out of 143 countries in the Harbour Happiness Report 2031, released on Tuesday.",
      "What is Valdoria's rank among 143 countries in the Harbour Happiness Report 2031?",
      "126th",
    ],
    [
      "Valdoria was placed 93rd in the Global Harbour Index 2030.",
      "What was Valdoria's rank in the Global Harbour Index 2030?",
      "93rd",
    ],
    [
      "Valdoria has moved up one place to 39th among 133 economies in the Harbour Innovation Index 2031.",
      "What is Valdoria's rank among 133 economies in the Harbour Innovation Index 2031?",
      "39th",
    ],
    [
      "The Nordic Islands slipped three places to 111th in the Harbour Press Freedom Index.",
      "What was Nordic Islands' rank in the Harbour Press Freedom Index?",
      "111th",
    ],
  ])("%s", (text, prompt, answer) => {
    expect(asked([text])).toEqual([[prompt, answer, [answer.replace(/\D/g, "")]]]);
  });

  it("ranks: a rank whose sentence leaves the index to the one before takes that index", () => {
    const texts = [
      "The Harbour Innovation Index 2031 was released by the Harbour Organisation on Monday.",
      "Valdoria was ranked 39th, up from 40th last year.",
    ];
    expect(asked(texts, 1)).toEqual([
      ["What was Valdoria's rank in the Harbour Innovation Index 2031?", "39th", ["39"]],
    ]);
  });

  it("ranks: another year's rank is not asked of this year's index", () => {
    const texts = [
      "Valdoria was ranked 126th in the Harbour Happiness Report 2032.",
      "It was ranked 120th in 2031.",
    ];
    expect(asked(texts, 1)).toEqual([]);
    expect(asked(["The report came out today.", "Valdoria was ranked 120th in 2031 as well."], 1)).toEqual(
      [],
    );
  });

  it("ranks: a word rank has its figure as an alias; a pronoun or a rank with no index asks nothing", () => {
    expect(asked(["Nordland was ranked third in the Harbour Ease of Living Index."])).toEqual([
      ["What was Nordland's rank in the Harbour Ease of Living Index?", "third", ["3", "3rd"]],
    ]);
    expect(asked(["He was ranked third in the Harbour Ease of Living Index."])).toEqual([]);
    expect(asked(["Valdoria was ranked third in the final standings."])).toEqual([]);
  });
});

/** The streak questions of the article's sentence at `at`. */
const streaksOf = (texts: string[], at = 0) => {
  const a = article(texts);
  const s = a.sentences[at];
  return s ? streaks(s, a, [], at).map((c) => [c.prompt, c.answer, c.aliases]) : [];
};

describe("streaks: 'for the eighth consecutive year' is asked as the count it is", () => {
  it("streaks: the clause before the comma, with the index a 'top spot' is in", () => {
    expect(
      streaksOf(
        [
          "The Harbour Innovation Index 2031 was released on Monday.",
          "Valdoria retained the top spot for the eighth consecutive year, followed by Nordland and Tromso.",
        ],
        1,
      ),
    ).toEqual([
      [
        "For how many consecutive years did Valdoria retain the top spot in the Harbour Innovation Index 2031?",
        "eight",
        ["eighth", "8", "8th"],
      ],
    ]);
  });

  it("streaks: what a speaker said is asked, not that the speaker said it", () => {
    expect(
      streaksOf([
        "Governor Kari Nord said the Harbour Bank kept its key rate unchanged at 6.5 per cent for the 11th straight time.",
      ]),
    ).toEqual([
      [
        "For how many straight times did the Harbour Bank keep its key rate unchanged at 6.5 per cent?",
        "11",
        ["11th"],
      ],
    ]);
  });

  it("streaks: an ordinal that is no streak asks nothing", () => {
    expect(streaksOf(["Valdoria won the title for the eighth time."])).toEqual([]);
  });
});
