import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { outputDocumentSchema } from "@/questions";
import { BUENOS_AIRES_TALKS, NAIROBI_TALKS } from "./fixtures";

const ROOT = process.cwd();
let dir: string;
let nairobi: string;
let buenosAires: string;
let empty: string;

/** Runs the CLI as the outside evaluation does: `tsx questions/cli.ts ...`. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "questions/cli.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "questions-cli-"));
  nairobi = path.join(dir, "nairobi.txt");
  buenosAires = path.join(dir, "buenos-aires.txt");
  empty = path.join(dir, "empty.txt");
  writeFileSync(nairobi, NAIROBI_TALKS);
  writeFileSync(buenosAires, BUENOS_AIRES_TALKS);
  writeFileSync(empty, "");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cli: generate --json", () => {
  it("cli: two articles print one valid JSON document and exit 0", () => {
    const r = cli("generate", "--json", nairobi, buenosAires);
    expect(r.code).toBe(0);
    const document = outputDocumentSchema.parse(JSON.parse(r.stdout));
    expect(document.articles.map((a) => a.file)).toEqual([nairobi, buenosAires]);
    expect(document.articles.map((a) => a.date)).toEqual(["2024-03-07", "2024-01-22"]);
    expect(document.questions.length).toBeGreaterThan(0);
    const ids = new Set(document.articles.map((a) => a.id));
    for (const q of document.questions) for (const s of q.sources) expect(ids.has(s.articleId)).toBe(true);
    expect(document.questions.some((q) => q.answer === "Daniel Kiprono")).toBe(true);
    expect(document.questions.some((q) => q.answer === "Rodrigo Alvarado")).toBe(true);
  });

  it("cli: --json may come after the files", () => {
    const r = cli("generate", nairobi, "--json");
    expect(r.code).toBe(0);
    expect(outputDocumentSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });

  it("cli: a missing file is named on stderr, exit 2, nothing on stdout", () => {
    const missing = path.join(dir, "no-such-article.txt");
    const r = cli("generate", "--json", nairobi, missing);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(missing);
  });

  it("cli: a directory is unreadable: named on stderr, exit 2, nothing on stdout", () => {
    const r = cli("generate", "--json", dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(dir);
  });

  it("cli: an empty file warns on stderr, is still listed, and the others keep their questions", () => {
    const r = cli("generate", "--json", empty, nairobi);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning/i);
    expect(r.stderr).toContain("empty.txt");
    const document = outputDocumentSchema.parse(JSON.parse(r.stdout));
    expect(document.articles.map((a) => a.file)).toEqual([empty, nairobi]);
    const emptyId = document.articles[0]?.id;
    expect(document.questions.some((q) => q.sources.some((s) => s.articleId === emptyId))).toBe(false);
    expect(document.questions.length).toBeGreaterThan(0);
  });

  it("cli: no command or no files is a usage error (exit 2)", () => {
    expect(cli().code).toBe(2);
    expect(cli("generate", "--json").code).toBe(2);
    expect(cli("summarise", nairobi).code).toBe(2);
  });
});

describe("cli: generate without --json", () => {
  it("cli: prints questions grouped under each article's title", () => {
    const r = cli("generate", nairobi, buenosAires);
    expect(r.code).toBe(0);
    const nairobiAt = r.stdout.indexOf("Norway and Kenya agree to expand fisheries research");
    const buenosAiresAt = r.stdout.indexOf("Chile and Argentina hold border talks");
    expect(nairobiAt).toBeGreaterThanOrEqual(0);
    expect(buenosAiresAt).toBeGreaterThan(nairobiAt);
    expect(r.stdout.slice(nairobiAt, buenosAiresAt)).toContain("Daniel Kiprono");
    expect(r.stdout.slice(buenosAiresAt)).toContain("Rodrigo Alvarado");
    expect(r.stdout).toMatch(/^1\. \[\w+\] .+\?$/m);
    expect(r.stdout).toMatch(/<- answer/);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });
});
