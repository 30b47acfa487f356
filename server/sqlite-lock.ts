import "server-only";
import { serverBusy } from "./errors";

// SQLite allows one writer at a time. A connection's busy_timeout would wait for the lock synchronously, freezing
// the whole server process (every request, reads included) for as long as another connection holds it. So no
// connection here has a busy_timeout: a write that finds the lock taken retries between event-loop turns, and
// after LOCK_WAIT_MS it gives up with a 503 the browser retries (serverBusy).

/** How long a write waits for another connection's write lock before answering 503. */
export const LOCK_WAIT_MS = 2000;

const MAX_RETRY_DELAY_MS = 20;
const RETRIES_WITHOUT_SLEEP = 4;

// By code alone, not `instanceof`: the native addon keeps the error class of the first copy of better-sqlite3
// loaded in the process, and jest loads a copy per test file, each in its own realm with its own Error. Prisma's
// driver adapter wraps the SQLite error, keeping its code as `cause.originalCode`.
function sqliteErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  if ("code" in error && typeof error.code === "string" && error.code.startsWith("SQLITE_"))
    return error.code;
  if ("cause" in error && typeof error.cause === "object" && error.cause !== null) {
    const { cause } = error;
    if ("originalCode" in cause && typeof cause.originalCode === "string") return cause.originalCode;
  }
  return null;
}

/** SQLITE_BUSY and its extended codes: another connection holds the lock this statement needs. */
export function isSqliteBusy(error: unknown): boolean {
  return sqliteErrorCode(error)?.startsWith("SQLITE_BUSY") ?? false;
}

export function isSqliteUniqueViolation(error: unknown): boolean {
  return sqliteErrorCode(error) === "SQLITE_CONSTRAINT_UNIQUE";
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Between tries for the write lock: another server process's answer holds it for well under a millisecond, so
 * the first retries only let this process's other requests run; later ones back off 1, 2, 4 … up to 20 ms.
 * (Sleeping 1 ms from the first retry cost about 12 s of waiting per 25,000 answers under bench:api.)
 */
function lockRetryPause(attempt: number): Promise<void> {
  if (attempt < RETRIES_WITHOUT_SLEEP) return new Promise<void>((resolve) => setImmediate(resolve));
  return sleep(Math.min(2 ** (attempt - RETRIES_WITHOUT_SLEEP), MAX_RETRY_DELAY_MS));
}

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY, pausing between tries without blocking the event loop;
 * after LOCK_WAIT_MS the 503 of serverBusy. `attempt` must leave nothing behind when it fails busy.
 */
export async function retryWhileBusy<T>(attempt: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      if (Date.now() >= deadline) throw serverBusy(error);
      await lockRetryPause(tries);
    }
  }
}
