import { sampleArticle } from "@/prisma/sample-articles";
import "../support/test-database";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { db } from "@/server/db";
import { type IngestInput, ingestArticles } from "@/server/ingest";
import { createUser } from "../support/study-fixtures";
import { testDatabaseFile } from "../support/test-database";

const NOW = new Date(Date.UTC(2025, 6, 1, 12, 0));
const read = (...parts: string[]) => readFileSync(path.join(process.cwd(), ...parts), "utf8");
const article = (name: string): IngestInput => ({ file: name, text: sampleArticle(name) });
const fixture = (name: string): IngestInput => ({
  file: `${name}.txt`,
  text: read("__tests__", "questions", "fixtures", `${name}.txt`),
});

// Adds that take every branch of the write: new stories, a repeat inside a batch, an unreadable file, a wire
// copy joining a stored story (its facts become sources of stored questions, and its date dates them), another
// outlet's report of the same event, and a text already stored.
const batches: IngestInput[][] = [
  [
    article("sco-qingdao-ani-page.txt"),
    article("sco-delhi-2023.txt"),
    { ...article("sco-delhi-2023.txt"), file: "delhi-copy.txt" },
    { file: "empty.txt", text: "  \n " },
    fixture("cricket"),
  ],
  [article("sco-qingdao-ani.txt"), fixture("isro")],
  [article("sco-qingdao-daijiworld.txt"), article("sco-qingdao-meetings.txt")],
  [{ ...article("sco-qingdao-ani-page.txt"), file: "again.txt" }],
];

const CUID = /\bc[a-z0-9]{24}\b/g;
type RawRow = Record<string, unknown>;

/** Every stored row of the four tables an add writes, as SQLite holds them, ids replaced by their creation rank. */
function storedRows(reports: unknown) {
  const raw = new Database(testDatabaseFile, { readonly: true });
  try {
    const all = (table: string) => raw.prepare<[], RawRow>(`SELECT * FROM ${table} ORDER BY id`).all();
    const tables = { stories: all("stories"), articles: all("articles"), questions: all("questions") };
    const labels = new Map<string, string>();
    for (const [table, rows] of Object.entries(tables)) {
      for (const [rank, row] of rows.entries()) labels.set(String(row.id), `${table}#${rank}`);
    }
    const relabel = (value: unknown) =>
      typeof value === "string" ? value.replace(CUID, (id) => labels.get(id) ?? `unknown ${id}`) : value;
    // Creation times differ between runs; their format must not (Prisma reads both paths' rows).
    const tidy = (row: RawRow) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          column === "created_at" ? String(value).replace(/\d/g, "0") : relabel(value),
        ]),
      );
    const sources = raw
      .prepare<[], RawRow>("SELECT * FROM question_sources")
      .all()
      .map(tidy)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    // Ids sort in creation order (server/data/queue.ts relies on it): a later add's questions sort after.
    const created = tables.questions.map((row) => String(row.created_at));
    expect(created).toEqual([...created].sort());
    return {
      stories: tables.stories.map(tidy),
      articles: tables.articles.map(tidy),
      questions: tables.questions.map(tidy),
      sources,
      reports: JSON.parse(relabel(JSON.stringify(reports)) as string),
    };
  } finally {
    raw.close();
  }
}

async function addAll(writer: "sqlite" | "prisma", addedById: string) {
  const reports = [];
  for (const inputs of batches) reports.push(await ingestArticles({ inputs, addedById, now: NOW, writer }));
  const rows = storedRows(reports);
  await db.questionSource.deleteMany();
  await db.question.deleteMany();
  await db.article.updateMany({ data: { duplicateOfId: null } });
  await db.article.deleteMany();
  await db.story.deleteMany();
  return rows;
}

describe("ingest writers", () => {
  afterAll(() => db.$disconnect());

  it("ingest: the SQLite and Prisma writers store the same rows and reports for the same adds", async () => {
    const user = await createUser();
    const prisma = await addAll("prisma", user.id);
    const sqlite = await addAll("sqlite", user.id);

    // The scenario reaches each branch, so the comparison below covers them all.
    expect(prisma.articles.length).toBeGreaterThan(4);
    expect(prisma.articles.some((row) => row.duplicate_of_id !== null)).toBe(true);
    expect(prisma.reports.flat().map((report: { status: string }) => report.status)).toEqual(
      expect.arrayContaining(["added", "duplicate", "no_questions"]),
    );
    expect(prisma.sources.length).toBeGreaterThan(prisma.questions.length);

    expect(sqlite).toEqual(prisma);
  }, 120_000);
});
