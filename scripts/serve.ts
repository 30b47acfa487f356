// Serves the production build on every core: node:cluster forks one `next start` per available CPU, all
// listening on one port, and the primary process hands incoming connections to them in turn. One Next.js
// process runs its JavaScript on one core; on this 2-core machine a second one nearly doubles the answers a
// second (README.md, "Figures"). Every process opens the same SQLite file in WAL mode: readers never wait,
// and writers take the write lock one short transaction at a time (server/sqlite-writer.ts).
//
//   tsx scripts/serve.ts --port 3000 [--host 127.0.0.1] [--workers 2] [--cpu-prof-dir DIR]
//
// WEB_CONCURRENCY, as on most hosts, sets the number of workers when --workers is not given. A worker that
// dies is replaced; one that dies within seconds of starting ends the server, so a broken build fails loudly.
// Beside them runs one ingest worker (scripts/ingest-worker.ts), which makes questions from added articles off
// the request path; it is restarted when it dies, after a pause if it dies at once.
import { type ChildProcess, spawn } from "node:child_process";
import cluster, { type Worker } from "node:cluster";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";

const ServeArgs = z.object({
  port: z.coerce.number().int().min(1).max(65_535),
  host: z.string().min(1).optional(),
  workers: z.coerce.number().int().min(1).max(64).default(os.availableParallelism()),
  /** Each worker writes a V8 CPU profile here when it exits (node --cpu-prof; not allowed in NODE_OPTIONS). */
  "cpu-prof-dir": z.string().min(1).optional(),
});

/** A worker that exits sooner than this after it was forked is a crash loop, not a crash. */
const CRASH_LOOP_MS = 10_000;
const SHUTDOWN_GRACE_MS = 10_000;
const INGEST_RESTART_PAUSE_MS = 5000;

function parseServeArgs(argv: string[]): z.infer<typeof ServeArgs> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string", short: "H" },
      workers: { type: "string", short: "w" },
      "cpu-prof-dir": { type: "string" },
    },
  });
  const parsed = ServeArgs.safeParse({ ...values, workers: values.workers ?? process.env.WEB_CONCURRENCY });
  if (!parsed.success) {
    console.error(
      `serve: ${z.prettifyError(parsed.error)}\nusage: serve --port N [--host H] [--workers N] [--cpu-prof-dir DIR]`,
    );
    process.exit(2);
  }
  return parsed.data;
}

function main(): void {
  const args = parseServeArgs(process.argv.slice(2));
  const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");
  cluster.setupPrimary({
    exec: nextCli,
    args: ["start", "-p", String(args.port), ...(args.host ? ["-H", args.host] : [])],
    // The workers run Next.js's own compiled server: none of this script's TypeScript loader flags.
    execArgv: args["cpu-prof-dir"] ? ["--cpu-prof", `--cpu-prof-dir=${args["cpu-prof-dir"]}`] : [],
  });

  const forkedAt = new Map<Worker, number>();
  let stopping = false;
  const fork = () => forkedAt.set(cluster.fork(), Date.now());

  let ingest: ChildProcess | null = null;
  const startIngestWorker = () => {
    const startedAt = Date.now();
    const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
    const child = spawn(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", path.join(root, "scripts", "ingest-worker.ts")],
      { stdio: "inherit" },
    );
    ingest = child;
    child.on("error", (error) => console.error(`serve: the ingest worker did not start: ${error.message}`));
    child.on("exit", (code, signal) => {
      if (ingest === child) ingest = null;
      if (stopping) return;
      const lived = Date.now() - startedAt;
      console.error(
        `serve: ingest worker ${child.pid} exited (${signal ?? `exit code ${code}`}); restarting.`,
      );
      setTimeout(startIngestWorker, lived < CRASH_LOOP_MS ? INGEST_RESTART_PAUSE_MS : 0).unref();
    });
  };

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    ingest?.kill("SIGTERM");
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    if (workers.length === 0) process.exit(code);
    let alive = workers.length;
    for (const worker of workers) {
      worker.once("exit", () => {
        alive -= 1;
        if (alive === 0) process.exit(code);
      });
      worker.process.kill("SIGTERM");
    }
    setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS).unref();
  };

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (forkedAt.get(worker) ?? 0);
    forkedAt.delete(worker);
    if (stopping) return;
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    if (lived < CRASH_LOOP_MS) {
      console.error(
        `serve: worker ${worker.process.pid} died ${lived} ms after starting (${how}); stopping.`,
      );
      stop(1);
      return;
    }
    console.error(`serve: worker ${worker.process.pid} died (${how}); starting another.`);
    fork();
  });
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));

  console.log(`serve: ${args.workers} Next.js worker processes on port ${args.port}, 1 ingest worker`);
  for (let i = 0; i < args.workers; i++) fork();
  startIngestWorker();
}

main();
