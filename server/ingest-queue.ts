import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "./db";
import {
  type IngestInput,
  type IngestReport,
  type IngestStatus,
  ingestArticles,
  type QuestionGenerator,
} from "./ingest";

// Adding articles, off the request path: the request stores one job per article (enqueueAdd) and answers at once;
// a worker process (scripts/ingest-worker.ts, started by scripts/serve.ts) claims jobs from the database and runs
// the generator on them. Claims are one conditional UPDATE, so any number of workers on any number of machines
// share the table; a claim not finished within CLAIM_STALE_MS (its worker died) is taken again.

/** Adds (one form submission each, up to MAX_FILES articles) a user may make per hour. */
export const ADDS_PER_HOUR = 20;
/** A running job whose claim is older than this is claimed again by the next worker that looks. */
export const CLAIM_STALE_MS = 60_000;
/** A job claimed this many times without finishing is reported as failed instead of tried again. */
export const MAX_ATTEMPTS = 3;
/** Articles of one add a worker takes at once: one, so each write transaction (and the write lock answers wait for) stays short and progress moves one article at a time. */
export const CLAIM_BATCH = 1;
const IDLE_POLL_MS = 500;
/** Finished jobs are kept this long (the Add page can show an add's report again), then deleted. */
export const KEEP_FINISHED_MS = 7 * 24 * 3_600_000;
const PURGE_EVERY_MS = 3_600_000;

export interface AddProgress {
  batchId: string;
  total: number;
  done: number;
  /** The finished articles' reports, in the order they were added. */
  reports: IngestReport[];
}

export type EnqueueResult =
  | { ok: true; batchId: string; total: number }
  | { ok: false; reason: "rate_limited"; retryAt: Date };

const HOUR_MS = 3_600_000;

class RateLimited extends Error {}

/**
 * Queues one add: counts it against the user's adds this hour and stores a job per article, in one transaction
 * (a refused add stores nothing and is not counted).
 */
export async function enqueueAdd({
  userId,
  inputs,
  now = new Date(),
}: {
  userId: string;
  inputs: IngestInput[];
  now?: Date;
}): Promise<EnqueueResult> {
  const hourStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const batchId = randomBytes(12).toString("base64url");
  try {
    await db.$transaction(async (tx) => {
      const counter = await tx.addCount.upsert({
        where: { userId_hourStart: { userId, hourStart } },
        create: { userId, hourStart, count: 1 },
        update: { count: { increment: 1 } },
      });
      if (counter.count > ADDS_PER_HOUR) throw new RateLimited();
      await tx.ingestJob.createMany({
        data: inputs.map((input, position) => ({
          batchId,
          position,
          userId,
          file: input.file,
          text: input.text,
          createdAt: now,
        })),
      });
    });
  } catch (error) {
    if (error instanceof RateLimited) {
      return { ok: false, reason: "rate_limited", retryAt: new Date(hourStart.getTime() + HOUR_MS) };
    }
    throw error;
  }
  return { ok: true, batchId, total: inputs.length };
}

/** Progress of one add, or null when there is no such add of this user's. */
export async function getAddProgress({
  batchId,
  userId,
}: {
  batchId: string;
  userId: string;
}): Promise<AddProgress | null> {
  const jobs = await db.ingestJob.findMany({
    where: { batchId, userId },
    orderBy: { position: "asc" },
    select: { file: true, status: true, result: true, questions: true, message: true, articleId: true },
  });
  if (jobs.length === 0) return null;
  const finished = jobs.filter((job) => job.status === "done");
  return {
    batchId,
    total: jobs.length,
    done: finished.length,
    reports: finished.map((job) => ({
      file: job.file,
      status: (job.result ?? "error") as IngestStatus,
      questions: job.questions,
      message: job.message ?? "",
      articleId: job.articleId,
    })),
  };
}

interface ClaimedJob {
  id: string;
  batchId: string;
  userId: string;
  file: string;
  text: string;
  attempts: number;
  createdAt: Date;
}

const claimable = (staleBefore: Date) => ({
  OR: [{ status: "queued" }, { status: "running", claimedAt: { lt: staleBefore } }],
});

/**
 * Claims up to `limit` jobs of the oldest add that has any waiting (or abandoned by a dead worker). The UPDATE
 * re-checks each job's state, so of two workers racing for a job exactly one gets it.
 */
export async function claimIngestJobs({
  workerId,
  now = new Date(),
  limit = CLAIM_BATCH,
}: {
  workerId: string;
  now?: Date;
  limit?: number;
}): Promise<ClaimedJob[]> {
  const staleBefore = new Date(now.getTime() - CLAIM_STALE_MS);
  const oldest = await db.ingestJob.findFirst({
    where: claimable(staleBefore),
    orderBy: [{ createdAt: "asc" }, { position: "asc" }],
    select: { batchId: true },
  });
  if (!oldest) return [];
  const candidates = await db.ingestJob.findMany({
    where: { batchId: oldest.batchId, ...claimable(staleBefore) },
    orderBy: { position: "asc" },
    take: limit,
    select: { id: true },
  });
  const ids = candidates.map((job) => job.id);
  await db.ingestJob.updateMany({
    where: { id: { in: ids }, ...claimable(staleBefore) },
    data: { status: "running", claimedBy: workerId, claimedAt: now, attempts: { increment: 1 } },
  });
  return db.ingestJob.findMany({
    where: { id: { in: ids }, status: "running", claimedBy: workerId, claimedAt: now },
    orderBy: { position: "asc" },
    select: {
      id: true,
      batchId: true,
      userId: true,
      file: true,
      text: true,
      attempts: true,
      createdAt: true,
    },
  });
}

/**
 * A job tried again after its worker died may find its own article already stored: that is the article it
 * added, not a duplicate.
 */
async function ownArticleFromEarlierAttempt(job: ClaimedJob, report: IngestReport): Promise<IngestReport> {
  if (job.attempts < 2 || report.status !== "duplicate" || !report.articleId) return report;
  const article = await db.article.findUnique({
    where: { id: report.articleId },
    select: {
      title: true,
      addedById: true,
      createdAt: true,
      warning: true,
      _count: { select: { sources: true } },
    },
  });
  if (!article || article.addedById !== job.userId || article.createdAt < job.createdAt) return report;
  const questions = article._count.sources;
  return {
    ...report,
    status: questions > 0 ? "added" : "no_questions",
    questions,
    message: questions > 0 ? `Added "${article.title}".` : (article.warning ?? "No question in it."),
  };
}

/** Runs the generator on claimed jobs (all of one add) and records each report; the job's text is let go. */
export async function processIngestJobs(
  jobs: ClaimedJob[],
  { now = new Date(), generateQuestions }: { now?: Date; generateQuestions?: QuestionGenerator } = {},
): Promise<void> {
  const first = jobs[0];
  if (!first) return;
  const finish = (job: ClaimedJob, report: IngestReport) =>
    db.ingestJob.updateMany({
      // Only while the claim is still this one: a worker presumed dead must not overwrite its successor.
      where: { id: job.id, status: "running", attempts: job.attempts },
      data: {
        status: "done",
        result: report.status,
        questions: report.questions,
        message: report.message,
        articleId: report.articleId,
        text: "",
        finishedAt: new Date(),
      },
    });

  const worn = jobs.filter((job) => job.attempts > MAX_ATTEMPTS);
  for (const job of worn) {
    await finish(job, {
      file: job.file,
      status: "error",
      questions: 0,
      message: `Reading this article failed ${MAX_ATTEMPTS} times; nothing was saved from it.`,
      articleId: null,
    });
  }
  const live = jobs.filter((job) => job.attempts <= MAX_ATTEMPTS);
  if (live.length === 0) return;
  const reports = await ingestArticles({
    inputs: live.map((job) => ({ file: job.file, text: job.text })),
    addedById: first.userId,
    now,
    generateQuestions,
  });
  for (const [index, job] of live.entries()) {
    const report = reports[index];
    if (report) await finish(job, await ownArticleFromEarlierAttempt(job, report));
  }
}

/** Deletes finished jobs older than KEEP_FINISHED_MS and the add counts of past hours. */
export async function purgeOldIngestRecords({ now = new Date() } = {}): Promise<void> {
  await db.ingestJob.deleteMany({
    where: { status: "done", finishedAt: { lt: new Date(now.getTime() - KEEP_FINISHED_MS) } },
  });
  await db.addCount.deleteMany({ where: { hourStart: { lt: new Date(now.getTime() - HOUR_MS) } } });
}

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Claims and processes jobs until `signal` aborts; waits IDLE_POLL_MS between looks when the queue is empty. */
export async function runIngestWorker({
  signal,
  workerId = newWorkerId(),
  generateQuestions,
}: {
  signal: AbortSignal;
  workerId?: string;
  generateQuestions?: QuestionGenerator;
}): Promise<void> {
  let purgedAt = 0;
  while (!signal.aborted) {
    let jobs: ClaimedJob[] = [];
    try {
      jobs = await claimIngestJobs({ workerId });
      await processIngestJobs(jobs, { generateQuestions });
      if (jobs.length === 0 && Date.now() - purgedAt > PURGE_EVERY_MS) {
        purgedAt = Date.now();
        await purgeOldIngestRecords();
      }
    } catch (error) {
      // The claim stays and expires: the jobs are tried again (up to MAX_ATTEMPTS) by this or another worker.
      console.error(`ingest worker ${workerId}:`, error);
    }
    if (jobs.length === 0) await sleep(IDLE_POLL_MS, undefined, { signal }).catch(() => undefined);
  }
}
