// Adding articles while users answer: 20 articles go through the Add page's upload (POST /add/articles, four adds
// of five, two seconds apart) and the ingest worker while POST /api/answers runs at 500 answers/s in an open loop
// (bench-api's second run). Prints the answer latency without adds (before and after) and during them.
// A figure to read, not a test: `npm run bench:ingest`.
//
// Target (issue 8, item 3): the answer p99 during the adds stays under twice the p99 without them.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sampleArticles } from "../prisma/sample-articles";
import { insertQuestions, type PacedResult, pacedAnswers, percentile } from "./bench-answers";
import { signIn, signUp, startBenchServer } from "./bench-server";

const RATE = Number(process.env.BENCH_RATE ?? 500);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 10);
const ADDS = 4;
const PER_ADD = 5;
const ADD_EVERY_MS = 2000;
const POLL_MS = 250;
/** The adds must be read within this time, or the benchmark stops with an error. */
const ADDS_TIMEOUT_MS = 180_000;
const STUDENT = { name: "Bench Student", email: "bench@example.test", password: "bench-password-123" };
const ADDER = { name: "Bench Adder", email: "adder@example.test", password: "bench-password-123" };

/** 20 articles the seed has not stored: the generator's test fixtures, and new versions of three samples. */
function articles(): { name: string; text: string }[] {
  const fixtures = path.join(process.cwd(), "__tests__", "questions", "fixtures");
  const own = readdirSync(fixtures)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(fixtures, name), "utf8") }));
  const updates = sampleArticles().map(({ file: name, text }) => {
    const lines = text.split("\n");
    // The same story told again: a new text (last line first, marked as an update) that joins a stored story.
    return { name: `update-${name}`, text: ["Update:", lines.at(-1), ...lines.slice(0, -1)].join("\n") };
  });
  const all = [...own, ...updates].slice(0, ADDS * PER_ADD);
  if (all.length < ADDS * PER_ADD) throw new Error(`only ${all.length} articles to add`);
  return all;
}

interface AddOutcome {
  uploadMs: number[];
  /** From the first upload until the last article was read. */
  totalMs: number;
  statuses: Map<string, number>;
}

/** Uploads one add through the Add page's route; returns its batch id. */
async function upload(
  base: string,
  cookie: string,
  files: { name: string; text: string }[],
): Promise<string> {
  const form = new FormData();
  for (const { name, text } of files) form.append("files", new File([text], name, { type: "text/plain" }));
  const response = await fetch(`${base}/add/articles`, {
    method: "POST",
    headers: { origin: base, accept: "application/json", cookie },
    body: form,
  });
  if (response.status !== 202) throw new Error(`add: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { batchId: string }).batchId;
}

/** Uploads ADDS adds of PER_ADD articles, ADD_EVERY_MS apart, and waits until the worker has read them all. */
async function addArticles(base: string, cookie: string): Promise<AddOutcome> {
  const texts = articles();
  const started = performance.now();
  const uploadMs: number[] = [];
  const batches = await Promise.all(
    Array.from({ length: ADDS }, async (_, add) => {
      await new Promise((resolve) => setTimeout(resolve, add * ADD_EVERY_MS));
      const t0 = performance.now();
      const batchId = await upload(base, cookie, texts.slice(add * PER_ADD, (add + 1) * PER_ADD));
      uploadMs.push(performance.now() - t0);
      return batchId;
    }),
  );
  const statuses = new Map<string, number>();
  for (const batchId of batches) {
    for (;;) {
      if (performance.now() - started > ADDS_TIMEOUT_MS) {
        throw new Error(`the added articles were not all read within ${ADDS_TIMEOUT_MS / 1000} s`);
      }
      const response = await fetch(`${base}/add/batches/${batchId}`, { headers: { cookie } });
      const progress = (await response.json()) as {
        total: number;
        done: number;
        reports: { status: string }[];
      };
      if (progress.done >= progress.total) {
        for (const report of progress.reports)
          statuses.set(report.status, (statuses.get(report.status) ?? 0) + 1);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  return { uploadMs, totalMs: performance.now() - started, statuses };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const merge = (a: PacedResult, b: PacedResult): PacedResult => ({
  sent: a.sent + b.sent,
  ok: a.ok + b.ok,
  failed: a.failed + b.failed,
  failures: new Map(
    [...new Set([...a.failures.keys(), ...b.failures.keys()])].map((why) => [
      why,
      (a.failures.get(why) ?? 0) + (b.failures.get(why) ?? 0),
    ]),
  ),
  latencies: [...a.latencies, ...b.latencies].sort((x, y) => x - y),
});
const line = (title: string, result: PacedResult) =>
  `${title.padEnd(22)} p50 ${ms(percentile(result.latencies, 50)).padStart(9)}   p99 ${ms(percentile(result.latencies, 99)).padStart(9)}   max ${ms(result.latencies.at(-1) ?? Number.NaN).padStart(9)}   ${result.sent} sent, ${result.failed} failed${result.failed ? ` (${[...result.failures].map(([why, count]) => `${why}: ${count}`).join(", ")})` : ""}`;

async function main(): Promise<void> {
  const server = await startBenchServer({ label: "bench-ingest", prepare: insertQuestions });
  try {
    await signUp(server.base, STUDENT);
    await signUp(server.base, ADDER);
    const student = await signIn(server.base, STUDENT.email, STUDENT.password);
    const adder = await signIn(server.base, ADDER.email, ADDER.password);
    console.log(`setup: signed in as ${STUDENT.email} (answers) and ${ADDER.email} (adds)`);

    // The warm-up also adds a sample the seed stored (so it is only "Already added") twice, once per web worker
    // with luck, so that the add and progress routes are loaded before anything is measured.
    const { file: sample, text } = sampleArticles()[0] ?? { file: "", text: "" };
    const warmAdds = Promise.all([1, 2].map(() => upload(server.base, adder, [{ name: sample, text }])));
    await pacedAnswers(server.base, student, RATE, { durationS: WARMUP_S, until: warmAdds });
    for (const batchId of await warmAdds) {
      await fetch(`${server.base}/add/batches/${batchId}`, { headers: { cookie: adder } });
    }
    console.log(`warm-up: ${WARMUP_S}s at ${RATE} answers/s, 2 adds of a stored sample`);
    const before = await pacedAnswers(server.base, student, RATE, { durationS: DURATION_S });
    const adds = addArticles(server.base, adder);
    const during = await pacedAnswers(server.base, student, RATE, { durationS: DURATION_S, until: adds });
    const outcome = await adds;
    const after = await pacedAnswers(server.base, student, RATE, { durationS: DURATION_S });

    const without = merge(before, after);
    const p99Without = percentile(without.latencies, 99);
    const p99During = percentile(during.latencies, 99);
    const met = p99During < 2 * p99Without && during.failed === 0 && without.failed === 0;
    const statuses = [...outcome.statuses.entries()]
      .map(([status, count]) => `${count} ${status}`)
      .join(", ");
    console.log(`
POST /api/answers at ${RATE} answers/s (open loop), production build of ${server.source}, while ${ADDS * PER_ADD} articles are added
${line("without adds (before)", before)}
${line("without adds (after)", after)}
${line("without adds (both)", without)}
${line("during adds", during)}
adds              ${ADDS} uploads of ${PER_ADD} files, ${ADD_EVERY_MS / 1000} s apart: upload answered in ${outcome.uploadMs.map((value) => value.toFixed(0)).join(", ")} ms; all ${ADDS * PER_ADD} read ${(outcome.totalMs / 1000).toFixed(1)} s after the first upload (${statuses})
p99 during / without  ${(p99During / p99Without).toFixed(2)}x
target: p99 during adds < 2x p99 without, no failed answer — ${met ? "met" : "NOT met"}`);
    if (!met) {
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
