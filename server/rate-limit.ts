import "server-only";
import { db } from "./db";

// Counters for rate limits, in the database so that every app instance shares them. Each change is a
// compare-and-set on the row as it was read (retried when another request changed it first), so concurrent
// requests on several instances count exactly once each and none slips past a limit on a stale read.

interface Counter {
  count: number;
  windowStart: Date;
  lastAt: Date;
}

/** Rows untouched this long are deleted; no window or delay below lasts longer. */
const KEEP_MS = 24 * 60 * 60_000;
const MAX_CONFLICT_RETRIES = 50;

/** Limits on a run of failures: `free` of them pass, then each waits twice as long as the last, up to `maxDelayMs`. */
export interface FailureRule {
  free: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A run of failures is forgotten after this long without one. */
  forgetAfterMs: number;
}

/** A fixed window: at most `max` per `windowMs`, counted from the window's first attempt. */
export interface WindowRule {
  max: number;
  windowMs: number;
}

export type Decision = { allowed: true } | { allowed: false; retryAfterMs: number };

async function change(
  key: string,
  decide: (current: Counter | null) => { next: Counter | null; decision: Decision },
): Promise<Decision> {
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
    const current = await db.rateLimit.findUnique({ where: { key } });
    const { next, decision } = decide(current);
    if (!next) return decision;
    if (!current) {
      try {
        await db.rateLimit.create({ data: { key, ...next } });
      } catch (error) {
        // Another request created the row first: count against it.
        if (await db.rateLimit.findUnique({ where: { key } })) continue;
        throw error;
      }
      await db.rateLimit.deleteMany({ where: { lastAt: { lt: new Date(next.lastAt.getTime() - KEEP_MS) } } });
      return decision;
    }
    const { count } = await db.rateLimit.updateMany({
      where: { key, count: current.count, windowStart: current.windowStart, lastAt: current.lastAt },
      data: next,
    });
    if (count === 1) return decision;
  }
  throw new Error(`rate limit ${key}: too many concurrent changes`);
}

/** How long `counter` still blocks attempts under `rule` (0 when it does not). */
function failureDelayLeft(counter: Counter, rule: FailureRule, now: Date): number {
  if (counter.count < rule.free) return 0;
  const delay = Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** (counter.count - rule.free));
  return Math.max(0, counter.lastAt.getTime() + delay - now.getTime());
}

/**
 * Before an attempt that may fail (a password check): refused while the failures so far still impose a delay;
 * otherwise counted as a failure in advance, so that attempts running at the same time all count.
 * `attemptSucceeded` takes it back.
 */
export function beginAttempt(key: string, rule: FailureRule, now: Date): Promise<Decision> {
  return change(key, (current) => {
    const live = current && now.getTime() - current.lastAt.getTime() < rule.forgetAfterMs ? current : null;
    const wait = live ? failureDelayLeft(live, rule, now) : 0;
    if (wait > 0) return { next: null, decision: { allowed: false, retryAfterMs: wait } };
    return {
      next: { count: (live?.count ?? 0) + 1, windowStart: live?.windowStart ?? now, lastAt: now },
      decision: { allowed: true },
    };
  });
}

/** The attempt `beginAttempt` counted did not fail: `reset` ends the run of failures, otherwise only it is taken back. */
export async function attemptSucceeded(key: string, options: { reset: boolean }): Promise<void> {
  if (options.reset) {
    await db.rateLimit.deleteMany({ where: { key } });
    return;
  }
  await change(key, (current) => ({
    next: current && current.count > 0 ? { ...current, count: current.count - 1 } : null,
    decision: { allowed: true },
  }));
}

/** Counts one attempt in `rule`'s window, or refuses it when the window is full. */
export function consume(key: string, rule: WindowRule, now: Date): Promise<Decision> {
  return change(key, (current) => {
    if (!current || now.getTime() - current.windowStart.getTime() >= rule.windowMs) {
      return { next: { count: 1, windowStart: now, lastAt: now }, decision: { allowed: true } };
    }
    if (current.count >= rule.max) {
      const retryAfterMs = current.windowStart.getTime() + rule.windowMs - now.getTime();
      return { next: null, decision: { allowed: false, retryAfterMs } };
    }
    return { next: { ...current, count: current.count + 1, lastAt: now }, decision: { allowed: true } };
  });
}
