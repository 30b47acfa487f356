// Times Today's queue for one user with 100,000 cards and 1,000,000 review logs in a fresh SQLite file.
// A figure to read, not a test: `npm run bench:queue`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";

const CARDS = 100_000;
const NEW_QUESTIONS = 1_000;
const LOGS_PER_CARD = 10;
const RUNS = 50;
const QUEUE_LIMIT = 100;
const DAY = 86_400_000;

const dir = mkdtempSync(path.join(tmpdir(), "bench-queue-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;

// Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset; match it so comparisons hold.
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

function seed(now: number): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  for (const entry of readdirSync(migrations, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort()) {
    sqlite.exec(readFileSync(path.join(migrations, entry.name, "migration.sql"), "utf8"));
  }
  const created = iso(now);
  sqlite
    .prepare(
      "INSERT INTO users (id, name, email, email_verified, role, created_at, updated_at) VALUES (?, ?, ?, 0, 'student', ?, ?)",
    )
    .run("bench-user", "Bench", "bench@example.test", created, created);
  sqlite
    .prepare("INSERT INTO stories (id, title, topic, visibility, created_at) VALUES (?, ?, ?, 'library', ?)")
    .run("story", "Story", "Polity", created);
  const question = sqlite.prepare(
    `INSERT INTO questions (id, fact_key, kind, prompt, answer, aliases, options, explanation, topic, story_id, score,
       flashcard_front, flashcard_back, cloze_text, created_at)
     VALUES (?, ?, 'person', ?, 'A', '[]', '["A","B","C","D"]', 'E', ?, 'story', 1, 'F', 'B', 'C', ?)`,
  );
  const card = sqlite.prepare(
    `INSERT INTO cards (id, user_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days,
       learning_steps, reps, lapses, state, last_review, version)
     VALUES (?, 'bench-user', ?, ?, ?, 5, 3, 10, 0, ?, 0, 2, ?, ?)`,
  );
  const log = sqlite.prepare(
    `INSERT INTO review_logs (id, user_id, card_id, client_id, mode, rating, correct, overridden, duration_ms,
       reviewed_at, state, due, stability, difficulty, elapsed_days, scheduled_days, next_due)
     VALUES (?, 'bench-user', ?, ?, 'quiz', ?, ?, 0, 9000, ?, 2, ?, 10, 5, 3, 10, ?)`,
  );
  const topics = ["Polity", "Economy", "Defence", "Science", "Sports", "International"];
  let logId = 0;
  const insertRange = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `q${String(i).padStart(7, "0")}`;
      question.run(id, `fact-${i}`, `Prompt ${i}`, topics[i % topics.length], created);
      if (i >= CARDS) continue;
      // About 8% due now (up to 30 days overdue), the rest spread over the next year.
      const due = now + (i % 12 === 0 ? -((i * 7919) % (30 * DAY)) : ((i * 104729) % (365 * DAY)) + 60_000);
      const lastReview = now - ((i * 31) % (60 * DAY)) - DAY;
      card.run(`c${i}`, id, iso(due), 10 + (i % 90), LOGS_PER_CARD, iso(lastReview), LOGS_PER_CARD);
      for (let r = 0; r < LOGS_PER_CARD; r++) {
        const at = lastReview - r * 7 * DAY;
        const rating = r % 9 === 0 ? 1 : 3;
        log.run(
          `l${logId}`,
          `c${i}`,
          `client-${logId}`,
          rating,
          rating > 1 ? 1 : 0,
          iso(at),
          iso(at),
          iso(at + 7 * DAY),
        );
        logId++;
      }
    }
  });
  const total = CARDS + NEW_QUESTIONS;
  for (let from = 0; from < total; from += 10_000) insertRange(from, Math.min(total, from + 10_000));
  sqlite.close();
  console.log(`seeded ${CARDS} cards, ${logId} review logs, ${total} questions`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const now = Date.UTC(2026, 10, 23, 9, 0);
  const seedStart = performance.now();
  seed(now);
  console.log(`seed: ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  // Imported after DATABASE_URL points at the bench file: server/env reads it once.
  const { getTodayQueue } = await import("@/server/data/queue");
  const { db } = await import("@/server/db");
  // Two shapes of the same deck: a backlog (due cards fill the queue) and caught up (nothing due, so the
  // queue looks for the 20 new questions the user has never studied; like fresh
  // ingests, they are the newest of the 101,000 questions).
  const scenarios = [
    { name: "backlog", now: new Date(now) },
    { name: "caught up", now: new Date(now - 31 * DAY) },
  ];
  for (const scenario of scenarios) {
    const options = { userId: "bench-user", now: scenario.now, limit: QUEUE_LIMIT };
    const warm = await getTodayQueue(options);
    const kinds: Record<string, number> = {};
    for (const item of warm.items) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1;
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await getTodayQueue(options);
      timings.push(performance.now() - start);
    }
    timings.sort((a, b) => a - b);
    console.log(
      `${scenario.name}: getTodayQueue(limit ${QUEUE_LIMIT}) -> ${JSON.stringify(kinds)}; ${RUNS} runs: ` +
        `median ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms, ` +
        `max ${(timings.at(-1) ?? 0).toFixed(2)} ms (target < 50 ms)`,
    );
  }
  await db.$disconnect();
  if (!process.env.KEEP_BENCH_DB) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
