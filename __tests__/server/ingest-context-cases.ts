// The story context tests, run once per writer of added articles: ingest-context.test.ts (the SQLite writer,
// the default on a file database) and ingest-context-prisma.test.ts (INGEST_WRITER=prisma, the path PostgreSQL takes).

import { readFileSync } from "node:fs";
import path from "node:path";
import { sampleArticle } from "@/prisma/sample-articles";
import { generate } from "@/questions";
import { db } from "@/server/db";
import { ingestArticles } from "@/server/ingest";
import { ingestWriter } from "@/server/ingest-store";

const NOW = new Date(Date.UTC(2025, 6, 1, 12, 0));
const read = (...parts: string[]) => readFileSync(path.join(process.cwd(), ...parts), "utf8");
const generateMock = jest.mocked(generate);

export function describeIngestContext(writer: "sqlite" | "prisma"): void {
  describe(`ingestArticles: story context (${writer} writer)`, () => {
    it("ingest: stores through the chosen writer", () => {
      expect(ingestWriter).toBe(writer);
    });

    it("ingest: a new article is generated with the stored stories it may join, not the whole corpus", async () => {
      const unrelated = ["cricket", "isro", "rbi", "tiger", "budget"].map((name) => ({
        file: `${name}.txt`,
        text: read("__tests__", "questions", "fixtures", `${name}.txt`),
      }));
      await ingestArticles({
        inputs: [...unrelated, { file: "sco-qingdao-ani.txt", text: sampleArticle("sco-qingdao-ani.txt") }],
        now: NOW,
      });
      generateMock.mockClear();

      const [report] = await ingestArticles({
        inputs: [{ file: "sco-qingdao-daijiworld.txt", text: sampleArticle("sco-qingdao-daijiworld.txt") }],
        now: NOW,
      });
      expect(report?.status).toBe("added");
      const given = generateMock.mock.calls[0]?.[0].map((input) => input.file) ?? [];
      expect(given).toEqual(["sco-qingdao-ani.txt", "sco-qingdao-daijiworld.txt"]);

      const [first, second] = await db.article.findMany({
        where: { file: { startsWith: "sco-qingdao" } },
        orderBy: { createdAt: "asc" },
      });
      expect(second?.storyId).toBe(first?.storyId);
      // Added by nobody (the seed, the CLI): the library's.
      const story = await db.story.findUniqueOrThrow({ where: { id: first?.storyId ?? "" } });
      expect(story).toMatchObject({ ownerId: null, visibility: "library" });
    }, 60_000);

    const user = (name: string) =>
      db.user.create({ data: { id: `${writer}-${name}`, name, email: `${writer}-${name}@example.test` } });
    const add = (file: string, addedById: string) =>
      ingestArticles({ inputs: [{ file, text: sampleArticle(file) }], addedById, now: NOW });
    const storyOf = async (articleId: string | null | undefined) =>
      db.story.findFirstOrThrow({ where: { articles: { some: { id: articleId ?? "" } } } });

    it("ingest: a user's add is a story private to them that joins none of the library's", async () => {
      const ana = await user("ana");
      generateMock.mockClear();
      const [report] = await add("sco-qingdao-meetings.txt", ana.id);
      expect(report?.status).toBe("added");
      const given = generateMock.mock.calls[0]?.[0].map((input) => input.file) ?? [];
      expect(given).toEqual(["sco-qingdao-meetings.txt"]);
      expect(await storyOf(report?.articleId)).toMatchObject({ ownerId: ana.id, visibility: "private" });
    }, 60_000);

    it("ingest: a text the user already sees in the library is a duplicate", async () => {
      const [report] = await add("sco-qingdao-ani.txt", `${writer}-ana`);
      expect(report).toMatchObject({ status: "duplicate" });
      const library = await db.article.findFirstOrThrow({
        where: { file: "sco-qingdao-ani.txt", story: { visibility: "library" } },
      });
      expect(report?.articleId).toBe(library.id);
    }, 60_000);

    it("ingest: another user's private text is no duplicate but a private copy of one's own", async () => {
      const ben = await user("ben");
      const [report] = await add("sco-qingdao-meetings.txt", ben.id);
      expect(report?.status).toBe("added");
      const copies = await db.article.findMany({
        where: { file: "sco-qingdao-meetings.txt" },
        select: { id: true, story: { select: { ownerId: true, visibility: true } } },
      });
      expect(copies.map((copy) => copy.story)).toEqual(
        expect.arrayContaining([
          { ownerId: `${writer}-ana`, visibility: "private" },
          { ownerId: ben.id, visibility: "private" },
        ]),
      );
      // The same text again for Ana is hers already.
      expect((await add("sco-qingdao-meetings.txt", `${writer}-ana`))[0]?.status).toBe("duplicate");
    }, 60_000);

    it("ingest: a user's add joins only their own private stories, never another user's or the library's", async () => {
      const ana = `${writer}-ana`;
      generateMock.mockClear();
      const [report] = await add("sco-qingdao-ani-page.txt", ana);
      expect(report?.status).not.toBe("error");
      const given = generateMock.mock.calls[0]?.[0].map((input) => input.id ?? "") ?? [];
      const contextIds = given
        .filter((id) => id.startsWith("stored:"))
        .map((id) => id.slice("stored:".length));
      const context = await db.article.findMany({
        where: { id: { in: contextIds } },
        select: { story: { select: { ownerId: true, visibility: true } } },
      });
      expect(context.map((article) => article.story)).toEqual(
        context.map(() => ({ ownerId: ana, visibility: "private" })),
      );
      if (report?.articleId) {
        expect(await storyOf(report.articleId)).toMatchObject({ ownerId: ana, visibility: "private" });
      }
    }, 60_000);
  });
}
