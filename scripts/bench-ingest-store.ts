// How long storing one added article takes through each writer (server/ingest-store): the time its write
// transaction holds SQLite's one write lock, which answers wait for. In a fresh SQLite file, the five samples are
// added first, then bench-ingest's 20 articles one at a time (as the ingest worker claims them), three rounds
// per writer. A figure to read, not a test: `npm run bench:ingest-store`.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { sampleArticles } from "../prisma/sample-articles";

const ROUNDS = 3;
const dir = mkdtempSync(path.join(tmpdir(), "bench-ingest-store-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;

function migrate(): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  for (const entry of readdirSync(migrations, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort()) {
    sqlite.exec(readFileSync(path.join(migrations, entry.name, "migration.sql"), "utf8"));
  }
  sqlite.close();
}

const texts = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ file: name, text: readFileSync(path.join(folder, name), "utf8") }));

/** The samples, then bench-ingest's 20 articles: the generator's fixtures and updates of the samples. */
function articles() {
  const samples = sampleArticles();
  const updates = samples.map(({ file, text }) => {
    const lines = text.split("\n");
    return { file: `update-${file}`, text: ["Update:", lines.at(-1), ...lines.slice(0, -1)].join("\n") };
  });
  const fixtures = texts(path.join(process.cwd(), "__tests__", "questions", "fixtures"));
  return { samples, added: [...fixtures, ...updates].slice(0, 20) };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

async function main() {
  migrate();
  const { ingestArticles } = await import("@/server/ingest");
  const { generationStores } = await import("@/server/ingest-store");
  const { db } = await import("@/server/db");
  const { samples, added } = articles();

  const times: number[] = [];
  for (const writer of ["prisma", "sqlite"] as const) {
    const store = generationStores[writer];
    generationStores[writer] = async (plan) => {
      const start = performance.now();
      try {
        return await store(plan);
      } finally {
        times.push(performance.now() - start);
      }
    };
  }

  for (let round = 1; round <= ROUNDS; round++) {
    for (const writer of ["prisma", "sqlite"] as const) {
      await db.questionSource.deleteMany();
      await db.question.deleteMany();
      await db.article.updateMany({ data: { duplicateOfId: null } });
      await db.article.deleteMany();
      await db.story.deleteMany();
      await ingestArticles({ inputs: samples, writer });
      times.length = 0;
      for (const input of added) await ingestArticles({ inputs: [input], writer });
      console.log(
        `round ${round}  ${writer.padEnd(6)}  store per article: median ${percentile(times, 50).toFixed(2)} ms, ` +
          `p90 ${percentile(times, 90).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms ` +
          `(${times.length} articles)`,
      );
    }
  }
  await db.$disconnect();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
