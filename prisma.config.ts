import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "./prisma/database-url";

// The schema's env("DATABASE_URL") must resolve for every CLI command, so fill in the default here.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;

// Migrations run in the WebAssembly schema engine through the driver adapter: no native engine download.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const file = sqliteFilePath(url);
    if (file) mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
