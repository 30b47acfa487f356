import "../../support/test-database";
import { randomUUID } from "node:crypto";
import { recordAnswer } from "@/server/data/answers";
import { countDue, getComingUp, getTodayQueue, nextDueAt } from "@/server/data/queue";
import { updateSettings } from "@/server/data/settings";
import { bucketByDay, currentStreak, getStudyStats } from "@/server/data/stats";
import { db } from "@/server/db";
import { createQuestion, createUser } from "../../support/study-fixtures";

const now = new Date(Date.UTC(2022, 11, 29, 12, 30));
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

afterAll(() => db.$disconnect());

describe("queue: getTodayQueue", () => {
  it("queue: due cards first by due date, then new questions up to the daily limit left", async () => {
    await db.question.deleteMany();
    const user = await createUser();
    const [a, b, c, d, e] = await Promise.all(Array.from({ length: 5 }, () => createQuestion()));
    if (!a || !b || !c || !d || !e) throw new Error("fixtures");
    await updateSettings({ userId: user.id, desiredRetention: 0.9, newCardsPerDay: 3 });
    // Two new questions started today: a (Again, due in 1 min) and b (Good, due in 10 min).
    await recordAnswer({
      userId: user.id,
      questionId: b.id,
      clientId: randomUUID(),
      mode: "flashcard",
      rating: 3,
      durationMs: 1,
      now,
    });
    await recordAnswer({
      userId: user.id,
      questionId: a.id,
      clientId: randomUUID(),
      mode: "flashcard",
      rating: 1,
      durationMs: 1,
      now,
    });

    const later = minutes(30);
    const queue = await getTodayQueue({ userId: user.id, now: later, limit: 10 });
    expect(queue.newLeftToday).toBe(1);
    expect(queue.items.map((item) => item.kind)).toEqual(["review", "review", "new"]);
    expect(queue.items.slice(0, 2).map((item) => item.questionId)).toEqual([a.id, b.id]);
    expect([c.id, d.id, e.id]).toContain(queue.items[2]?.questionId);

    expect(await countDue({ userId: user.id, now: later })).toBe(2);
    expect(await countDue({ userId: user.id, now })).toBe(0);
    expect(await nextDueAt({ userId: user.id, now })).toBe(minutes(1).toISOString());
    expect((await getTodayQueue({ userId: user.id, now: later, limit: 1 })).items).toHaveLength(1);
  });

  it("queue: getComingUp lists studied cards due in the next 24 hours, soonest first, only the user's own", async () => {
    const user = await createUser();
    const other = await createUser();
    const [again, good] = await Promise.all([createQuestion(), createQuestion()]);
    if (!again || !good) throw new Error("fixtures");
    await recordAnswer({
      userId: user.id,
      questionId: good.id,
      clientId: randomUUID(),
      mode: "flashcard",
      rating: 3,
      durationMs: 1,
      now,
    });
    await recordAnswer({
      userId: user.id,
      questionId: again.id,
      clientId: randomUUID(),
      mode: "flashcard",
      rating: 1,
      durationMs: 1,
      now,
    });
    const coming = await getComingUp({ userId: user.id, now, limit: 10 });
    expect(coming.map((card) => card.questionId)).toEqual([again.id, good.id]);
    expect(coming[0]?.due).toBe(minutes(1).toISOString());
    expect(coming[0]?.prompt).toMatch(/\?/);
    // Once due, a card belongs to the queue, not to "coming up"; and nobody else sees it.
    expect(
      (await getComingUp({ userId: user.id, now: minutes(5), limit: 10 })).map((c) => c.questionId),
    ).toEqual([good.id]);
    expect(await getComingUp({ userId: other.id, now, limit: 10 })).toEqual([]);
  });

  it("queue: another user's cards never show up", async () => {
    const owner = await createUser();
    const other = await createUser();
    const question = await createQuestion();
    await recordAnswer({
      userId: owner.id,
      questionId: question.id,
      clientId: randomUUID(),
      mode: "flashcard",
      rating: 1,
      durationMs: 1,
      now,
    });
    expect(await countDue({ userId: other.id, now: minutes(30) })).toBe(0);
    const queue = await getTodayQueue({ userId: other.id, now: minutes(30), limit: 50 });
    expect(queue.items.every((item) => item.kind === "new")).toBe(true);
  });
});

describe("stats", () => {
  it("stats: buckets dates by UTC day and counts the streak", () => {
    const first = new Date(Date.UTC(2022, 0, 1));
    const days = bucketByDay(
      [new Date(Date.UTC(2022, 0, 2, 23)), new Date(Date.UTC(2022, 0, 3, 1)), new Date(Date.UTC(2022, 0, 4))],
      first,
      4,
    );
    expect(days.map((day) => day.count)).toEqual([0, 1, 1, 1]);
    expect(currentStreak(days)).toBe(3);
    expect(currentStreak([...days, { date: "2022-01-05", count: 0 }])).toBe(3);
    expect(currentStreak([...days, { date: "2022-01-05", count: 0 }, { date: "2022-01-06", count: 0 }])).toBe(
      0,
    );
  });

  it("stats: reviews per day, streak, retention, forecast and mastery for one user", async () => {
    const user = await createUser();
    const question = await createQuestion({ topic: "Economy" });
    await recordAnswer({
      userId: user.id,
      questionId: question.id,
      clientId: randomUUID(),
      mode: "flashcard",
      rating: 4,
      durationMs: 1,
      now,
    });
    const stats = await getStudyStats({ userId: user.id, now });
    expect(stats.reviewsPerDay).toHaveLength(365);
    expect(stats.reviewsPerDay.at(-1)).toEqual({ date: "2022-12-29", count: 1 });
    expect(stats.streak).toBe(1);
    expect(stats.trueRetention).toBeNull();
    expect(stats.dueForecast).toHaveLength(30);
    expect(stats.dueForecast.reduce((sum, day) => sum + day.count, 0)).toBe(1);
    expect(stats.mastery.find((topic) => topic.topic === "Economy")).toMatchObject({
      studied: 1,
      mastered: 0,
    });
  });
});
