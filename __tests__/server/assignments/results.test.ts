import "../../support/test-database";
import {
  getAssignmentResults,
  getStudentClassReport,
  guardFormula,
  resultsFileName,
  scoreDistribution,
} from "@/server/assignments/results";
import { db } from "@/server/db";
import type { CurrentUser } from "@/server/session-user";
import { createResultsFixture, type ResultsFixture } from "../../support/results-fixtures";

let fixture: ResultsFixture;
const as = (who: { id: string }, role: CurrentUser["role"]): CurrentUser => ({
  id: who.id,
  name: "",
  email: "",
  role,
});

beforeAll(async () => {
  fixture = await createResultsFixture(new Date());
});
afterAll(() => db.$disconnect());

describe("getAssignmentResults", () => {
  const results = () =>
    getAssignmentResults({
      user: as(fixture.users.teacherA, "teacher"),
      assignmentId: fixture.assignments.x.id,
      now: fixture.now,
    });

  it("getAssignmentResults: every class member with their state; an expired unsubmitted attempt counts as finished", async () => {
    const { counts, students } = await results();
    expect(counts).toEqual({ finished: 3, inProgress: 1, notStarted: 1 });
    const byId = new Map(students.map((student) => [student.userId, student]));
    const { s1, s2, s3, s4, s5, s6 } = fixture.users;
    expect(byId.has(s3.id)).toBe(false);
    expect(byId.get(s1.id)).toMatchObject({ state: "finished", expired: false, timeTakenSec: 15 * 60 });
    expect(byId.get(s2.id)).toMatchObject({ state: "finished", expired: true, timeTakenSec: 60 * 60 });
    expect(byId.get(s2.id)?.finishedAt).toBe(new Date(fixture.now.getTime() - 60 * 60 * 1000).toISOString());
    expect(byId.get(s5.id)).toMatchObject({ state: "in_progress", marks: null, timeTakenSec: null });
    expect(byId.get(s6.id)).toMatchObject({ state: "not_started", marks: null, startedAt: null });
    expect(byId.get(s4.id)?.classNames).toEqual(["Class A"]);
  });

  it("getAssignmentResults: marks with negative marking, unanswered scoring 0, graded against the fixed version", async () => {
    const { students, average, assignment } = await results();
    const marks = new Map(students.map((student) => [student.userId, student.marks]));
    const { s1, s2, s4 } = fixture.users;
    expect(assignment).toMatchObject({ maxScore: 4, questionCount: 4, negativeMark: 0.5 });
    expect(marks.get(s1.id)).toEqual({ score: 1.5, maxScore: 4, correct: 2, wrong: 1, unanswered: 1 });
    // "Arun Jaitley" is q2's key now, but the assignment fixed version 1, whose key is "Mara Lind".
    expect(marks.get(s2.id)).toEqual({ score: -1.5, maxScore: 4, correct: 0, wrong: 3, unanswered: 1 });
    expect(marks.get(s4.id)).toEqual({ score: 4, maxScore: 4, correct: 4, wrong: 0, unanswered: 0 });
    expect(average).toBe(1.33);
  });

  it("getAssignmentResults: the score distribution runs from the lowest possible bin to full marks", async () => {
    const { distribution } = await results();
    expect(distribution.map(({ label, count }) => [label, count])).toEqual([
      ["-2 to under -1", 1],
      ["-1 to under 0", 0],
      ["0 to under 1", 0],
      ["1 to under 2", 1],
      ["2 to under 3", 0],
      ["3 to under 4", 0],
      ["4 (full marks)", 1],
    ]);
  });

  it("getAssignmentResults: each question's correct rate and most chosen wrong option, over finished attempts only", async () => {
    const { questions } = await results();
    expect(
      questions.map(({ position, answer, attempts, correct, wrong, unanswered, topWrong }) => ({
        position,
        answer,
        attempts,
        correct,
        wrong,
        unanswered,
        topWrong,
      })),
    ).toEqual([
      {
        position: 1,
        answer: "Repo rate",
        attempts: 3,
        correct: 2,
        wrong: 1,
        unanswered: 0,
        topWrong: { choice: "CRR", count: 1 },
      },
      {
        position: 2,
        answer: "Mara Lind",
        attempts: 3,
        correct: 2,
        wrong: 1,
        unanswered: 0,
        topWrong: { choice: "Arun Jaitley", count: 1 },
      },
      // S5's "Article 21" is in an attempt still in progress: not counted.
      {
        position: 3,
        answer: "Article 370",
        attempts: 3,
        correct: 1,
        wrong: 2,
        unanswered: 0,
        topWrong: { choice: "Article 356", count: 2 },
      },
      { position: 4, answer: "Lok Sabha", attempts: 3, correct: 1, wrong: 0, unanswered: 2, topWrong: null },
    ]);
    expect(questions[0]?.correctRate).toBeCloseTo(2 / 3);
    expect(questions[1]?.prompt).toBe("Economy question 2?");
  });

  it("getAssignmentResults: a teacher of one of its classes sees that class only; an admin only where they teach", async () => {
    const shared = fixture.assignments.y.id;
    const byAdmin = await getAssignmentResults({
      user: as(fixture.users.admin, "admin"),
      assignmentId: shared,
      now: fixture.now,
    });
    expect(byAdmin.classes.map((klass) => klass.name)).toEqual(["Class C"]);
    expect(byAdmin.students.map((student) => student.userId)).toEqual([fixture.users.s7.id]);
    expect(byAdmin.students[0]?.taughtClassId).toBe(fixture.classes.classC.id);
    const byCreator = await getAssignmentResults({
      user: as(fixture.users.teacherA, "teacher"),
      assignmentId: shared,
      now: fixture.now,
    });
    expect(byCreator.classes.map((klass) => klass.name)).toEqual(["Class A", "Class C"]);
    expect(byCreator.students).toHaveLength(6);
    // The creator does not teach class C: no link to its student's page.
    expect(byCreator.students.find((s) => s.userId === fixture.users.s7.id)?.taughtClassId).toBeNull();
  });

  it.each([
    ["another teacher", "teacherB", "teacher"],
    ["an admin who teaches none of its classes", "admin", "admin"],
    ["a student of the class", "s1", "student"],
    ["a student outside it", "s3", "student"],
    // Made a student again, the creator no longer sees results.
    ["its creator without a teacher's role", "teacherA", "student"],
  ] as const)("getAssignmentResults: %s gets 404", async (_who, key, role) => {
    await expect(
      getAssignmentResults({
        user: as(fixture.users[key], role),
        assignmentId: fixture.assignments.x.id,
        now: fixture.now,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("scoreDistribution", () => {
  it.each([
    [
      "whole marks get a bin each",
      [0, 2, 2, 3],
      3,
      [
        ["0", 1],
        ["1", 0],
        ["2", 2],
        ["3 (full marks)", 1],
      ],
    ],
    [
      "no scores: every bin empty",
      [],
      2,
      [
        ["0", 0],
        ["1", 0],
        ["2 (full marks)", 0],
      ],
    ],
    [
      "a long test gets round steps",
      [0, 9, 25, 50],
      50,
      [
        ["0 to under 5", 1],
        ["5 to under 10", 1],
        ["10 to under 15", 0],
        ["15 to under 20", 0],
        ["20 to under 25", 0],
        ["25 to under 30", 1],
        ["30 to under 35", 0],
        ["35 to under 40", 0],
        ["40 to under 45", 0],
        ["45 to under 50", 0],
        ["50 (full marks)", 1],
      ],
    ],
  ] as const)("scoreDistribution: %s", (_name, scores, max, expected) => {
    expect(scoreDistribution(scores, max).map(({ label, count }) => [label, count])).toEqual(expected);
  });
});

describe("CSV helpers", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+Deepak", "'+Deepak"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tHidden", "'\tHidden"],
    ["Asha", "Asha"],
    ["a=b", "a=b"],
  ])("guardFormula: %j is written as %j", (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });

  it("resultsFileName: letters, digits and dashes from the title", () => {
    expect(resultsFileName('Weekly test: "economy" & polity / 2026')).toBe(
      "results-weekly-test-economy-polity-2026.csv",
    );
    expect(resultsFileName("परीक्षा")).toBe("results-assignment.csv");
  });
});

describe("getStudentClassReport", () => {
  const report = (user: CurrentUser, studentId = fixture.users.s1.id, classId = fixture.classes.classA.id) =>
    getStudentClassReport({ user, classId, studentId, now: fixture.now });

  it("getStudentClassReport: the student's results across the class's assignments", async () => {
    const { assignments, student } = await report(as(fixture.users.teacherA, "teacher"));
    expect(student.id).toBe(fixture.users.s1.id);
    expect(
      assignments.map(({ title, state, marks, maxScore }) => [title, state, marks?.score ?? null, maxScore]),
    ).toEqual([
      ["Shared quiz", "not_started", null, 1],
      ["Polity test, answers at the due time", "finished", 1, 1],
      ["Practice: houses", "finished", 1, 1],
      ["Weekly test: economy and polity", "finished", 1.5, 4],
    ]);
  });

  it("getStudentClassReport: mastery by topic from attempts' answers and the student's cards and reviews the teacher may see", async () => {
    const { topics } = await report(as(fixture.users.teacherA, "teacher"));
    expect(topics).toEqual([
      {
        topic: "economy",
        asked: 2,
        correct: 2,
        wrong: 0,
        unanswered: 0,
        // The private question's card and review are S1's own notes: not counted.
        cardsStudied: 2,
        cardsMastered: 1,
        reviews: 2,
        reviewsCorrect: 1,
        accuracy: 0.75,
      },
      {
        topic: "polity",
        asked: 4,
        correct: 2,
        wrong: 1,
        unanswered: 1,
        cardsStudied: 0,
        cardsMastered: 0,
        reviews: 0,
        reviewsCorrect: 0,
        accuracy: 0.5,
      },
    ]);
  });

  it.each([
    ["another teacher", "teacherB", "teacher"],
    ["an admin who does not teach the class", "admin", "admin"],
    ["the student themself", "s1", "student"],
  ] as const)("getStudentClassReport: %s gets 404", async (_who, key, role) => {
    await expect(report(as(fixture.users[key], role))).rejects.toMatchObject({ code: "not_found" });
  });

  it("getStudentClassReport: a student outside the class is 404 even for its teacher", async () => {
    await expect(report(as(fixture.users.teacherA, "teacher"), fixture.users.s3.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
