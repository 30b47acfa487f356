import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "@/prisma/database-url";
import { env } from "./env";
import { retryWhileBusy } from "./sqlite-lock";

/**
 * A second connection to Prisma's SQLite file, for hot writes that must not pay Prisma's per-query cost or wait
 * behind its adapter's transaction mutex: each write is one synchronous transaction of prepared statements, so
 * it never holds the write lock across an await.
 */
export type SqliteConnection = Database.Database;

/** The SQLite file of DATABASE_URL; null for a server database such as PostgreSQL. */
export const sqliteFile: string | null = sqliteFilePath(env.DATABASE_URL);

function open(file: string): SqliteConnection {
  mkdirSync(path.dirname(file), { recursive: true });
  // No busy_timeout: it would wait synchronously, freezing the event loop, and the lock may be held by Prisma's
  // own connection in this very process across an await (an interactive transaction), which could then never
  // finish. writeTransaction waits for the lock between event-loop turns instead. Reads on this connection
  // (the answer store's) never wait: WAL serves them from the last commit while another connection writes.
  const connection = new Database(file, { timeout: 0 });
  connection.pragma("journal_mode = WAL");
  // The usual setting with WAL: NORMAL syncs at checkpoints instead of at every commit. The file stays safe from
  // corruption and a crash of the app loses nothing; only a power cut may lose the answers since the last
  // checkpoint. FULL would add an fsync to every answer.
  connection.pragma("synchronous = NORMAL");
  return connection;
}

const cache = globalThis as unknown as { sqliteWriter?: SqliteConnection };

/** The writer connection, opened on first use and kept on globalThis, so hot reloads reuse it too. */
export function sqliteConnection(): SqliteConnection {
  if (cache.sqliteWriter) return cache.sqliteWriter;
  if (!sqliteFile) throw new Error("The SQLite writer needs a file: DATABASE_URL.");
  cache.sqliteWriter = open(sqliteFile);
  return cache.sqliteWriter;
}

/**
 * Runs `work` as one BEGIN IMMEDIATE transaction on the writer connection: it holds the write lock from its
 * first read, so what it reads is still true when it writes, and it rolls back if `work` throws. `work` must be
 * synchronous. While another connection holds the lock, it retries without blocking the event loop, and after
 * LOCK_WAIT_MS it fails with a 503 that the browser retries (server/sqlite-lock.ts).
 */
export async function writeTransaction<T>(work: (connection: SqliteConnection) => T): Promise<T> {
  const connection = sqliteConnection();
  const transaction = connection.transaction(work);
  return retryWhileBusy(() => transaction.immediate(connection));
}

/** A DateTime as Prisma's SQLite adapter stores it (its default "iso8601" format), so Prisma reads it back as is. */
export function toSqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A stored DateTime: ISO text as Prisma writes it, or epoch milliseconds as its "unixepoch-ms" format would. */
export function fromSqliteDate(value: string | number): Date {
  return new Date(value);
}
