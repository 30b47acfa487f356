import { annotate } from "@/questions/pipeline/04-sentences";
import { type Candidate, extractStoryFacts, type StoryArticle } from "@/questions/pipeline/06-facts";
import { selectFacts } from "@/questions/pipeline/07-select";

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
