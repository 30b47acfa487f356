import { generate } from "@/questions";
import { annotate } from "@/questions/pipeline/04-sentences";
import { type Candidate, extractStoryFacts, type StoryArticle } from "@/questions/pipeline/06-facts";
import {
  factKeyOf,
  keptOf,
  oneList,
  PER_ARTICLE_BLANKS,
  roleOnly,
  selectFacts,
} from "@/questions/pipeline/07-select";
import { genericFacts, storyPeople } from "@/questions/pipeline/facts/generic";

const REFERENCE = new Date(Date.UTC(2024, 2, 7, 12));
const article = (id: string, text: string): StoryArticle => ({
  id,
  sentences: annotate([text]),
  reference: REFERENCE,
  dated: true,
});
const FIRST =
  "Norwegian Foreign Minister Ingrid Solheim met her Kenyan counterpart Daniel Kiprono on the sidelines of the East Africa Maritime Summit in Nairobi, Kenya on Thursday.";
const SECOND =
  "Kenyan Foreign Minister Daniel Kiprono thanked Norway for the fisheries grant, officials in Nairobi said.";

describe("07-select: one question per fact, every source listed", () => {
  const rows: [string, StoryArticle[], { answer: string; sources: string[] }[]][] = [
    ["one article", [article("a1", FIRST)], [{ answer: "Daniel Kiprono", sources: ["a1"] }]],
    [
      "the same person in two articles",
      [article("a1", FIRST), article("a2", SECOND)],
      [{ answer: "Daniel Kiprono", sources: ["a1", "a2"] }],
    ],
    [
      "two copies of one sentence",
      [article("a1", FIRST), article("a2", FIRST)],
      [
        { answer: "Daniel Kiprono", sources: ["a1", "a2"] },
        { answer: "Ingrid Solheim", sources: ["a1", "a2"] },
      ],
    ],
  ];
  it.each(rows)("07-select: %s", (_label, articles, expected) => {
    const facts = selectFacts(extractStoryFacts(articles), articles, 20);
    for (const e of expected) {
      const fact = facts.find((f) => f.best.answer === e.answer && f.best.kind === "who");
      expect(fact?.sources.map((s) => s.articleId).sort()).toEqual(e.sources);
      for (const s of fact?.sources ?? [])
        expect(articles.find((a) => a.id === s.articleId)?.sentences.map((x) => x.text)).toContain(
          s.sentence,
        );
    }
    const whoAnswers = facts.filter((f) => f.best.kind === "who").map((f) => f.best.answer);
    expect(new Set(whoAnswers).size).toBe(whoAnswers.length);
  });

  it("07-select: the limit keeps the highest-scored facts", () => {
    const articles = [article("a1", FIRST)];
    const all = selectFacts(extractStoryFacts(articles), articles, 50);
    const top = selectFacts(extractStoryFacts(articles), articles, 2);
    expect(top).toHaveLength(2);
    expect(top.map((f) => f.best.score)).toEqual(all.slice(0, 2).map((f) => f.best.score));
    for (let i = 1; i < all.length; i++)
      expect((all[i - 1] as { best: Candidate }).best.score).toBeGreaterThanOrEqual(
        (all[i] as { best: Candidate }).best.score,
      );
  });
});

describe("07-select: two facts about one answer in one article are both asked", () => {
  const story = (...texts: string[]): StoryArticle[] =>
    texts.map((t, i) => ({ id: `a${i + 1}`, sentences: annotate([t]), reference: REFERENCE, dated: true }));
  const LEAD =
    "Valdorian sprinter Ola Berg won the gold medal in the 100 metres final at the Tromso Games on Saturday.";
  const LATER = "Ola Berg had also carried the Valdorian flag at the opening ceremony of the Tromso Games.";
  const whoBerg = (articles: StoryArticle[]) => {
    const candidates = genericFacts(articles, storyPeople(articles));
    return selectFacts(candidates, articles, 50).filter(
      (f) => f.best.answer === "Ola Berg" && f.best.kind === "who",
    );
  };

  it("07-select: two sentences of one article give two questions on the same person", () => {
    const articles: StoryArticle[] = [
      { id: "a1", sentences: annotate([LEAD, LATER]), reference: REFERENCE, dated: true },
    ];
    const asked = whoBerg(articles);
    expect(asked).toHaveLength(2);
    expect(new Set(asked.map((f) => f.best.sentence)).size).toBe(2);
  });

  it("07-select: the same fact in two articles of a story is asked once, with both sources", () => {
    const asked = whoBerg(story(LEAD, LEAD));
    expect(asked).toHaveLength(1);
    expect(asked[0]?.sources.map((s) => s.articleId).sort()).toEqual(["a1", "a2"]);
  });
});

describe("07-select: a question keeps the context that makes it answerable", () => {
  const SENTENCE = "Chile beat Peru by nine runs to win the Tromso Cup title in the final.";
  const base = { aliases: [], articleId: "a1", sentence: SENTENCE, surface: "" };
  const candidates: Candidate[] = [
    {
      ...base,
      kind: "where",
      answer: "Chile",
      category: "country",
      score: 9,
      prompt: "Which country beat Peru by nine runs to win the Tromso Cup title in the final?",
    },
    {
      ...base,
      kind: "where",
      answer: "Peru",
      category: "country",
      score: 8,
      prompt:
        'Which country fills the blank in "Chile beat _____ by nine runs to win the Tromso Cup title in the final"?',
      fallbacks: ['Which country fills the blank in "Chile beat _____ by nine runs"?'],
    },
  ];
  it("07-select: the loser's question names the winner rather than losing the title it was played for", () => {
    const articles: StoryArticle[] = [
      { id: "a1", sentences: annotate([SENTENCE]), reference: REFERENCE, dated: true },
    ];
    const peru = selectFacts(candidates, articles, 10).find((f) => f.best.answer === "Peru");
    expect(peru?.best.prompt).toContain("Tromso Cup title");
  });
});

describe("07-select: a small number several facts share is one fact per thing it counts", () => {
  it("07-select: 'two radar units' and 'two frigates' and 'two patrol boats' are three facts", () => {
    const texts = [
      "Valdoria bought two radar units from Ruritania in 2031.",
      "Valdoria also commissioned two frigates at Tromso in 2031.",
      "Valdoria later retired two patrol boats at Bergen in 2031.",
    ];
    const articles: StoryArticle[] = [
      { id: "a1", sentences: annotate(texts), reference: REFERENCE, dated: true },
    ];
    const twos = selectFacts(genericFacts(articles, storyPeople(articles)), articles, 50).filter(
      (f) => f.best.answer.toLowerCase() === "two",
    );
    expect(twos).toHaveLength(3);
  });
});

describe("07-select: a fact that cannot be printed takes no place", () => {
  it("07-select: a sentence's few places go to facts with options, not to ones the options stage drops", () => {
    const a = article("a1", FIRST);
    const candidates: Candidate[] = ["A", "B", "C", "D", "E", "F", "G"].map((answer, i) => ({
      kind: "which",
      answer: `Harbour ${answer}`,
      aliases: [],
      category: "thing",
      prompt: `Which name fills the blank in question ${answer}?`,
      articleId: "a1",
      sentence: FIRST,
      surface: `Harbour ${answer}`,
      score: 10 - i,
    }));
    const all = selectFacts(candidates, [a], 20).map((f) => f.best.answer);
    expect(all).toEqual(["Harbour A", "Harbour B", "Harbour C", "Harbour D", "Harbour E"]);
    const printable = selectFacts(candidates, [a], 20, (f) => f.best.answer !== "Harbour B").map(
      (f) => f.best.answer,
    );
    expect(printable).toEqual(["Harbour A", "Harbour C", "Harbour D", "Harbour E", "Harbour F"]);
  });

  it("07-select: an answer whose best wording cannot be printed is asked in its next wording", () => {
    const a = article("a1", FIRST);
    const asked = (prompt: string, score: number, sentence: string): Candidate => ({
      kind: "who",
      answer: "Ola Berg",
      aliases: [],
      category: "person",
      prompt,
      articleId: "a1",
      sentence,
      surface: "Ola Berg",
      score,
    });
    const candidates = [
      asked("Who was the top scorer of the final?", 9, FIRST),
      asked("Who scored a half-century in the Tromso Cup final?", 6, FIRST),
    ];
    const facts = selectFacts(candidates, [a], 20, (f) => !f.best.prompt.includes("top scorer"));
    expect(facts.map((f) => f.best.prompt)).toEqual(["Who scored a half-century in the Tromso Cup final?"]);
  });
});

describe("07-select: spans whose answer is already asked better are not worded, only listed", () => {
  const LEAD =
    "Valdorian sprinter Ola Berg won the gold medal in the 100 metres final at the Tromso Games on Saturday.";
  const REPEATS = [
    "Ola Berg had also carried the Valdorian flag at the opening ceremony of the Tromso Games.",
    "Ola Berg thanked his coach Mara Lind after the race in Tromso.",
    "Ola Berg will next run at the Bergen Meet in June.",
  ];
  const articles: StoryArticle[] = [
    { id: "a1", sentences: annotate([LEAD, REPEATS[0] as string]), reference: REFERENCE, dated: true },
    { id: "a2", sentences: annotate(REPEATS.slice(1)), reference: REFERENCE, dated: true },
  ];
  const given: Candidate = {
    kind: "who",
    answer: "Ola Berg",
    aliases: [],
    category: "person",
    prompt: "Who won the gold medal in the 100 metres final at the Tromso Games?",
    articleId: "a1",
    sentence: LEAD,
    surface: "Ola Berg",
    score: 20,
  };

  it("07-select: a story's lesser mentions of an answer it already asks twice become sources, not questions", () => {
    const generic = genericFacts(articles, storyPeople(articles), null, [given]);
    const berg = generic.filter((c) => c.answer === "Ola Berg");
    // The family's question and one from another sentence of its article are kept; the second article's
    // sentences could only repeat them.
    expect(berg.filter((c) => c.mention && c.articleId === "a2")).toHaveLength(2);
    expect(berg.every((c) => c.mention || c.articleId === "a1")).toBe(true);
    const facts = selectFacts([given, ...generic], articles, 50).filter((f) => f.best.answer === "Ola Berg");
    expect(facts.map((f) => f.best.prompt)).toContain(given.prompt);
    expect(facts.every((f) => f.best.prompt.endsWith("?"))).toBe(true);
    const first = facts.find((f) => f.best === given || f.best.prompt === given.prompt);
    expect(first?.sources.map((s) => s.articleId).sort()).toEqual(["a1", "a2"]);
  });

  it("07-select: a mention alone is never asked", () => {
    const mentions = genericFacts(articles, storyPeople(articles), null, [given]).filter((c) => c.mention);
    expect(mentions.length).toBeGreaterThan(0);
    expect(selectFacts(mentions, articles, 50)).toEqual([]);
  });
});

describe("07-select: what makes two candidates one fact", () => {
  it.each([
    [{ kind: "how_many" as const, answer: "four", aliases: ["four wickets"] }, "4 wickets"],
    [{ kind: "how_many" as const, answer: "4", aliases: ["4 wickets"] }, "4 wickets"],
    [{ kind: "how_many" as const, answer: "two", aliases: ["two sides"] }, "2 sides"],
    [{ kind: "who" as const, answer: "Ola Berg", aliases: [] }, "ola berg"],
  ])("factKeyOf(%j) -> %s", (c, key) => {
    expect(factKeyOf(c)).toBe(key);
  });
});

describe("07-select: one figure of one sentence is asked once, however its candidates key it", () => {
  it("07-select: the tally's question, not also a blank keyed without what it counts", () => {
    const sentence =
      "The Harbour Assembly on Monday passed the Valdoria Data Bill with 284 members voting in favour.";
    const base = { articleId: "a1", sentence, kind: "how_many" as const, category: "number", surface: "284" };
    const candidates: Candidate[] = [
      {
        ...base,
        answer: "284",
        aliases: ["284 members"],
        prompt: "How many members voted in favour when the Harbour Assembly passed the Valdoria Data Bill?",
        score: 8,
      },
      {
        ...base,
        answer: "284",
        aliases: [],
        prompt:
          'Which number fills the blank in "The Harbour Assembly passed the Valdoria Data Bill with _____ members voting in favour"?',
        score: 2,
      },
    ];
    expect(factKeyOf(candidates[0] as Candidate)).not.toBe(factKeyOf(candidates[1] as Candidate));
    const facts = selectFacts(candidates, [article("a1", sentence)], 20);
    expect(facts.map((f) => f.best.prompt)).toEqual([candidates[0]?.prompt]);
  });
});

describe("07-select: a data release's percentages are one list of like figures", () => {
  const release: StoryArticle = {
    id: "a1",
    sentences: annotate([
      "Valdoria's retail inflation eased to a 19-month low of 3.6 per cent in April, official data showed on Monday.",
      "Food inflation fell to 2.9 per cent, while vegetable prices contracted 4.3 per cent year-on-year.",
      "Core inflation stayed near 3.9 per cent, according to economists.",
      "Rural inflation was 3.8 per cent, higher than urban inflation of 3.4 per cent.",
      "Cereals inflation remained elevated at 5.2 per cent, and pulses inflation slowed to 1.8 per cent.",
      "Among large regions, Nordland recorded the highest inflation at 5.6 per cent.",
    ]),
    reference: REFERENCE,
    dated: true,
  };
  const facts = selectFacts(extractStoryFacts([release]), [release], 40);
  const percentages = facts.map((f) => f.best.answer).filter((a) => /per cent$/.test(a));

  it("07-select: at most three percentages are asked of one article", () => {
    expect(percentages.length).toBeGreaterThan(0);
    expect(percentages.length).toBeLessThanOrEqual(3);
  });

  it("07-select: the headline figure is among them", () => {
    expect(percentages).toContain("3.6 per cent");
  });
});

describe("07-select: one item of a list of like figures, dates or places is asked", () => {
  const text = [
    "Valdoria win fifth Harbour Cup",
    "",
    "Tromso, 12 March 2032: Valdoria beat Nordland 3-1 on Sunday to win the Harbour Cup for the fifth time.",
    "Valdoria had earlier won the Harbour Cup in 2003, 2007, 2017 and 2025.",
    "The champions will tour Oslo, Bergen and Skagen next month.",
  ].join("\n");
  const answers = generate([{ id: "a1", file: "a1.txt", text }]).questions.map((q) => q.answer);

  it("07-select: one year of a list of years", () => {
    expect(answers.filter((a) => ["2003", "2007", "2017", "2025"].includes(a))).toHaveLength(1);
  });

  it("07-select: at most one city of a list of cities", () => {
    expect(answers.filter((a) => ["Oslo", "Bergen", "Skagen"].includes(a)).length).toBeLessThanOrEqual(1);
  });

  it("07-select: the headline figure is still asked", () => {
    expect(answers).toContain("fifth");
  });
});

describe("07-select: what makes two answers items of one list", () => {
  const sentence =
    "Valdoria won in 2003, 2007, 2017 and 2025, and Mara Lind, Ola Berg and Kari Nord were named.";
  const c = (kind: Candidate["kind"], answer: string) => ({ kind, answer, sentence });
  const rows: [string, ReturnType<typeof c>, ReturnType<typeof c>, boolean][] = [
    ["years with another year between", c("when", "2003"), c("when", "2017"), true],
    ["the last two, joined by 'and'", c("when", "2017"), c("when", "2025"), true],
    [
      "items with their figures in brackets",
      {
        kind: "where" as const,
        answer: "Tromso",
        sentence: "Nordland leads, followed by Tromso (611), Oslo (604) and Bergen (498).",
      },
      {
        kind: "where" as const,
        answer: "Bergen",
        sentence: "Nordland leads, followed by Tromso (611), Oslo (604) and Bergen (498).",
      },
      true,
    ],
    [
      "the years of a series with a figure before each",
      {
        kind: "when" as const,
        answer: "2022",
        sentence: "Nordland had 842 tigers in 2026, 785 in 2022 and 526 in 2018.",
      },
      {
        kind: "when" as const,
        answer: "2018",
        sentence: "Nordland had 842 tigers in 2026, 785 in 2022 and 526 in 2018.",
      },
      true,
    ],
    ["people are each news", c("who", "Mara Lind"), c("who", "Ola Berg"), false],
    ["two kinds", c("when", "2025"), c("how_many", "2025"), false],
  ];
  it.each(rows)("07-select: %s", (_, a, b, expected) => {
    expect(oneList(a, b)).toBe(expected);
  });
});

describe("07-select: a long article's blanks are its best-ranked few", () => {
  const names = "ABCDEFGHIJKLMN".split("");
  const a = article("a1", FIRST);
  const candidate = (answer: string, i: number, prompt: string): Candidate => ({
    kind: "which",
    answer: `Harbour ${answer}`,
    aliases: [],
    category: "thing",
    prompt,
    articleId: "a1",
    sentence: `Sentence ${i} names Harbour ${answer}.`,
    surface: `Harbour ${answer}`,
    score: 20 - i,
  });
  const blanks = names.map((x, i) =>
    candidate(x, i, `Which name fills the blank in "Sentence ${i} names _____"?`),
  );
  const asked = names.map((x, i) => candidate(`${x}${x}`, i, `Which Harbour body did sentence ${i} name?`));

  it("07-select: at most PER_ARTICLE_BLANKS blanks, the highest-scored", () => {
    const kept = selectFacts(blanks, [a], 40).map((f) => f.best.answer);
    expect(kept).toHaveLength(PER_ARTICLE_BLANKS);
    expect(kept).toEqual(names.slice(0, PER_ARTICLE_BLANKS).map((x) => `Harbour ${x}`));
  });

  it("07-select: wh-questions are not counted against the blanks", () => {
    expect(selectFacts([...blanks, ...asked], [a], 40)).toHaveLength(PER_ARTICLE_BLANKS + names.length);
  });
});

describe("07-select: a word capitalised only where it opens a sentence is no name", () => {
  const text = "Foot surveys covering about 6.8 lakh km were logged by the Tromso Forest Department.";
  const a = article("a1", text);
  const c = (answer: string, prompt: string): Candidate => ({
    kind: "which",
    answer,
    aliases: [],
    category: "thing",
    prompt,
    articleId: "a1",
    sentence: text,
    surface: answer,
    score: 10,
  });

  it("07-select: 'Foot' of 'Foot surveys' is not asked; a name inside the sentence is", () => {
    const kept = selectFacts(
      [
        c("Foot", "Which surveys covering about 6.8 lakh km were logged by the Tromso Forest Department?"),
        c("Tromso Forest Department", "Which department logged foot surveys covering about 6.8 lakh km?"),
      ],
      [a],
      10,
    ).map((f) => f.best.answer);
    expect(kept).toEqual(["Tromso Forest Department"]);
  });
});

describe("07-select: who's who yields to what the holder did", () => {
  const candidate = (prompt: string, score: number): Candidate => ({
    kind: "who",
    answer: "Mara Lind",
    aliases: ["Lind"],
    category: "person:Finance Minister",
    prompt,
    articleId: "a1",
    sentence: `Sentence of: ${prompt}`,
    surface: "Mara Lind",
    score,
  });
  const ROLE = "Who was Valdoria's Finance Minister in May 2031?";
  const DEED =
    "Which Finance Minister announced that incomes up to 12 lakh would invite zero tax in May 2031?";
  const BLANK_Q = 'Which name fills the blank in "Finance Minister _____ looked to raise spending"?';
  const rows: [string, Candidate[], string[]][] = [
    [
      "the deed asked by the office: the role question goes",
      [candidate(ROLE, 20), candidate(DEED, 15)],
      [DEED],
    ],
    [
      "its place is not given to a blank",
      [candidate(ROLE, 20), candidate(DEED, 15), candidate(BLANK_Q, 5)],
      [DEED],
    ],
    [
      "a deed that names no office keeps the role question",
      [candidate(ROLE, 20), candidate("Who arrived in Tromso to attend the Finance Ministers' meeting?", 15)],
      [ROLE, "Who arrived in Tromso to attend the Finance Ministers' meeting?"],
    ],
    ["alone, the role question is kept", [candidate(ROLE, 20)], [ROLE]],
  ];
  it.each(rows)("07-select: %s", (_label, group, expected) => {
    expect(keptOf(group).map((c) => c.prompt)).toEqual(expected);
  });

  const offices: [string, string | null][] = [
    ["Who was Valdoria's Finance Minister in May 2031?", "Finance Minister"],
    ["Who was the Governor of the Bank of Nordland at the time of the launch of the card?", "Governor"],
    ["With reference to the Tromso Accord, who was Valdoria's Trade Minister?", "Trade Minister"],
    ["Who is the first Governor to be appointed under the new law?", null],
    ["Who was conferred the Star of Valdoria in the field of Art?", null],
  ];
  it.each(offices)("07-select: the office asked of %s", (prompt, office) => {
    expect(roleOnly(prompt)).toBe(office);
  });
});
