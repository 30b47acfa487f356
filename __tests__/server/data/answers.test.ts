import "../../support/test-database";
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { overrideTypedAnswer, recordAnswer } from "@/server/data/answers";
import { getCard, getOrCreateCard } from "@/server/data/cards";
import { createQuestion, createUser } from "../../support/study-fixtures";

const now = new Date(2022, 11, 29, 12, 30);

afterAll(() => db.$disconnect());

describe("answers: recordAnswer", () => {
  it("answers: checks a quiz answer on the server and returns feedback with the source", async () => {
    const user = await createUser();
    const question = await createQuestion();
    const result = await recordAnswer({
      userId: user.id,
      questionId: question.id,
      clientId: randomUUID(),
      mode: "quiz",
      choice: question.options.indexOf(question.answer),
      durationMs: 12_000,
      now,
    });
    expect(result).toMatchObject({ correct: true, rating: 3, correctAnswer: question.answer });
    expect(result.sources).toEqual([expect.objectContaining({ articleId: question.articleId })]);
    const card = await db.card.findFirstOrThrow({ where: { userId: user.id, questionId: question.id } });
    expect(card.version).toBe(1);
    expect(card.due.toISOString()).toBe(result.nextDue);
  });

  it("answers: a wrong quiz choice is Again", async () => {
    const user = await createUser();
    const question = await createQuestion();
    const result = await recordAnswer({
      userId: user.id,
      questionId: question.id,
      clientId: randomUUID(),
      mode: "quiz",
      choice: 0,
      durationMs: 3_000,
      now,
    });
    expect(result).toMatchObject({ correct: false, rating: 1 });
  });

  it("answers: rejects an option index that is not shown (422)", async () => {
    const user = await createUser();
    const question = await createQuestion();
    await expect(
      recordAnswer({ userId: user.id, questionId: question.id, clientId: randomUUID(), mode: "quiz", choice: 7, durationMs: 1, now }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    expect(await db.card.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers: an unknown question is 404", async () => {
    const user = await createUser();
    await expect(
      recordAnswer({ userId: user.id, questionId: "nope", clientId: randomUUID(), mode: "quiz", choice: 0, durationMs: 1, now }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers: the same clientId submitted twice counts once", async () => {
    const user = await createUser();
    const question = await createQuestion();
    const answer = {
      userId: user.id,
      questionId: question.id,
      clientId: randomUUID(),
      mode: "quiz" as const,
      choice: 1,
      durationMs: 10_000,
      now,
    };
    const [first, second] = await Promise.all([recordAnswer(answer), recordAnswer(answer)]);
    const third = await recordAnswer({ ...answer, now: new Date(now.getTime() + 60_000) });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect((await db.card.findFirstOrThrow({ where: { userId: user.id } })).version).toBe(1);
  });

  it("answers: two tabs answering one card at once are both logged, in time order, on a consistent card", async () => {
    const user = await createUser();
    const question = await createQuestion();
    const answers = Array.from({ length: 6 }, (_, index) =>
      recordAnswer({
        userId: user.id,
        questionId: question.id,
        clientId: randomUUID(),
        mode: "flashcard",
        rating: index % 2 === 0 ? 3 : 1,
        durationMs: 1_000,
        now,
      }),
    );
    const results = await Promise.all(answers);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { reviewedAt: "asc" } });
    expect(logs).toHaveLength(6);
    const times = logs.map((log) => log.reviewedAt.getTime());
    expect(new Set(times).size).toBe(6);
    const card = await db.card.findFirstOrThrow({ where: { userId: user.id } });
    expect(card.version).toBe(6);
    expect(card.reps).toBe(6);
    // The card is the last review's outcome, and each review started from the state the previous one left.
    const last = logs.at(-1);
    expect(card.due.getTime()).toBe(last?.nextDue.getTime());
    expect(card.lastReview?.getTime()).toBe(last?.reviewedAt.getTime());
    expect(results.map((result) => result.clientId).sort()).toEqual(logs.map((log) => log.clientId).sort());
  });

  it("answers: typed answers are matched leniently", async () => {
    const user = await createUser();
    const question = await createQuestion();
    const result = await recordAnswer({
      userId: user.id,
      questionId: question.id,
      clientId: randomUUID(),
      mode: "typed",
      response: "Gen. Dwivedi",
      durationMs: 20_000,
      now,
    });
    expect(result).toMatchObject({ correct: true, rating: 3, response: "Gen. Dwivedi" });
  });
});

describe("answers: overrideTypedAnswer", () => {
  it("answers: re-rates a rejected typed answer as right, marked overridden, once", async () => {
    const user = await createUser();
    const question = await createQuestion();
    const clientId = randomUUID();
    const wrong = await recordAnswer({
      userId: user.id,
      questionId: question.id,
      clientId,
      mode: "typed",
      response: "U. Dwivdi ji",
      durationMs: 20_000,
      now,
    });
    expect(wrong.correct).toBe(false);
    const later = new Date(now.getTime() + 5_000);
    const overridden = await overrideTypedAnswer({ userId: user.id, clientId, now: later });
    expect(overridden).toMatchObject({ correct: true, overridden: true, rating: 3 });
    expect(await overrideTypedAnswer({ userId: user.id, clientId, now: later })).toEqual(overridden);

    const logs = await db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ overridden: true, correct: true, rating: 3, response: "U. Dwivdi ji", state: 0 });
    const card = await db.card.findFirstOrThrow({ where: { userId: user.id } });
    expect(card.due.toISOString()).toBe(overridden.nextDue);
    expect(card).toMatchObject({ lapses: 0, reps: 1, version: 2 });
  });

  it("answers: someone else's answer cannot be overridden (404)", async () => {
    const owner = await createUser();
    const other = await createUser();
    const question = await createQuestion();
    const clientId = randomUUID();
    await recordAnswer({ userId: owner.id, questionId: question.id, clientId, mode: "typed", response: "x", durationMs: 1, now });
    await expect(overrideTypedAnswer({ userId: other.id, clientId, now })).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers: a quiz answer cannot be overridden", async () => {
    const user = await createUser();
    const question = await createQuestion();
    const clientId = randomUUID();
    await recordAnswer({ userId: user.id, questionId: question.id, clientId, mode: "quiz", choice: 0, durationMs: 1, now });
    await expect(overrideTypedAnswer({ userId: user.id, clientId, now })).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("cards: ownership", () => {
  it("cards: another user's card is 404", async () => {
    const owner = await createUser();
    const other = await createUser();
    const question = await createQuestion();
    const card = await getOrCreateCard({ userId: owner.id, questionId: question.id, now });
    await expect(getCard({ userId: other.id, cardId: card.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await getCard({ userId: owner.id, cardId: card.id })).id).toBe(card.id);
  });
});
