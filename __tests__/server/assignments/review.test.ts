import "../../support/test-database";
import { getAttemptReview } from "@/server/assignments/review";
import { db } from "@/server/db";
import { createResultsFixture, type ResultsFixture } from "../../support/results-fixtures";

let fixture: ResultsFixture;
const MINUTE = 60_000;

beforeAll(async () => {
  fixture = await createResultsFixture(new Date());
});
afterAll(() => db.$disconnect());

/** Every key and explanation of the fixture's questions: none may appear before the answers are shown. */
const KEYS = ["Repo rate", "Mara Lind", "Article 370", "Lok Sabha", "Explained:"];

describe("getAttemptReview", () => {
  it("getAttemptReview: after submitting a test revealed on submission, every answer, the key, its source and the class average", async () => {
    const review = await getAttemptReview(fixture.users.s1.id, fixture.assignments.x.id, fixture.now);
    if (review.state !== "ready") throw new Error(`expected ready, got ${review.state}`);
    expect(review.marks).toEqual({ score: 1.5, maxScore: 4, correct: 2, wrong: 1, unanswered: 1 });
    // (1.5 + 4 - 1.5) / 3: S2's expired attempt counts, S5's attempt in progress does not.
    expect(review.classAverage).toEqual({ score: 1.33, attempts: 3 });
    expect(review.timeTakenSec).toBe(15 * 60);
    expect(review.questions.map(({ choice, answer, correct }) => [choice, answer, correct])).toEqual([
      ["Repo rate", "Repo rate", true],
      ["Mara Lind", "Mara Lind", true],
      ["Article 356", "Article 370", false],
      [null, "Lok Sabha", false],
    ]);
    // Version 1 of q2 as the assignment fixed it, not the edited question.
    expect(review.questions[1]).toMatchObject({
      prompt: "Economy question 2?",
      explanation: "Explained: Mara Lind.",
    });
    expect(review.questions[0]?.sources).toEqual([
      { articleId: expect.any(String), articleTitle: "Economy" },
    ]);
  });

  it("getAttemptReview: an attempt past its deadline without submission is reviewed as submitted", async () => {
    const review = await getAttemptReview(fixture.users.s2.id, fixture.assignments.x.id, fixture.now);
    expect(review).toMatchObject({ state: "ready", expired: true, marks: { score: -1.5 } });
  });

  it.each([
    ["in progress", "s5", "x", "in_progress"],
    ["not started", "s6", "x", "not_started"],
    ["submitted, revealed at the due time", "s1", "z", "waiting"],
  ] as const)(
    "getAttemptReview: %s: no question content at all",
    async (_name, student, assignment, state) => {
      const review = await getAttemptReview(
        fixture.users[student].id,
        fixture.assignments[assignment].id,
        fixture.now,
      );
      expect(review.state).toBe(state);
      const json = JSON.stringify(review);
      for (const key of KEYS) expect(json).not.toContain(key);
      expect(json).not.toContain("question");
    },
  );

  it("getAttemptReview: a test revealed at the due time shows its answers from the due time on", async () => {
    const dueAt = fixture.assignments.z.dueAt.getTime();
    const before = await getAttemptReview(
      fixture.users.s1.id,
      fixture.assignments.z.id,
      new Date(dueAt - MINUTE),
    );
    expect(before).toMatchObject({ state: "waiting", revealAt: new Date(dueAt).toISOString() });
    const after = await getAttemptReview(fixture.users.s1.id, fixture.assignments.z.id, new Date(dueAt));
    expect(after).toMatchObject({ state: "ready", marks: { score: 1, correct: 1 } });
  });

  it("getAttemptReview: practice shows its answers once submitted, whatever its reveal setting", async () => {
    const review = await getAttemptReview(fixture.users.s1.id, fixture.assignments.p.id, fixture.now);
    expect(review).toMatchObject({ state: "ready", questions: [{ answer: "Lok Sabha", correct: true }] });
  });

  it.each([
    ["a student outside its classes", "s3", "x"],
    ["its teacher, who is no member", "teacherA", "x"],
    ["a student of another class", "s7", "z"],
  ] as const)("getAttemptReview: %s gets 404", async (_name, who, assignment) => {
    await expect(
      getAttemptReview(fixture.users[who].id, fixture.assignments[assignment].id, fixture.now),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("getAttemptReview: an unknown assignment is 404", async () => {
    await expect(
      getAttemptReview(fixture.users.s1.id, "no-such-assignment", fixture.now),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
