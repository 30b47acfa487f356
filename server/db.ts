import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { sqliteFilePath } from "@/prisma/database-url";
import { PrismaClient } from "@/prisma/generated/client";
import { env } from "./env";
import { LOCK_WAIT_MS, retryWhileBusy } from "./sqlite-lock";

// The driver adapter's types, from the adapter itself (@prisma/driver-adapter-utils is not a dependency).
type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

const sql = (text: string): Query => ({ sql: text, args: [], argTypes: [] });

/**
 * Prisma's SQLite connection without a busy_timeout (server/sqlite-lock.ts says why), so that a held write lock
 * never blocks the event loop:
 * - a statement outside a transaction that finds the lock taken is retried between event-loop turns (reads
 *   never need it in WAL mode, so they never wait);
 * - a transaction takes the write lock up front (BEGIN IMMEDIATE, retried the same way): it can then never fail
 *   busy halfway, when a retry would need the whole transaction again;
 * - after LOCK_WAIT_MS, a 503 AppError, which Prisma passes on as the cause of its own error.
 */
class LockWaitingAdapter implements Adapter {
  readonly provider: Adapter["provider"];
  readonly adapterName: Adapter["adapterName"];

  constructor(private readonly inner: Adapter) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: Query) {
    return retryWhileBusy(() => this.inner.queryRaw(query));
  }

  executeRaw(query: Query) {
    return retryWhileBusy(() => this.inner.executeRaw(query));
  }

  executeScript(script: string) {
    return this.inner.executeScript(script);
  }

  startTransaction(isolationLevel?: Parameters<Adapter["startTransaction"]>[0]): Promise<Transaction> {
    return retryWhileBusy(async () => {
      // The adapter's own BEGIN is deferred and takes no lock yet, so it can be swapped for an immediate one.
      const transaction = await this.inner.startTransaction(isolationLevel);
      try {
        await transaction.executeRaw(sql("ROLLBACK"));
        await transaction.executeRaw(sql("BEGIN IMMEDIATE"));
        return transaction;
      } catch (error) {
        // BEGIN IMMEDIATE failed, so no transaction is open: only the adapter's mutex is left to release.
        await transaction.rollback();
        throw error;
      }
    });
  }

  dispose() {
    return this.inner.dispose();
  }
}

class LockWaitingAdapterFactory {
  readonly provider: PrismaBetterSQLite3["provider"];
  readonly adapterName: PrismaBetterSQLite3["adapterName"];

  constructor(private readonly inner: PrismaBetterSQLite3) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<Adapter> {
    return new LockWaitingAdapter(await this.inner.connect());
  }

  async connectToShadowDb(): Promise<Adapter> {
    return new LockWaitingAdapter(await this.inner.connectToShadowDb());
  }
}

function createClient(databaseUrl: string): PrismaClient {
  const file = sqliteFilePath(databaseUrl);
  if (!file) {
    throw new Error("Only SQLite (file:) DATABASE_URLs are wired up; add the PostgreSQL adapter here.");
  }
  mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets readers work while another connection writes; the mode is stored in the file, so set it once here
  // (a synchronous wait for a lock is harmless at start-up, before any request).
  const connection = new Database(file, { timeout: LOCK_WAIT_MS });
  connection.pragma("journal_mode = WAL");
  connection.close();
  // better-sqlite3's `timeout` is the busy_timeout of the adapter's connection: none (see LockWaitingAdapter).
  return new PrismaClient({
    adapter: new LockWaitingAdapterFactory(new PrismaBetterSQLite3({ url: databaseUrl, timeout: 0 })),
  });
}

const cache = globalThis as unknown as { prismaClient?: PrismaClient };

/** The one Prisma client; cached on globalThis outside production so hot reloads reuse it. */
export const db: PrismaClient = cache.prismaClient ?? createClient(env.DATABASE_URL);

if (env.NODE_ENV !== "production") cache.prismaClient = db;
