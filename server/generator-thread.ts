import "server-only";
import { Worker } from "node:worker_threads";
import type { ArticleInput, GenerateOptions, GenerationResult } from "@/questions/types";
import type { QuestionGenerator } from "./ingest";

/**
 * A thread running generator-thread.worker.ts. Node 20 does not hand tsx's loader to worker threads, so the thread
 * registers it (tsx/esm/api) before importing the TypeScript file; messages sent meanwhile wait in its port.
 */
function spawnThread(): Worker {
  const entry = new URL("./generator-thread.worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

type Reply = { ok: true; result: GenerationResult } | { ok: false; message: string };

/**
 * The question generator run in a low-priority thread (generator-thread.worker.ts), one call at a time, for the
 * ingest worker. A thread that dies is replaced on the next call.
 */
export function startGeneratorThread(): { generate: QuestionGenerator; stop: () => Promise<void> } {
  // Started now, not on the first add: loading the generator and its language model takes seconds of CPU.
  let thread: Worker | null = spawnThread();
  let queue: Promise<unknown> = Promise.resolve();

  const run = (inputs: ArticleInput[], options: GenerateOptions) =>
    new Promise<GenerationResult>((resolve, reject) => {
      const worker = thread ?? spawnThread();
      thread = worker;
      const done = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const onMessage = (reply: Reply) => {
        done();
        if (reply.ok) resolve(reply.result);
        else reject(new Error(`generator: ${reply.message}`));
      };
      const onError = (error: Error) => {
        done();
        thread = null;
        reject(error);
      };
      const onExit = (code: number) => {
        done();
        thread = null;
        reject(new Error(`the generator thread exited (${code})`));
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ inputs, now: (options.now ?? new Date()).getTime() });
    });

  return {
    generate: (inputs, options) => {
      const next = queue.then(() => run(inputs, options));
      queue = next.catch(() => undefined);
      return next;
    },
    stop: async () => {
      await thread?.terminate();
      thread = null;
    },
  };
}
