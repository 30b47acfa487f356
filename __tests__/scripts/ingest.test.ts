import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sampleArticles } from "@/prisma/sample-articles";
import { testDatabaseFile } from "../support/test-database";

const ROOT = process.cwd();
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const ARTICLE = sampleArticles()[0]?.text ?? "";

describe("scripts/ingest.ts", () => {
  it("ingest CLI: decodes a UTF-16 file by its byte-order mark and reports a Windows-1252 file unreadable", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ingest-cli-"));
    writeFileSync(
      path.join(dir, "utf16.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")]),
    );
    writeFileSync(
      path.join(dir, "cp1252.txt"),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x2e]),
    );
    const result = spawnSync(TSX, ["--conditions=react-server", "scripts/ingest.ts", dir], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${testDatabaseFile}` },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/error\s+\S*cp1252\.txt: cp1252\.txt is not UTF-8 text/);
    expect(result.stdout).toMatch(/added\s+\S*utf16\.txt/);

    const sqlite = new Database(testDatabaseFile, { readonly: true });
    const stored = sqlite.prepare("SELECT file, raw_text AS rawText FROM articles").all() as {
      file: string;
      rawText: string;
    }[];
    const stories = sqlite.prepare("SELECT owner_id AS ownerId, visibility FROM stories").all();
    sqlite.close();
    // The command line fills the library, as the seed does.
    expect(stories).toEqual([{ ownerId: null, visibility: "library" }]);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.file).toMatch(/utf16\.txt$/);
    expect(stored[0]?.rawText).toBe(ARTICLE);
  }, 120_000);
});
