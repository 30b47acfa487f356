import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { sqliteFilePath } from "@/prisma/database-url";
import { PrismaClient } from "@/prisma/generated/client";
import { env } from "./env";

// Writers wait this long for a lock instead of failing with SQLITE_BUSY.
const BUSY_TIMEOUT_MS = 5000;

function createClient(databaseUrl: string): PrismaClient {
  const file = sqliteFilePath(databaseUrl);
  if (!file) {
    throw new Error("Only SQLite (file:) DATABASE_URLs are wired up; add the PostgreSQL adapter here.");
  }
  mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets readers work while one request writes; the mode is stored in the file, so set it once up front.
  const connection = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  connection.pragma("journal_mode = WAL");
  connection.close();
  // better-sqlite3's `timeout` is its busy_timeout for every connection the adapter opens.
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS }),
  });
}

const cache = globalThis as unknown as { prismaClient?: PrismaClient };

/** The one Prisma client; cached on globalThis outside production so hot reloads reuse it. */
export const db: PrismaClient = cache.prismaClient ?? createClient(env.DATABASE_URL);

if (env.NODE_ENV !== "production") cache.prismaClient = db;
