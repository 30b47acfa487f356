// npm run ingest -- FILE|DIR... : imports .txt articles (directories recursively) through the generator, into the
// library (stories with no owner, seen by every signed-in user), as the seed does.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { SingleBar } from "cli-progress";
import { z } from "zod";
import { db } from "@/server/db";
import { type IngestReport, ingestArticles } from "@/server/ingest";
import { decodeTextFile } from "@/server/text-file";

const BATCH_SIZE = 10;
const EXIT_UNREADABLE = 2;

const argsSchema = z
  .array(z.string().trim().min(1, "Paths must not be empty."))
  .min(1, "Usage: npm run ingest -- FILE|DIR... (one or more .txt files or directories)");

function collectTextFiles(target: string): string[] {
  const stats = statSync(target);
  if (stats.isFile()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = path.join(target, entry.name);
      if (entry.isDirectory()) return collectTextFiles(child);
      return entry.isFile() && entry.name.toLowerCase().endsWith(".txt") ? [child] : [];
    });
}

async function main(): Promise<number> {
  const parsed = argsSchema.safeParse(process.argv.slice(2).filter((arg) => arg !== "--"));
  if (!parsed.success) {
    console.error(z.prettifyError(parsed.error));
    return EXIT_UNREADABLE;
  }

  const files: string[] = [];
  const unreadable: string[] = [];
  for (const target of parsed.data) {
    try {
      files.push(...collectTextFiles(target));
    } catch (error) {
      unreadable.push(`${target}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
    }
  }
  if (unreadable.length > 0) {
    console.error(`Cannot read:\n  ${unreadable.join("\n  ")}`);
    return EXIT_UNREADABLE;
  }
  if (files.length === 0) {
    console.error("No .txt files found.");
    return EXIT_UNREADABLE;
  }

  const reports: IngestReport[] = [];
  const bar = new SingleBar({ format: "Ingesting [{bar}] {value}/{total} files", hideCursor: true });
  bar.start(files.length, 0);
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    const batch = files.slice(start, start + BATCH_SIZE);
    const inputs: { file: string; text: string }[] = [];
    for (const file of batch) {
      const decoded = decodeTextFile(readFileSync(file));
      if (decoded.ok) inputs.push({ file, text: decoded.text });
      else
        reports.push({
          file,
          status: "error",
          questions: 0,
          message: `${path.basename(file)} ${decoded.reason}; not stored.`,
          articleId: null,
        });
    }
    if (inputs.length > 0) reports.push(...(await ingestArticles({ inputs, addedById: null })));
    bar.increment(batch.length);
  }
  bar.stop();

  for (const report of reports) {
    const count = report.status === "added" ? ` (${report.questions} questions)` : "";
    console.log(`${report.status.padEnd(12)} ${report.file}${count}: ${report.message}`);
  }
  const tally = (status: IngestReport["status"]) =>
    reports.filter((report) => report.status === status).length;
  console.log(
    `\n${tally("added")} added, ${tally("duplicate")} already added, ${tally("no_questions")} without questions, ${tally("error")} errors.`,
  );
  return 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exitCode = code;
  })
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exitCode = 1;
  });
