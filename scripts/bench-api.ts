// Throughput of POST /api/answers on the production server: autocannon on loopback, 50 connections for 10 s,
// every request answering a distinct card (a fresh clientId and a question nobody answered yet).
// A figure to read, not a test: `npm run bench:api`. Target (issue 3): >= 500 answers/s, p99 < 100 ms, no errors.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { signIn, signUp, startBenchServer } from "./bench-server";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = 3;
/** Enough questions that no card is answered twice, even at several thousand answers a second. */
const QUESTIONS = 60_000;
const USER = { name: "Bench Student", email: "bench@example.test", password: "bench-password-123" };

function insertQuestions(dbFile: string): void {
  const sqlite = new Database(dbFile);
  const created = new Date().toISOString().replace("Z", "+00:00");
  sqlite
    .prepare(
      "INSERT INTO stories (id, title, topic, created_at) VALUES ('bench-story', 'Bench', 'Polity', ?)",
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
function answerBody(): string {
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

function fire(
  url: string,
  cookie: string,
  connections: number,
  duration: number,
): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: "POST",
        path: "/api/answers",
        headers: { "content-type": "application/json", cookie },
        setupRequest: (request) => ({ ...request, body: answerBody() }),
      },
    ],
  });
}

async function main(): Promise<void> {
  const server = await startBenchServer({ label: "bench-api", prepare: insertQuestions });
  try {
    await signUp(server.base, USER);
    const cookie = await signIn(server.base, USER.email, USER.password);
    console.log(`setup: signed in as ${USER.email}`);

    const warm = await fire(server.base, cookie, 10, WARMUP_S);
    console.log(
      `warm-up: ${WARMUP_S}s, 10 connections, ${warm.requests.total} requests, ${warm.non2xx} non-2xx`,
    );
    const firstMeasured = next;

    const result = await fire(server.base, cookie, CONNECTIONS, DURATION_S);
    const sqlite = new Database(server.dbFile, { readonly: true });
    const logs = sqlite
      .prepare("SELECT COUNT(*) AS n, COUNT(DISTINCT card_id) AS cards FROM review_logs")
      .get() as {
      n: number;
      cards: number;
    };
    sqlite.close();

    const codes = Object.entries(result.statusCodeStats ?? {})
      .map(([code, stat]) => `${code}: ${(stat as { count: number }).count}`)
      .join(", ");
    console.log(`
POST /api/answers — ${CONNECTIONS} connections, ${DURATION_S} s, loopback, production build of ${server.source}
  requests/s    ${result.requests.average.toFixed(1)} (mean; min ${result.requests.min}, max ${result.requests.max})
  latency p50   ${result.latency.p50} ms
  latency p99   ${result.latency.p99} ms   (mean ${result.latency.average.toFixed(1)} ms, max ${result.latency.max} ms)
  requests      ${result.requests.total} completed (${next - firstMeasured} started, each for its own card); status codes ${codes || "none"}
  non-2xx       ${result.non2xx}
  errors        ${result.errors} (timeouts ${result.timeouts})
  review logs   ${logs.n} in the database, ${logs.cards} distinct cards (warm-up included)
target: >= 500 answers/s, p99 < 100 ms, no errors — ${
      result.requests.average >= 500 && result.latency.p99 < 100 && result.errors === 0 && result.non2xx === 0
        ? "met"
        : "NOT met"
    }`);
    if (result.non2xx > 0 || result.errors > 0) {
      console.log(
        `--- server log (last 20 lines) ---\n${server.log().trim().split("\n").slice(-20).join("\n")}`,
      );
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
