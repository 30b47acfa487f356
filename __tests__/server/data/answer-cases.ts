// The answer tests, run once per answer writer: answers.test.ts (the SQLite writer, the default on a file
// database) and answers-prisma.test.ts (ANSWER_WRITER=prisma, the path PostgreSQL takes).
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { answerStore, answerWriter } from "@/server/data/answer-store";
import { overrideTypedAnswer, recordAnswer } from "@/server/data/answers";
import { getOrCreateCard } from "@/server/data/cards";
import { getSettings, updateSettings } from "@/server/data/settings";
import { getQuestionKey } from "@/server/data/study-questions";
import { db } from "@/server/db";
import { createQuestion, createUser } from "../../support/study-fixtures";
import { testDatabaseFile } from "../../support/test-database";

const now = new Date(2022, 11, 29, 12, 30);

/** A date as Prisma's SQLite adapter writes it. */
const toPrismaText = (date: Date) => date.toISOString().replace("Z", "+00:00");

export function describeAnswers(writer: "sqlite" | "prisma"): void {
  it(`answers: writes through the ${writer} writer`, () => {
    expect(answerWriter).toBe(writer);
  });

  describe(`answers: recordAnswer (${writer} writer)`, () => {
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

    it("answers: a question in someone else's private story is 404 and stores nothing", async () => {
      const [owner, other] = [await createUser(), await createUser()];
      const question = await createQuestion({ ownerId: owner.id, visibility: "private" });
      const answer = (userId: string, clientId: string) =>
        recordAnswer({
          userId,
          questionId: question.id,
          clientId,
          mode: "quiz",
          choice: 0,
          durationMs: 900,
          now,
        });
      await expect(answer(other.id, randomUUID())).rejects.toMatchObject({ code: "not_found" });
      expect(await db.card.count({ where: { questionId: question.id } })).toBe(0);
      expect(await db.reviewLog.count({ where: { userId: other.id } })).toBe(0);
      await expect(answer(owner.id, randomUUID())).resolves.toMatchObject({ questionId: question.id });
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
        recordAnswer({
          userId: user.id,
          questionId: question.id,
          clientId: randomUUID(),
          mode: "quiz",
          choice: 7,
          durationMs: 1,
          now,
        }),
      ).rejects.toMatchObject({ code: "invalid_input" });
      expect(await db.card.count({ where: { userId: user.id } })).toBe(0);
    });

    it("answers: an unknown question is 404", async () => {
      const user = await createUser();
      await expect(
        recordAnswer({
          userId: user.id,
          questionId: "nope",
          clientId: randomUUID(),
          mode: "quiz",
          choice: 0,
          durationMs: 1,
          now,
        }),
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
      const logs = await db.reviewLog.findMany({
        where: { userId: user.id },
        orderBy: { reviewedAt: "asc" },
      });
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
    it("answers: a clientId already used for another question is a conflict, and nothing of it is written", async () => {
      const user = await createUser();
      const [first, second] = [await createQuestion(), await createQuestion()];
      const clientId = randomUUID();
      const answer = { userId: user.id, clientId, mode: "quiz" as const, choice: 1, durationMs: 10_000, now };
      await recordAnswer({ ...answer, questionId: first.id });
      await expect(recordAnswer({ ...answer, questionId: second.id })).rejects.toMatchObject({
        code: "conflict",
      });
      expect(await db.card.count({ where: { userId: user.id, questionId: second.id } })).toBe(0);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    });

    it("answers: answers a card Prisma created, and Prisma reads the answer back as written", async () => {
      const user = await createUser();
      const question = await createQuestion();
      const created = await getOrCreateCard({ userId: user.id, questionId: question.id, now });
      const result = await recordAnswer({
        userId: user.id,
        questionId: question.id,
        clientId: randomUUID(),
        mode: "flashcard",
        rating: 3,
        durationMs: 1_000,
        now: new Date(now.getTime() + 1_000),
      });
      const card = await db.card.findUniqueOrThrow({ where: { id: created.id } });
      expect(card).toMatchObject({ version: 1, reps: 1, state: 1 });
      expect(card.lastReview?.toISOString()).toBe(result.reviewedAt);
      const log = await db.reviewLog.findFirstOrThrow({ where: { cardId: created.id } });
      expect(log).toMatchObject({
        clientId: result.clientId,
        correct: true,
        overridden: false,
        rating: 3,
        state: 0,
      });
      expect(log.due.toISOString()).toBe(created.due);
      expect(log.nextDue.toISOString()).toBe(result.nextDue);
    });

    it("answers: stores dates and flags in the columns the way Prisma's SQLite adapter does", async () => {
      const user = await createUser();
      const question = await createQuestion();
      await recordAnswer({
        userId: user.id,
        questionId: question.id,
        clientId: randomUUID(),
        mode: "quiz",
        choice: 1,
        durationMs: 1,
        now,
      });
      const sqlite = new Database(testDatabaseFile, { readonly: true });
      const card = sqlite
        .prepare("SELECT typeof(due) AS due_type, due, last_review FROM cards WHERE user_id = ?")
        .get(user.id) as Record<string, unknown>;
      const log = sqlite
        .prepare(
          "SELECT typeof(correct) AS correct_type, correct, overridden, reviewed_at, due, next_due FROM review_logs WHERE user_id = ?",
        )
        .get(user.id) as Record<string, unknown>;
      sqlite.close();
      const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
      expect(card).toEqual({ due_type: "text", due: iso, last_review: toPrismaText(now) });
      expect(log).toEqual({
        correct_type: "integer",
        correct: 1,
        overridden: 0,
        reviewed_at: toPrismaText(now),
        due: toPrismaText(now),
        next_due: iso,
      });
    });

    it("answers: an answer during another connection's write transaction waits for it instead of failing", async () => {
      const user = await createUser();
      const question = await createQuestion();
      let locked = () => {};
      const holding = new Promise<void>((resolve) => {
        locked = resolve;
      });
      // Prisma's own interactive transaction keeps SQLite's write lock across its awaits.
      const transaction = db.$transaction(async (tx) => {
        await tx.story.create({ data: { title: "Held", topic: "Polity" } });
        locked();
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
      await holding;
      const result = await recordAnswer({
        userId: user.id,
        questionId: question.id,
        clientId: randomUUID(),
        mode: "quiz",
        choice: 1,
        durationMs: 10_000,
        now,
      });
      await transaction;
      expect(result.correct).toBe(true);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    });
  });

  describe(`answers: overrideTypedAnswer (${writer} writer)`, () => {
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
      expect(logs[0]).toMatchObject({
        overridden: true,
        correct: true,
        rating: 3,
        response: "U. Dwivdi ji",
        state: 0,
      });
      const card = await db.card.findFirstOrThrow({ where: { userId: user.id } });
      expect(card.due.toISOString()).toBe(overridden.nextDue);
      expect(card).toMatchObject({ lapses: 0, reps: 1, version: 2 });
    });

    it("answers: someone else's answer cannot be overridden (404)", async () => {
      const owner = await createUser();
      const other = await createUser();
      const question = await createQuestion();
      const clientId = randomUUID();
      await recordAnswer({
        userId: owner.id,
        questionId: question.id,
        clientId,
        mode: "typed",
        response: "x",
        durationMs: 1,
        now,
      });
      await expect(overrideTypedAnswer({ userId: other.id, clientId, now })).rejects.toMatchObject({
        code: "not_found",
      });
    });

    it("answers: a quiz answer cannot be overridden", async () => {
      const user = await createUser();
      const question = await createQuestion();
      const clientId = randomUUID();
      await recordAnswer({
        userId: user.id,
        questionId: question.id,
        clientId,
        mode: "quiz",
        choice: 0,
        durationMs: 1,
        now,
      });
      await expect(overrideTypedAnswer({ userId: user.id, clientId, now })).rejects.toMatchObject({
        code: "invalid_input",
      });
    });
  });

  describe(`answers: what an answer request reads (${writer} writer)`, () => {
    it("answers: a session counts until it expires or is deleted", async () => {
      const user = await createUser();
      const token = randomUUID();
      const expiresAt = new Date(now.getTime() + 60_000);
      await db.session.create({ data: { id: randomUUID(), token, userId: user.id, expiresAt } });
      expect(await answerStore.activeSessionRole(token, now)).toBe("student");
      expect(await answerStore.activeSessionRole(token, new Date(expiresAt.getTime() + 1))).toBeNull();
      expect(await answerStore.activeSessionRole(randomUUID(), now)).toBeNull();
      await db.session.delete({ where: { token } });
      expect(await answerStore.activeSessionRole(token, now)).toBeNull();
    });

    it("answers: an answer key lists every source, in article order; an unknown question is 404", async () => {
      const question = await createQuestion();
      const source = await db.article.findUniqueOrThrow({ where: { id: question.articleId } });
      const second = await db.article.create({
        data: {
          contentHash: randomUUID(),
          file: "second.txt",
          title: "A second outlet",
          topic: source.topic,
          storyId: source.storyId,
          rawText: "raw",
          cleanText: "The same news.",
        },
      });
      await db.questionSource.create({
        data: { questionId: question.id, articleId: second.id, sentence: "The same news." },
      });
      const key = await getQuestionKey({ questionId: question.id, userId: (await createUser()).id });
      expect(key).toMatchObject({ id: question.id, answer: question.answer, options: question.options });
      expect(key.sources.map((s) => s.articleId)).toEqual([source.id, second.id].sort());
      expect(key.sources).toContainEqual({
        articleId: second.id,
        articleTitle: "A second outlet",
        sentence: "The same news.",
      });
      await expect(
        getQuestionKey({ questionId: "no-such-question", userId: "anyone" }),
      ).rejects.toMatchObject({
        code: "not_found",
      });
    });

    it("answers: saved settings apply to the very next answer", async () => {
      const user = await createUser();
      expect(await answerStore.findSettings(user.id)).toBeNull();
      expect(await getSettings({ userId: user.id })).toEqual({
        desiredRetention: 0.9,
        newCardsPerDay: 20,
        timeZone: "UTC",
      });
      await updateSettings({ userId: user.id, timeZone: "Asia/Kolkata" });
      await updateSettings({ userId: user.id, desiredRetention: 0.8, newCardsPerDay: 5 });
      // A setting left out keeps its saved value.
      expect(await getSettings({ userId: user.id })).toEqual({
        desiredRetention: 0.8,
        newCardsPerDay: 5,
        timeZone: "Asia/Kolkata",
      });
    });
  });
}
