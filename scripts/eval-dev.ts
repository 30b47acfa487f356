/**
 * Prints the generator's score on the development set of real articles (`../shared/eval/dev`), or on the
 * samples with `-- --set seeds`, using the shared scorer. A script, not a test: it only prints.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";
import { generate } from "../questions/generate";
import { outputDocumentSchema } from "../questions/schema";

const args = z.object({ set: z.enum(["dev", "seeds"]).default("dev") }).parse({
  set: process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : undefined,
});
const root = resolve(import.meta.dirname, "..", "..", "shared", "eval");
const dir = join(root, args.set);
if (!existsSync(join(dir, "articles")) || !existsSync(join(root, "score.mjs"))) {
  console.log(`no ${dir}: nothing to score`);
  process.exit(0);
}
// Paths as the scorer expects them: relative to the project root, as the CLI would print them.
const files = readdirSync(join(dir, "articles"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join("..", "shared", "eval", args.set, "articles", f));
const result = generate(
  files.map((file, i) => ({ id: `a${i + 1}`, file, text: readFileSync(file, "utf8") })),
);
const document = outputDocumentSchema.parse(result);
const tmp = mkdtempSync(join(tmpdir(), "eval-"));
try {
  const out = join(tmp, "questions.json");
  writeFileSync(out, JSON.stringify(document));
  const report = execFileSync(
    "node",
    [join(root, "score.mjs"), "--gold", join(dir, "gold"), "--questions", out],
    {
      encoding: "utf8",
    },
  );
  process.stdout.write(report);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
