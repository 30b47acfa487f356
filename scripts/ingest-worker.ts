// The ingest worker: drains the add queue (server/ingest-queue.ts) until SIGTERM or SIGINT. scripts/serve.ts starts
// one beside the Next.js workers; any number may run against one database.
//
//   tsx --conditions=react-server scripts/ingest-worker.ts
//
// It lowers its own CPU priority: the generator's bursts then yield the cores to the processes serving requests.
import os from "node:os";
import { db } from "@/server/db";
import { newWorkerId, runIngestWorker } from "@/server/ingest-queue";

const LOWEST_PRIORITY = 19;

async function main(): Promise<void> {
  try {
    os.setPriority(LOWEST_PRIORITY);
  } catch {
    // Not allowed on this system: run at normal priority.
  }
  const stop = new AbortController();
  process.once("SIGTERM", () => stop.abort());
  process.once("SIGINT", () => stop.abort());
  const workerId = newWorkerId();
  console.log(`ingest worker ${workerId}: waiting for articles`);
  await runIngestWorker({ signal: stop.signal, workerId });
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
