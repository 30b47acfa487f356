// Import this first in an integration test file: it points DATABASE_URL at a fresh SQLite file,
// migrated with the checked-in migrations, before any server module reads the environment.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const file = path.join(mkdtempSync(path.join(tmpdir(), "study-test-")), "test.db");

const connection = new Database(file);
for (const migration of readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .sort()) {
  connection.exec(readFileSync(path.join(migrationsDir, migration.name, "migration.sql"), "utf8"));
}
connection.close();

process.env.DATABASE_URL = `file:${file}`;

export const testDatabaseFile = file;
