import { sampleArticle } from "@/prisma/sample-articles";
import "../support/test-database";
import { generate } from "@/questions";
import { countDue, getTodayQueue } from "@/server/data/queue";
import { getSet, getSetQuestionIds } from "@/server/data/sets";
import { getStudyQuestions } from "@/server/data/study-questions";
import { db } from "@/server/db";
import { ingestArticles, type QuestionGenerator } from "@/server/ingest";
import { regenerateAll } from "@/server/regenerate";
import { getUserFromHeaders } from "@/server/session";
import { signUp } from "../support/auth-client";

const ADDED = new Date(Date.UTC(2025, 6, 1, 12));
const NOW = new Date(Date.UTC(2025, 6, 3, 12));
const article = (name: string) => ({
  file: name,
  text: sampleArticle(name),
});

/** Every question row with its sources, for comparing the database before and after. */
const snapshot = () =>
  db.question.findMany({ orderBy: { id: "asc" }, include: { sources: { orderBy: { articleId: "asc" } } } });

describe("regenerate", () => {
  let userId: string;
  let storyId: string;
  let studied: { id: string; factKey: string };
  let cardId: string;

  beforeAll(async () => {
    const reports = await ingestArticles({
      inputs: [article("sco-qingdao-ani.txt"), article("sco-qingdao-daijiworld.txt")],
      now: ADDED,
    });
    expect(reports.map((report) => report.status)).toContain("added");
    const { cookie } = await signUp({
      name: "Alice",
      email: "alice@example.com",
      password: "long enough password",
    });
    const user = await getUserFromHeaders(new Headers({ cookie }));
    if (!user) throw new Error("regenerate: could not sign up");
    userId = user.id;

    const question = await db.question.findFirstOrThrow({ orderBy: { id: "asc" } });
    storyId = question.storyId;
    studied = question;
    // Alice has studied it: a card in Review, due now, and the review that put it there.
    const card = await db.card.create({
      data: {
        userId,
        questionId: question.id,
        due: new Date(Date.UTC(2025, 6, 2)),
        stability: 12.5,
        difficulty: 4.2,
        reps: 3,
        state: 2,
        lastReview: new Date(Date.UTC(2025, 5, 20)),
        version: 3,
      },
    });
    cardId = card.id;
    await db.reviewLog.create({
      data: {
        userId,
        cardId,
        clientId: "review-1",
        mode: "quiz",
        rating: 3,
        correct: true,
        reviewedAt: new Date(Date.UTC(2025, 5, 20)),
        state: 1,
        due: new Date(Date.UTC(2025, 5, 20)),
        stability: 2,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 12,
        nextDue: new Date(Date.UTC(2025, 6, 2)),
      },
    });
  });

  afterAll(() => db.$disconnect());

  it("regenerate: a card keeps its progress when its fact key is unchanged", async () => {
    const before = await db.card.findUniqueOrThrow({ where: { id: cardId } });
    const questionsBefore = await db.question.count();

    const reports = await regenerateAll({ now: NOW });

    expect(reports.map((report) => report.error)).toEqual(reports.map(() => null));
    const after = await db.card.findUniqueOrThrow({ where: { id: cardId }, include: { question: true } });
    expect(after).toMatchObject({
      ...before,
      question: { id: studied.id, factKey: studied.factKey, retiredAt: null },
    });
    expect(await db.question.count()).toBeGreaterThanOrEqual(questionsBefore);
    const queue = await getTodayQueue({ userId, now: NOW, limit: 100 });
    expect(queue.items).toContainEqual({
      questionId: studied.id,
      kind: "review",
      due: before.due.toISOString(),
    });
  });

  it("regenerate: running it twice changes nothing the second time", async () => {
    await regenerateAll({ now: NOW });
    const before = await snapshot();

    const reports = await regenerateAll({ now: new Date(NOW.getTime() + 86_400_000) });

    for (const report of reports)
      expect(report).toMatchObject({ updated: 0, added: 0, retired: 0, restored: 0 });
    expect(reports.reduce((sum, report) => sum + report.kept, 0)).toBe(before.length);
    expect(await snapshot()).toEqual(before);
  });

  it("regenerate: a fact no longer generated is retired, leaves the queue and sets, and keeps its reviews", async () => {
    const generatorKey = studied.factKey.slice(studied.factKey.indexOf("|") + 1);
    // The generator as rebuilt without that fact.
    const without: QuestionGenerator = (inputs, options) => {
      const result = generate(inputs, options);
      return {
        ...result,
        questions: result.questions.filter((question) => question.factKey !== generatorKey),
      };
    };

    const reports = await regenerateAll({ now: NOW, generateQuestions: without });

    expect(reports.find((report) => report.storyId === storyId)?.retired).toBe(1);
    const question = await db.question.findUniqueOrThrow({ where: { id: studied.id } });
    expect(question.retiredAt).toEqual(NOW);
    const queue = await getTodayQueue({ userId, now: NOW, limit: 100 });
    expect(queue.items.map((item) => item.questionId)).not.toContain(studied.id);
    expect(queue.items.length).toBeGreaterThan(0);
    expect(await countDue({ userId, now: NOW })).toBe(0);
    const setIds = await getSetQuestionIds({ setId: `story:${storyId}`, userId });
    expect(setIds).not.toContain(studied.id);
    expect(setIds?.length).toBeGreaterThan(0);
    expect((await getSet({ setId: `story:${storyId}`, userId }))?.questions.map((q) => q.id)).not.toContain(
      studied.id,
    );
    expect(await getStudyQuestions({ questionIds: [studied.id], userId })).toEqual([]);
    // The history stays: the card and its review are still there.
    expect(await db.reviewLog.count({ where: { cardId } })).toBe(1);
    expect(await db.card.findUnique({ where: { id: cardId } })).toMatchObject({
      questionId: studied.id,
      reps: 3,
    });

    // The generator stating the fact again brings the same question back, progress and all.
    const restored = await regenerateAll({ now: NOW });
    expect(restored.find((report) => report.storyId === storyId)?.restored).toBe(1);
    expect((await db.question.findUniqueOrThrow({ where: { id: studied.id } })).retiredAt).toBeNull();
    expect(await countDue({ userId, now: NOW })).toBe(1);
  });

  it("regenerate: every story keeps its owner and visibility", async () => {
    const before = await db.story.findMany({
      orderBy: { id: "asc" },
      select: { id: true, ownerId: true, visibility: true },
    });
    await db.story.update({ where: { id: storyId }, data: { ownerId: userId, visibility: "private" } });
    await regenerateAll({ now: NOW });
    const after = await db.story.findMany({
      orderBy: { id: "asc" },
      select: { id: true, ownerId: true, visibility: true },
    });
    expect(after).toEqual(
      before.map((story) =>
        story.id === storyId ? { ...story, ownerId: userId, visibility: "private" } : story,
      ),
    );
    // Still the owner's to study.
    expect((await getSetQuestionIds({ setId: `story:${storyId}`, userId }))?.length).toBeGreaterThan(0);
  });
});
