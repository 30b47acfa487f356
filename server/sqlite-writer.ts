import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "@/prisma/database-url";
import { env } from "./env";

/**
 * A second connection to Prisma's SQLite file, for hot writes that must not pay Prisma's per-query cost or wait
 * behind its adapter's transaction mutex: each write is one synchronous transaction of prepared statements, so
 * it never holds the write lock across an await.
 */
export type SqliteConnection = Database.Database;

/** The SQLite file of DATABASE_URL; null for a server database such as PostgreSQL. */
export const sqliteFile: string | null = sqliteFilePath(env.DATABASE_URL);

/** How long a write waits for another connection's write lock, as Prisma's connection does (server/db.ts). */
const LOCK_WAIT_MS = 5000;
const MAX_RETRY_DELAY_MS = 20;
const RETRIES_WITHOUT_SLEEP = 4;

function open(file: string): SqliteConnection {
  mkdirSync(path.dirname(file), { recursive: true });
  // No busy_timeout: it would wait synchronously, freezing the event loop, and the lock may be held by Prisma's
  // own connection in this very process across an await (an interactive transaction), which could then never
  // finish. writeTransaction waits for the lock between event-loop turns instead.
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

// By code alone, not `instanceof Database.SqliteError` (nor `instanceof Error`): the native addon keeps the
// error class of the first copy of better-sqlite3 loaded in the process, and jest loads a copy per test file,
// each in its own realm with its own Error.
function sqliteErrorCode(error: unknown): string | null {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : null;
}

function isBusy(error: unknown): boolean {
  return sqliteErrorCode(error)?.startsWith("SQLITE_BUSY") ?? false;
}

export function isSqliteUniqueViolation(error: unknown): boolean {
  return sqliteErrorCode(error) === "SQLITE_CONSTRAINT_UNIQUE";
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` as one BEGIN IMMEDIATE transaction on the writer connection: it holds the write lock from its
 * first read, so what it reads is still true when it writes, and it rolls back if `work` throws. `work` must be
 * synchronous. While another connection holds the lock, it retries for up to 5 s without blocking the event loop
 * (lockRetryPause).
 */
export async function writeTransaction<T>(work: (connection: SqliteConnection) => T): Promise<T> {
  const connection = sqliteConnection();
  const transaction = connection.transaction(work);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return transaction.immediate(connection);
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await lockRetryPause(attempt);
    }
  }
}

/**
 * Between tries for the write lock: another server process's answer holds it for well under a millisecond, so
 * the first retries only let this process's other requests run; later ones back off 1, 2, 4 … up to 20 ms.
 * (Sleeping 1 ms from the first retry cost about 12 s of waiting per 25,000 answers under bench:api.)
 */
function lockRetryPause(attempt: number): Promise<void> {
  if (attempt < RETRIES_WITHOUT_SLEEP) return new Promise<void>((resolve) => setImmediate(resolve));
  return sleep(Math.min(2 ** (attempt - RETRIES_WITHOUT_SLEEP), MAX_RETRY_DELAY_MS));
}

/** A DateTime as Prisma's SQLite adapter stores it (its default "iso8601" format), so Prisma reads it back as is. */
export function toSqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A stored DateTime: ISO text as Prisma writes it, or epoch milliseconds as its "unixepoch-ms" format would. */
export function fromSqliteDate(value: string | number): Date {
  return new Date(value);
}
