// Answer load for the benchmarks that measure the answer API under something else (bench-ingest): synthetic
// questions nobody has answered, and an open loop of POST /api/answers at a fixed rate, each latency counted from
// when its request was due (as bench-api's second run measures it). Requests go over at most CONNECTIONS
// keep-alive sockets, as autocannon's do: a request due while all are busy waits in the client, and that wait
// counts. (Node's fetch would open a new socket per waiting request, tens of thousands once the server falls
// behind, and the client itself would then be what is measured.)
import { randomUUID } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";

const CONNECTIONS = 50;

/** Enough questions that no card is answered twice in a run. */
export const QUESTIONS = 100_000;

/** Inserts QUESTIONS synthetic questions (story "bench-story") into the bench database. */
export function insertQuestions(dbFile: string): void {
  const sqlite = new Database(dbFile);
  const created = new Date().toISOString().replace("Z", "+00:00");
  sqlite
    .prepare(
      "INSERT INTO stories (id, title, topic, visibility, created_at) VALUES ('bench-story', 'Bench', 'Polity', 'library', ?)",
    )
    .run(created);
  const insert = sqlite.prepare(
    `INSERT INTO questions (id, fact_key, kind, prompt, answer, aliases, options, explanation, topic, story_id, score,
       flashcard_front, flashcard_back, cloze_text, created_at)
     VALUES (?, ?, 'person', ?, 'Alpha', '[]', '["Alpha","Beta","Gamma","Delta"]', 'Because.', 'Polity', 'bench-story', 1,
       'Front', 'Back', 'Cloze', ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < QUESTIONS; i++)
      insert.run(`bench-q${i}`, `bench-fact-${i}`, `Who is bench person ${i}?`, created);
  })();
  sqlite.close();
  console.log(`setup: ${QUESTIONS} synthetic questions`);
}

let next = 0;
/** A quiz answer to a card nobody answered yet. */
export function answerBody(): string {
  const i = next++;
  if (i >= QUESTIONS) throw new Error(`ran out of distinct questions after ${QUESTIONS}`);
  return JSON.stringify({
    questionId: `bench-q${i}`,
    clientId: randomUUID(),
    mode: "quiz",
    choice: i % 4,
    durationMs: 4000,
  });
}

export interface PacedResult {
  sent: number;
  ok: number;
  failed: number;
  /** Why requests failed: status codes and error codes, with counts. */
  failures: Map<string, number>;
  /** Per request, from when it was due to when its response ended, in ms, sorted. */
  latencies: number[];
}

/**
 * Open-loop load at `rate` answers/s over CONNECTIONS keep-alive connections: for `durationS` seconds,
 * or, with `until`, until that promise settles (at least `durationS`).
 */
export async function pacedAnswers(
  base: string,
  cookie: string,
  rate: number,
  { durationS, until }: { durationS: number; until?: Promise<unknown> },
): Promise<PacedResult> {
  const interval = 1000 / rate;
  const start = performance.now();
  const minimum = Math.round(rate * durationS);
  let open = until !== undefined;
  until?.finally(() => {
    open = false;
  });
  const result: PacedResult = { sent: 0, ok: 0, failed: 0, failures: new Map(), latencies: [] };
  const fail = (why: string) => {
    result.failed++;
    result.failures.set(why, (result.failures.get(why) ?? 0) + 1);
  };
  const inFlight: Promise<void>[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const url = new URL("/api/answers", base);
  const post = (body: string) =>
    new Promise<number>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: "POST",
          agent,
          headers: { "content-type": "application/json", origin: base, cookie },
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  const send = async (due: number) => {
    try {
      const status = await post(answerBody());
      if (status >= 200 && status < 300) result.ok++;
      else fail(String(status));
    } catch (error) {
      fail((error as NodeJS.ErrnoException).code ?? "error");
    }
    result.latencies.push(performance.now() - due);
  };
  while (result.sent < minimum || open) {
    const now = performance.now();
    // Everything due by now goes out now, so a late timer never lowers the rate.
    while ((result.sent < minimum || open) && start + result.sent * interval <= now) {
      inFlight.push(send(start + result.sent * interval));
      result.sent++;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + result.sent * interval - now)));
  }
  await Promise.all(inFlight);
  agent.destroy();
  result.latencies.sort((a, b) => a - b);
  return result;
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
