import "../../support/test-database";
import { randomUUID } from "node:crypto";
import { recordAnswer } from "@/server/data/answers";
import { countDue, getComingUp, getStudyQuestionIds, getTodayQueue, nextDueAt } from "@/server/data/queue";
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

describe("queue: the daily new-card limit", () => {
  it("queue: a new day starts at midnight in the user's time zone, not at midnight UTC", async () => {
    await db.question.deleteMany();
    const user = await createUser();
    const [a, b] = await Promise.all([createQuestion(), createQuestion()]);
    if (!a || !b) throw new Error("fixtures");
    await updateSettings({ userId: user.id, newCardsPerDay: 1, timeZone: "Asia/Kolkata" });
    // 23:00 in India on 28 December (17:30 UTC): the one new card for that day.
    const evening = new Date(Date.UTC(2022, 11, 28, 17, 30));
    await recordAnswer({
      userId: user.id,
      questionId: a.id,
      clientId: randomUUID(),
      mode: "flashcard",
      rating: 4,
      durationMs: 1,
      now: evening,
    });
    expect((await getTodayQueue({ userId: user.id, now: evening, limit: 10 })).newLeftToday).toBe(0);
    // 00:30 in India on the 29th is still the 28th in UTC, but a new day for this user.
    const afterMidnight = new Date(Date.UTC(2022, 11, 28, 19));
    const queue = await getTodayQueue({ userId: user.id, now: afterMidnight, limit: 10 });
    expect(queue.newLeftToday).toBe(1);
    expect(queue.items).toEqual([{ questionId: b.id, kind: "new", due: null }]);
  });
});

describe("stats", () => {
  it("stats: buckets dates by calendar day in the user's time zone and counts the streak", () => {
    const first = new Date(Date.UTC(2022, 0, 1));
    const dates = [
      new Date(Date.UTC(2022, 0, 2, 23)),
      new Date(Date.UTC(2022, 0, 3, 1)),
      new Date(Date.UTC(2022, 0, 4)),
    ];
    const days = bucketByDay(dates, first, 4, "UTC");
    expect(days.map((day) => day.count)).toEqual([0, 1, 1, 1]);
    expect(currentStreak(days)).toBe(3);
    expect(currentStreak([...days, { date: "2022-01-05", count: 0 }])).toBe(3);
    expect(currentStreak([...days, { date: "2022-01-05", count: 0 }, { date: "2022-01-06", count: 0 }])).toBe(
      0,
    );

    // In India (UTC+5:30) 23:00 UTC on the 2nd is already the 3rd: two reviews that day, none on the 2nd.
    const kolkata = bucketByDay(dates, new Date(Date.UTC(2021, 11, 31, 18, 30)), 4, "Asia/Kolkata");
    expect(kolkata.map((day) => day.date)).toEqual(["2022-01-01", "2022-01-02", "2022-01-03", "2022-01-04"]);
    expect(kolkata.map((day) => day.count)).toEqual([0, 0, 2, 1]);
  });

  it("stats: days stay whole across a daylight-saving change", () => {
    // New York springs forward on 2026-03-08: that day has 23 hours.
    const first = new Date("2026-03-07T05:00:00Z"); // midnight on the 7th in New York
    const late = new Date("2026-03-09T03:30:00Z"); // 23:30 on the 8th in New York
    const days = bucketByDay([late], first, 3, "America/New_York");
    expect(days).toEqual([
      { date: "2026-03-07", count: 0 },
      { date: "2026-03-08", count: 1 },
      { date: "2026-03-09", count: 0 },
    ]);
  });

  it("stats: the heatmap's today is the user's own day", async () => {
    const user = await createUser();
    const question = await createQuestion();
    await updateSettings({ userId: user.id, timeZone: "Asia/Kolkata" });
    // 20:00 UTC on 29 December is 01:30 on the 30th in India.
    const late = new Date(Date.UTC(2022, 11, 29, 20));
    await recordAnswer({
      userId: user.id,
      questionId: question.id,
      clientId: randomUUID(),
      mode: "flashcard",
      rating: 3,
      durationMs: 1,
      now: late,
    });
    const stats = await getStudyStats({ userId: user.id, now: late });
    expect(stats.reviewsPerDay.at(-1)).toEqual({ date: "2022-12-30", count: 1 });
    expect(stats.streak).toBe(1);
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

describe("queue: getStudyQuestionIds", () => {
  it("queue: a session asks first the question whose answer another prints, and holds back a mirror pair", async () => {
    await db.question.deleteMany();
    const user = await createUser();
    const first = await createQuestion({ answer: "Harbour Pact", aliases: [] });
    const second = await createQuestion({ answer: "Ola Berg", aliases: [] });
    // Newest first: `second` would be asked first, but its prompt prints `first`'s answer.
    await db.question.update({
      where: { id: second.id },
      data: { prompt: "Who signed the Harbour Pact for Valdoria?" },
    });
    await db.question.update({
      where: { id: first.id },
      data: { prompt: "Which pact was signed in Tromso?" },
    });
    expect(await getStudyQuestionIds({ userId: user.id, now, limit: 10 })).toEqual([first.id, second.id]);

    // Each prints the other's answer: only one is asked now.
    await db.question.update({ where: { id: first.id }, data: { prompt: "Which pact did Ola Berg sign?" } });
    const ids = await getStudyQuestionIds({ userId: user.id, now, limit: 10 });
    expect(ids).toHaveLength(1);
  });
});
