import { sampleArticle } from "@/prisma/sample-articles";
import { db } from "@/server/db";
import { contentHash, ingestArticles } from "@/server/ingest";
import { ingestWriter } from "@/server/ingest-store";

const NOW = new Date(Date.UTC(2025, 6, 1, 12, 0));
const article = (name: string) => ({
  file: name,
  text: sampleArticle(name),
});

export function describeIngest(writer: "sqlite" | "prisma"): void {
  describe(`ingestArticles (${writer} writer)`, () => {
    it("ingest: stores through the chosen writer", () => {
      expect(ingestWriter).toBe(writer);
    });

    it("ingest: hashes text ignoring whitespace and line endings", () => {
      expect(contentHash("A  b\r\nc ")).toBe(contentHash("A b\nc"));
      expect(contentHash("A b c")).not.toBe(contentHash("A b d"));
    });

    it("ingest: stores an article, its story and its questions", async () => {
      const [report] = await ingestArticles({ inputs: [article("sco-qingdao-ani-page.txt")], now: NOW });
      expect(report).toMatchObject({ file: "sco-qingdao-ani-page.txt", status: "added" });
      expect(report?.questions).toBeGreaterThan(0);

      const stored = await db.article.findUniqueOrThrow({
        where: { id: report?.articleId ?? "" },
        include: { sources: true },
      });
      // Its dateline ("Qingdao [China], June 27 (ANI):") has no year and nothing in the text pins one: not guessed.
      expect(stored.publishedOn).toBeNull();
      expect(stored.cleanText.length).toBeGreaterThan(100);
      expect(stored.sources).toHaveLength(report?.questions ?? -1);
      const question = await db.question.findFirstOrThrow();
      expect(JSON.parse(question.options)).toContain(question.answer);
      expect(Array.isArray(JSON.parse(question.aliases))).toBe(true);
    });

    it("ingest: the same text again is a no-op reported as already added", async () => {
      const before = { articles: await db.article.count(), questions: await db.question.count() };
      const { text } = article("sco-qingdao-ani-page.txt");
      const reports = await ingestArticles({
        inputs: [{ file: "again.txt", text: `\n${text.replace(/\n/g, "\r\n")}  ` }],
        now: NOW,
      });
      expect(reports).toEqual([
        expect.objectContaining({ file: "again.txt", status: "duplicate", questions: 0 }),
      ]);
      expect(reports[0]?.message).toMatch(/already added/i);
      expect({ articles: await db.article.count(), questions: await db.question.count() }).toEqual(before);
    });

    it("ingest: a near-duplicate joins the existing story and repeats facts as sources", async () => {
      const first = await db.article.findFirstOrThrow();
      const questionsBefore = await db.question.count();
      const [report] = await ingestArticles({ inputs: [article("sco-qingdao-ani.txt")], now: NOW });
      expect(report?.status).toMatch(/added|no_questions/);

      const joined = await db.article.findUniqueOrThrow({ where: { id: report?.articleId ?? "" } });
      expect(joined.publishedOn?.toISOString()).toBe("2025-06-27T00:00:00.000Z");
      expect(joined.storyId).toBe(first.storyId);
      expect(joined.duplicateOfId).toBe(first.id);
      expect(await db.story.count()).toBe(1);
      // The wire copy states the same facts: at most a few new questions, and shared facts gain a source.
      expect(await db.question.count()).toBeLessThan(questionsBefore * 2);
      expect(await db.questionSource.count({ where: { articleId: joined.id } })).toBeGreaterThan(0);
    });

    it("ingest: another outlet's report of the same event joins the story", async () => {
      const first = await db.article.findFirstOrThrow();
      const [report] = await ingestArticles({ inputs: [article("sco-qingdao-daijiworld.txt")], now: NOW });
      const stored = await db.article.findUniqueOrThrow({ where: { id: report?.articleId ?? "" } });
      expect(stored.storyId).toBe(first.storyId);
      expect(stored.duplicateOfId).toBeNull();
      // A fact the new report repeats adds a source to the stored question, even when it would be worded anew.
      // One person may be the answer of a few different facts (from different sentences), never of one fact twice.
      const who = await db.question.findMany({
        where: { storyId: first.storyId, kind: "who" },
        select: { answer: true, prompt: true },
      });
      const byAnswer = new Map<string, typeof who>();
      for (const q of who) byAnswer.set(q.answer, [...(byAnswer.get(q.answer) ?? []), q]);
      for (const questions of byAnswer.values()) {
        expect(questions.length).toBeLessThanOrEqual(3);
        expect(new Set(questions.map((q) => q.prompt)).size).toBe(questions.length);
      }
      const belousov = await db.question.findFirstOrThrow({
        where: { storyId: first.storyId, answer: "Andrey Belousov" },
        include: { sources: true },
      });
      expect(belousov.sources.map((s) => s.articleId)).toContain(stored.id);
    });

    it("ingest: empty and binary inputs report why and store nothing", async () => {
      const before = await db.article.count();
      const reports = await ingestArticles({
        inputs: [
          { file: "empty.txt", text: "   \n  " },
          { file: "image.txt", text: "\u0000\u0001\u0002PNG\u0000\u0000IHDR\u0000" },
        ],
        now: NOW,
      });
      expect(reports).toEqual([
        expect.objectContaining({ file: "empty.txt", status: "no_questions", articleId: null }),
        expect.objectContaining({ file: "image.txt", status: "no_questions", articleId: null }),
      ]);
      expect(reports[0]?.message).toMatch(/no article text/i);
      expect(reports[1]?.message).toMatch(/binary/i);
      expect(await db.article.count()).toBe(before);
    });

    it("ingest: repeats inside one batch are reported once each", async () => {
      const text = article("sco-delhi-2023.txt").text;
      const reports = await ingestArticles({
        inputs: [
          { file: "delhi.txt", text },
          { file: "delhi-copy.txt", text },
        ],
        addedById: null,
        now: NOW,
      });
      expect(reports.map((report) => report.status)).toEqual(["added", "duplicate"]);
      expect(reports[1]?.message).toContain("delhi.txt");
      expect(await db.story.count()).toBe(2);
    });
  });
}
