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
    }, 60_000);
  });
}
