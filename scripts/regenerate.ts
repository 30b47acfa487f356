// npm run regenerate : runs the question generator again over every stored story and brings its questions in line
// by fact key (progress on unchanged facts is kept; facts no longer generated are retired, not deleted; what a
// teacher edited, wrote or retired is left alone).
import { z } from "zod";
import { db } from "@/server/db";
import { regenerateAll, type StoryRegeneration } from "@/server/regenerate";

const EXIT_USAGE = 2;

const argsSchema = z.array(z.string()).max(0, "Usage: npm run regenerate (it takes no arguments)");

const FIELDS = ["kept", "updated", "restored", "added", "retired", "teacherKept"] as const;

const LABELS: Partial<Record<(typeof FIELDS)[number], string>> = {
  added: "new",
  teacherKept: "left to teachers",
};

function line(report: Pick<StoryRegeneration, (typeof FIELDS)[number]>): string {
  return FIELDS.map((field) => `${report[field]} ${LABELS[field] ?? field}`).join(", ");
}

async function main(): Promise<number> {
  const parsed = argsSchema.safeParse(process.argv.slice(2).filter((arg) => arg !== "--"));
  if (!parsed.success) {
    console.error(z.prettifyError(parsed.error));
    return EXIT_USAGE;
  }
  const reports = await regenerateAll({
    onStory: (report) => console.log(`${report.title}: ${report.error ?? line(report)}`),
  });
  const total = { kept: 0, updated: 0, restored: 0, added: 0, retired: 0, teacherKept: 0 };
  for (const report of reports) for (const field of FIELDS) total[field] += report[field];
  const failed = reports.filter((report) => report.error).length;
  console.log(
    `\n${reports.length} stories: ${line(total)}${failed > 0 ? `; ${failed} failed, left unchanged` : ""}.`,
  );
  return failed > 0 ? 1 : 0;
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
