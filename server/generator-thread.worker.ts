// The question generator in a thread of the ingest worker, at the lowest CPU priority: on Linux a nice value
// belongs to one thread, so the generator's long bursts yield the cores to the web workers while the ingest
// worker's main thread, which holds SQLite's write lock while it stores, keeps its normal priority.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { generate } from "@/questions";
import type { ArticleInput } from "@/questions/types";

const LOWEST_PRIORITY = 19;

try {
  os.setPriority(LOWEST_PRIORITY);
} catch {
  // Not allowed here: the thread runs at normal priority.
}

// Loads the language model now, at low priority, instead of during the first add.
generate(
  [{ id: "warm-up", file: "warm-up", text: "The minister met the president in New Delhi on Monday." }],
  {
    now: new Date(),
  },
);

parentPort?.on("message", ({ inputs, now }: { inputs: ArticleInput[]; now: number }) => {
  try {
    parentPort?.postMessage({ ok: true, result: generate(inputs, { now: new Date(now) }) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
