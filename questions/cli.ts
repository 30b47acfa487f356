/** Command line: `questions generate [--json] FILE...` prints the questions made from the files. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { generate } from "./generate";
import { type OutputDocument, outputDocumentSchema } from "./schema";

const argsSchema = z.object({
  command: z.literal("generate", { error: "the only command is: generate" }),
  json: z.boolean(),
  files: z.array(z.string().min(1)).min(1, { error: "name at least one article file" }),
});

const USAGE = "usage: questions generate [--json] FILE...";

function main(argv: string[]): number {
  const parsed = argsSchema.safeParse({
    command: argv[0],
    json: argv.includes("--json"),
    files: argv.slice(1).filter((a) => a !== "--json"),
  });
  if (!parsed.success) {
    console.error(`${parsed.error.issues[0]?.message ?? "bad arguments"}\n${USAGE}`);
    return 2;
  }
  const inputs: { file: string; text: string }[] = [];
  for (const file of parsed.data.files) {
    try {
      const bytes = readFileSync(file);
      inputs.push({ file, text: bytes.toString("utf8") });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "cannot be read";
      console.error(`${file}: ${reason}`);
      return 2;
    }
  }
  const result = generate(inputs.map((input, i) => ({ ...input, id: `a${i + 1}` })));
  for (const w of result.warnings)
    if (w.code !== "no_questions" || result.articles.length > 0) console.error(`warning: ${w.message}`);

  const document: OutputDocument = outputDocumentSchema.parse({
    articles: result.articles.map(({ id, file, title, date, source, topic, duplicateOf }) => ({
      id,
      file,
      title,
      date,
      source,
      topic,
      duplicateOf,
    })),
    questions: result.questions.map(
      ({ id, kind, prompt, answer, aliases, options, explanation, sources }) => ({
        id,
        kind,
        prompt,
        answer,
        aliases,
        options,
        explanation,
        sources,
      }),
    ),
  });
  if (parsed.data.json) {
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return 0;
  }
  for (const article of result.articles) {
    const own = result.questions.filter((q) => q.sources[0]?.articleId === article.id);
    const header = `${article.title} (${article.file}${article.date ? `, ${article.date}` : ""}, ${article.topic}${article.duplicateOf ? `, copy of ${article.duplicateOf}` : ""})`;
    console.log(`\n${header}\n${"-".repeat(Math.min(header.length, 100))}`);
    if (own.length === 0) console.log("  (no questions of its own)");
    own.forEach((q, i) => {
      console.log(`${i + 1}. [${q.kind}] ${q.prompt}`);
      q.options.forEach((o, j) => {
        console.log(`     ${String.fromCharCode(97 + j)}) ${o}${o === q.answer ? "   <- answer" : ""}`);
      });
      console.log(`     source: ${q.sources.map((s) => s.articleId).join(", ")}`);
    });
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
