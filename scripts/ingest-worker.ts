// The ingest worker: drains the add queue (server/ingest-queue.ts) until SIGTERM or SIGINT. scripts/serve.ts starts
// one beside the Next.js workers; any number may run against one database.
//
//   tsx --conditions=react-server scripts/ingest-worker.ts
//
// The generator runs in a thread at the lowest CPU priority (server/generator-thread.ts), so its bursts yield the
// cores to the web workers; this thread, which stores the results and so holds SQLite's write lock, does not
// (a low-priority lock holder would keep every answer waiting).
import { db } from "@/server/db";
import { startGeneratorThread } from "@/server/generator-thread";
import { newWorkerId, runIngestWorker } from "@/server/ingest-queue";

async function main(): Promise<void> {
  const stop = new AbortController();
  process.once("SIGTERM", () => stop.abort());
  process.once("SIGINT", () => stop.abort());
  const generator = startGeneratorThread();
  const workerId = newWorkerId();
  console.log(`ingest worker ${workerId}: waiting for articles`);
  try {
    await runIngestWorker({ signal: stop.signal, workerId, generateQuestions: generator.generate });
  } finally {
    await generator.stop();
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
