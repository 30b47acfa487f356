import { sampleArticle } from "@/prisma/sample-articles";
import { db } from "@/server/db";
import { ingestArticles } from "@/server/ingest";
import {
  ADDS_PER_HOUR,
  CLAIM_STALE_MS,
  claimIngestJobs,
  enqueueAdd,
  getAddProgress,
  KEEP_FINISHED_MS,
  MAX_ATTEMPTS,
  processIngestJobs,
  purgeOldIngestRecords,
} from "@/server/ingest-queue";
import { ingestWriter } from "@/server/ingest-store";

const NOW = new Date(Date.UTC(2025, 6, 1, 12, 0));
const later = (ms: number) => new Date(NOW.getTime() + ms);
const article = (name: string) => ({
  file: name,
  text: sampleArticle(name),
});

async function user(id: string) {
  await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
  return id;
}

/** Claims and processes until the queue is empty, as the worker loop does. */
async function drain(workerId: string, now: Date) {
  for (;;) {
    const jobs = await claimIngestJobs({ workerId, now });
    if (jobs.length === 0) return;
    await processIngestJobs(jobs, { now });
  }
}

export function describeIngestQueue(writer: "sqlite" | "prisma"): void {
  describe(`ingest queue (${writer} writer)`, () => {
    it("ingest: stores through the chosen writer", () => {
      expect(ingestWriter).toBe(writer);
    });

    it("ingest queue: an add is stored as jobs and only its owner sees its progress", async () => {
      const owner = await user("queue-owner");
      const other = await user("queue-other");
      const added = await enqueueAdd({
        userId: owner,
        inputs: [article("sco-qingdao-ani.txt"), article("sco-delhi-2023.txt")],
        now: NOW,
      });
      if (!added.ok) throw new Error("refused");
      expect(await getAddProgress({ batchId: added.batchId, userId: owner })).toMatchObject({
        total: 2,
        done: 0,
        reports: [],
      });
      expect(await getAddProgress({ batchId: added.batchId, userId: other })).toBeNull();
      expect(await db.article.count()).toBe(0);

      await drain("worker-a", NOW);
      const progress = await getAddProgress({ batchId: added.batchId, userId: owner });
      expect(progress).toMatchObject({ total: 2, done: 2 });
      expect(progress?.reports.map((report) => [report.file, report.status])).toEqual([
        ["sco-qingdao-ani.txt", "added"],
        ["sco-delhi-2023.txt", "added"],
      ]);
      expect(await db.article.count({ where: { addedById: owner } })).toBe(2);
      expect(await db.ingestJob.count({ where: { text: { not: "" } } })).toBe(0);
    }, 60_000);

    it("ingest queue: two workers never claim the same job", async () => {
      const owner = await user("queue-race");
      const inputs = Array.from({ length: 6 }, (_, index) => ({
        file: `${index}.txt`,
        text: `Text ${index}`,
      }));
      const added = await enqueueAdd({ userId: owner, inputs, now: NOW });
      if (!added.ok) throw new Error("refused");
      const claims = await Promise.all(
        ["w1", "w2", "w3", "w4"].map((workerId) => claimIngestJobs({ workerId, now: NOW, limit: 2 })),
      );
      const ids = claims.flat().map((job) => job.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(0);
      await db.ingestJob.deleteMany({ where: { batchId: added.batchId } });
    });

    it("ingest queue: a dead worker's claim is taken again once stale, and its article is reported as added", async () => {
      const owner = await user("queue-crash");
      const added = await enqueueAdd({
        userId: owner,
        inputs: [article("sco-qingdao-meetings.txt")],
        now: NOW,
      });
      if (!added.ok) throw new Error("refused");
      const [claimed] = await claimIngestJobs({ workerId: "dies", now: NOW });
      if (!claimed) throw new Error("nothing claimed");
      // The worker stores the article, then dies before recording the job as done.
      await ingestArticles({
        inputs: [{ file: claimed.file, text: claimed.text }],
        addedById: owner,
        now: NOW,
      });

      expect(await claimIngestJobs({ workerId: "survivor", now: later(CLAIM_STALE_MS / 2) })).toEqual([]);
      const retaken = await claimIngestJobs({ workerId: "survivor", now: later(CLAIM_STALE_MS + 1) });
      expect(retaken.map((job) => [job.id, job.attempts])).toEqual([[claimed.id, 2]]);
      await processIngestJobs(retaken, { now: NOW });
      // The dead worker's late finish cannot overwrite the survivor's.
      await processIngestJobs([claimed], { now: NOW });

      const progress = await getAddProgress({ batchId: added.batchId, userId: owner });
      expect(progress).toMatchObject({ total: 1, done: 1 });
      expect(progress?.reports[0]).toMatchObject({ status: "added" });
      expect(progress?.reports[0]?.questions).toBeGreaterThan(0);
    }, 60_000);

    it("ingest queue: a job that keeps killing its worker is reported as failed after MAX_ATTEMPTS claims", async () => {
      const owner = await user("queue-poison");
      const added = await enqueueAdd({
        userId: owner,
        inputs: [{ file: "poison.txt", text: "x" }],
        now: NOW,
      });
      if (!added.ok) throw new Error("refused");
      let now = NOW;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        now = later(attempt * (CLAIM_STALE_MS + 1));
        expect(await claimIngestJobs({ workerId: `crash-${attempt}`, now })).toHaveLength(1);
      }
      await drain("last", later((MAX_ATTEMPTS + 1) * (CLAIM_STALE_MS + 1)));
      const progress = await getAddProgress({ batchId: added.batchId, userId: owner });
      expect(progress?.reports[0]).toMatchObject({ status: "error", file: "poison.txt" });
      expect(progress?.reports[0]?.message).toMatch(/failed 3 times/);
    });

    it("ingest queue: a user may add ADDS_PER_HOUR times an hour; others and the next hour are not affected", async () => {
      const busy = await user("queue-busy");
      const calm = await user("queue-calm");
      const one = [{ file: "a.txt", text: "A" }];
      for (let i = 0; i < ADDS_PER_HOUR; i++) {
        expect((await enqueueAdd({ userId: busy, inputs: one, now: later(i * 1000) })).ok).toBe(true);
      }
      const refused = await enqueueAdd({ userId: busy, inputs: one, now: later(60_000) });
      expect(refused).toEqual({ ok: false, reason: "rate_limited", retryAt: later(3_600_000) });
      expect((await enqueueAdd({ userId: calm, inputs: one, now: later(60_000) })).ok).toBe(true);
      expect((await enqueueAdd({ userId: busy, inputs: one, now: later(3_600_000) })).ok).toBe(true);
      expect(await db.ingestJob.count({ where: { userId: busy } })).toBe(ADDS_PER_HOUR + 1);
    });

    it("ingest queue: finished jobs are deleted after KEEP_FINISHED_MS, waiting ones never", async () => {
      const owner = await user("queue-old");
      const added = await enqueueAdd({
        userId: owner,
        inputs: [{ file: "old.txt", text: "Old." }],
        now: NOW,
      });
      const waiting = await enqueueAdd({
        userId: owner,
        inputs: [{ file: "new.txt", text: "New." }],
        now: NOW,
      });
      if (!added.ok || !waiting.ok) throw new Error("refused");
      await db.ingestJob.updateMany({
        where: { batchId: added.batchId },
        data: { status: "done", result: "no_questions", finishedAt: NOW },
      });
      await purgeOldIngestRecords({ now: later(KEEP_FINISHED_MS - 1000) });
      expect(await getAddProgress({ batchId: added.batchId, userId: owner })).not.toBeNull();
      await purgeOldIngestRecords({ now: later(KEEP_FINISHED_MS + 1000) });
      expect(await getAddProgress({ batchId: added.batchId, userId: owner })).toBeNull();
      expect(await getAddProgress({ batchId: waiting.batchId, userId: owner })).toMatchObject({ done: 0 });
      expect(await db.addCount.count({ where: { userId: owner } })).toBe(0);
    });
  });
}
