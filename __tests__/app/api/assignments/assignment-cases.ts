// The assignment tests, run once per attempt writer (route.test.ts: the SQLite writer connection; route-prisma.test.ts: Prisma, the path PostgreSQL takes). Import after test-database.
import { randomUUID } from "node:crypto";
import { POST as saveAnswer } from "@/app/api/assignments/[id]/answers/route";
import { GET as getAssignment } from "@/app/api/assignments/[id]/route";
import { POST as start } from "@/app/api/assignments/[id]/start/route";
import { POST as submit } from "@/app/api/assignments/[id]/submit/route";
import { POST as createAssignment } from "@/app/api/assignments/route";
import { POST as join } from "@/app/api/classes/join/route";
import { POST as createClass } from "@/app/api/classes/route";
import { getAttemptReview } from "@/server/assignments/review";
import { db } from "@/server/db";
import { account, getJson, postJson, questionSet } from "../../../support/class-fixtures";

type Account = Awaited<ReturnType<typeof account>>;
interface View {
  status: string;
  attempt: {
    deadlineAt: string;
    submittedAt: string | null;
    questions: { id: string; prompt: string; options: string[] }[];
    answers: { questionId: string; choice: number; feedback: unknown }[];
  } | null;
  reviewAvailable: boolean;
}

/** Five sign-ups hash five passwords (scrypt): slow on a busy machine. */
const SIGN_UPS_TIMEOUT_MS = 60_000;

/** Registers the tests; `writer` only names them. */
export function describeAssignments(writer: "sqlite" | "prisma"): void {
  let teacher: Account;
  let otherTeacher: Account;
  let ann: Account;
  let ben: Account;
  let outsider: Account;
  let classId = "";
  let otherClassId = "";
  let fixture: Awaited<ReturnType<typeof questionSet>>;

  const FUTURE = "2099-06-01T10:00";
  const PAST = "2020-01-01T09:30";

  async function makeClass(owner: Account, name: string): Promise<{ id: string; joinCode: string }> {
    return (
      await postJson(createClass, { path: "/api/classes", cookie: owner.cookie, body: { name } })
    ).json();
  }

  function assign(cookie: string, body: Record<string, unknown>) {
    return postJson(createAssignment, {
      path: "/api/assignments",
      cookie,
      body: {
        title: "Polity test",
        setId: fixture.set.id,
        classIds: [classId],
        opensAt: PAST,
        dueAt: FUTURE,
        mode: "test",
        ...body,
      },
    });
  }

  async function assignOk(body: Record<string, unknown>): Promise<string> {
    const response = await assign(teacher.cookie, body);
    expect(response.status).toBe(201);
    return (await response.json()).id;
  }

  const call = (id: string) => ({ path: `/api/assignments/${id}`, params: { id } });
  const view = async (id: string, who: Account) =>
    getJson(getAssignment, { ...call(id), cookie: who.cookie });
  const startAs = (id: string, who: Account) =>
    postJson(start, { ...call(id), path: `/api/assignments/${id}/start`, cookie: who.cookie });
  const submitAs = (id: string, who: Account) =>
    postJson(submit, { ...call(id), path: `/api/assignments/${id}/submit`, cookie: who.cookie });
  function answerAs(
    id: string,
    who: Account,
    body: { questionId: string; choice: number; clientId?: string },
  ) {
    return postJson(saveAnswer, {
      ...call(id),
      path: `/api/assignments/${id}/answers`,
      cookie: who.cookie,
      body: { clientId: randomUUID(), durationMs: 5_000, ...body },
    });
  }

  /** The place of the right option ("Answer i") or of a wrong one among the options as this student sees them. */
  function choiceOf(question: { options: string[] }, right: boolean): number {
    return question.options.findIndex((option) => option.startsWith("Answer") === right);
  }

  async function started(id: string, who: Account): Promise<NonNullable<View["attempt"]>> {
    const response = await startAs(id, who);
    expect(response.status).toBe(200);
    const body: View = await response.json();
    if (!body.attempt) throw new Error("no attempt");
    return body.attempt;
  }

  const attemptOf = (assignmentId: string, who: Account) =>
    db.attempt.findUniqueOrThrow({
      where: { assignmentId_userId: { assignmentId, userId: who.id } },
      include: { answers: true },
    });

  beforeAll(async () => {
    teacher = await account("Tara Teacher", "teacher");
    otherTeacher = await account("Omar Teacher", "teacher");
    ann = await account("Ann Student");
    ben = await account("Ben Student");
    outsider = await account("Olga Outsider");
    await db.userSettings.create({ data: { userId: teacher.id, timeZone: "Asia/Kolkata" } });
    const made = await makeClass(teacher, "Evening batch");
    classId = made.id;
    for (const student of [ann, ben]) {
      await postJson(join, {
        path: "/api/classes/join",
        cookie: student.cookie,
        body: { code: made.joinCode },
      });
    }
    otherClassId = (await makeClass(otherTeacher, "Other class")).id;
    fixture = await questionSet(teacher.id, 5);
  }, SIGN_UPS_TIMEOUT_MS);

  describe(`api/assignments (${writer} writer)`, () => {
    it("api/assignments: copies the set's live questions with their versions; times in the teacher's zone", async () => {
      const [first, second, retired] = fixture.questions;
      await db.question.update({ where: { id: retired?.id }, data: { retiredAt: new Date() } });
      await db.question.update({ where: { id: second?.id }, data: { version: 3 } });
      const id = await assignOk({ timeLimitMinutes: 30, negativeMark: 1 / 3, shuffle: true });
      const stored = await db.assignment.findUniqueOrThrow({
        where: { id },
        include: { questions: { orderBy: { position: "asc" } }, classes: true },
      });
      expect(stored).toMatchObject({ mode: "test", timeLimitSec: 1800, shuffle: true, reveal: "submit" });
      expect(stored.negativeMark).toBeCloseTo(1 / 3);
      // 09:30 in Asia/Kolkata (UTC+5:30) is 04:00 UTC.
      expect(stored.opensAt.toISOString()).toBe("2020-01-01T04:00:00.000Z");
      expect(stored.questions.map((question) => [question.questionId, question.version])).toEqual(
        fixture.questions
          .filter((question) => question.id !== retired?.id)
          .map((question) => [question.id, question.id === second?.id ? 3 : 1]),
      );
      expect(stored.questions[0]?.questionId).toBe(first?.id);
      expect(stored.classes.map((entry) => entry.classId)).toEqual([classId]);
      await db.question.update({ where: { id: retired?.id }, data: { retiredAt: null } });
      await db.question.update({ where: { id: second?.id }, data: { version: 1 } });
    });

    it.each([
      ["due before opening", { opensAt: FUTURE, dueAt: "2099-05-01T10:00" }, 422, /after the opening time/],
      ["no class", { classIds: [] }, 422, /at least one class/],
      ["a negative mark above 1", { negativeMark: 1.5 }, 422, /0 to 1/],
    ])("api/assignments: refuses %s", async (_name, body, status, message) => {
      const before = await db.assignment.count();
      const response = await assign(teacher.cookie, body);
      expect(response.status).toBe(status);
      expect((await response.json()).error.message).toMatch(message);
      expect(await db.assignment.count()).toBe(before);
    });

    it("api/assignments: another teacher's set or class is 404, an empty set 422, a student 403", async () => {
      const theirs = await questionSet(otherTeacher.id, 2);
      expect((await assign(teacher.cookie, { setId: theirs.set.id })).status).toBe(404);
      const theirClass = await assign(teacher.cookie, { classIds: [classId, otherClassId] });
      expect(theirClass.status).toBe(404);
      expect((await theirClass.json()).error.message).toMatch(/not one of yours/);
      const empty = await db.questionSet.create({ data: { ownerId: teacher.id, title: "Empty" } });
      const response = await assign(teacher.cookie, { setId: empty.id });
      expect(response.status).toBe(422);
      expect((await response.json()).error.message).toMatch(/no questions/);
      expect((await assign(ann.cookie, {})).status).toBe(403);
    });

    it("api/assignments/[id]: a student outside the class cannot see, start or answer it (404, nothing stored)", async () => {
      const id = await assignOk({});
      const questionId = fixture.questions[0]?.id ?? "";
      expect((await view(id, outsider)).status).toBe(404);
      expect((await startAs(id, outsider)).status).toBe(404);
      expect((await answerAs(id, outsider, { questionId, choice: 0 })).status).toBe(404);
      expect((await submitAs(id, outsider)).status).toBe(404);
      expect((await view(id, otherTeacher)).status).toBe(404);
      expect(await db.attempt.count({ where: { assignmentId: id } })).toBe(0);
      expect(await db.reviewLog.count({ where: { userId: outsider.id } })).toBe(0);
    });

    it("api/assignments/[id]: a test's responses never carry the key before submitting; shuffle is stable across reloads", async () => {
      const id = await assignOk({ shuffle: true, timeLimitMinutes: 30 });
      const responses: string[] = [];
      const first = await startAs(id, ann);
      responses.push(await first.clone().text());
      const attempt = ((await first.json()) as View).attempt;
      if (!attempt) throw new Error("no attempt");
      expect(attempt.questions.map((question) => question.id).sort()).toEqual(
        fixture.questions.map((question) => question.id).sort(),
      );
      for (const question of attempt.questions) {
        const saved = await answerAs(id, ann, { questionId: question.id, choice: choiceOf(question, true) });
        expect(saved.status).toBe(200);
        responses.push(await saved.text());
      }
      const reload = await view(id, ann);
      const reloadText = await reload.text();
      responses.push(reloadText);
      const again: View = JSON.parse(reloadText);
      expect(again.attempt?.questions).toEqual(attempt.questions);
      expect((await (await startAs(id, ann)).json()).attempt.questions).toEqual(attempt.questions);
      for (const text of responses) {
        expect(text).not.toMatch(/Secret explanation|correctChoice|correctAnswer|"correct"/);
      }
      expect(again.attempt?.answers.every((answer) => answer.feedback === null)).toBe(true);
      // Ben's own order is fixed for him just the same.
      const bens = await started(id, ben);
      expect((await (await view(id, ben)).json()).attempt.questions).toEqual(bens.questions);
    });

    it("api/assignments/[id]/answers: the same clientId twice is one answer; a test answer may change; an id is per question", async () => {
      const id = await assignOk({});
      const [first, second] = (await started(id, ann)).questions;
      if (!first || !second) throw new Error("questions missing");
      const clientId = randomUUID();
      const once = await answerAs(id, ann, {
        questionId: first.id,
        choice: choiceOf(first, false),
        clientId,
      });
      const twice = await answerAs(id, ann, {
        questionId: first.id,
        choice: choiceOf(first, true),
        clientId,
      });
      expect(twice.status).toBe(200);
      expect(await twice.json()).toEqual(await once.json());
      let stored = await attemptOf(id, ann);
      expect(stored.answers).toHaveLength(1);
      expect(stored.answers[0]).toMatchObject({ correct: false, clientId });

      expect((await answerAs(id, ann, { questionId: first.id, choice: choiceOf(first, true) })).status).toBe(
        200,
      );
      stored = await attemptOf(id, ann);
      expect(stored.answers).toHaveLength(1);
      expect(stored.answers[0]).toMatchObject({ correct: true, choice: "Answer 0" });

      const reused = await answerAs(id, ann, {
        questionId: second.id,
        choice: 0,
        clientId: stored.answers[0]?.clientId ?? "",
      });
      expect(reused.status).toBe(409);
      expect((await attemptOf(id, ann)).answers).toHaveLength(1);
      expect((await answerAs(id, ann, { questionId: "not-in-it", choice: 0 })).status).toBe(404);
      expect((await answerAs(id, ann, { questionId: second.id, choice: 7 })).status).toBe(422);
    });

    it("api/assignments/[id]/answers: two tabs answering at once each save; the last write of a question stands", async () => {
      const id = await assignOk({});
      const questions = (await started(id, ann)).questions;
      const responses = await Promise.all([
        ...questions.map((question) =>
          answerAs(id, ann, { questionId: question.id, choice: choiceOf(question, true) }),
        ),
        ...questions.map((question) =>
          answerAs(id, ann, { questionId: question.id, choice: choiceOf(question, true) }),
        ),
      ]);
      expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
      const stored = await attemptOf(id, ann);
      expect(stored.answers).toHaveLength(questions.length);
      expect(stored.answers.every((answer) => answer.correct)).toBe(true);
    });

    it("api/assignments/[id]: after the deadline an answer is refused and not counted; the attempt counts as submitted", async () => {
      const id = await assignOk({ timeLimitMinutes: 10, negativeMark: 0.5 });
      const [first, second] = (await started(id, ann)).questions;
      if (!first || !second) throw new Error("questions missing");
      await answerAs(id, ann, { questionId: first.id, choice: choiceOf(first, true) });
      const attempt = await attemptOf(id, ann);
      // The stored deadline is what counts: move it into the past instead of waiting.
      const deadlineAt = new Date(Date.now() - 1_000);
      await db.attempt.update({ where: { id: attempt.id }, data: { deadlineAt } });

      const late = await answerAs(id, ann, { questionId: second.id, choice: choiceOf(second, true) });
      expect(late.status).toBe(409);
      expect((await late.json()).error.message).toMatch(/Time is up/);
      const stored = await attemptOf(id, ann);
      expect(stored.answers.map((answer) => answer.questionId)).toEqual([first.id]);
      expect(stored).toMatchObject({ score: 1, correctCount: 1, wrongCount: 0 });
      expect(stored.submittedAt?.toISOString()).toBe(deadlineAt.toISOString());

      const lateSubmit = await submitAs(id, ann);
      expect(lateSubmit.status).toBe(409);
      expect((await lateSubmit.json()).error.message).toMatch(/Time was up/);
      expect(((await (await view(id, ann)).json()) as View).status).toBe("submitted");
    });

    it("api/assignments/[id]: an attempt past its deadline is finalised on the next read, without any answer", async () => {
      const id = await assignOk({ timeLimitMinutes: 10 });
      const [first] = (await started(id, ben)).questions;
      if (!first) throw new Error("questions missing");
      await answerAs(id, ben, { questionId: first.id, choice: choiceOf(first, false) });
      const attempt = await attemptOf(id, ben);
      await db.attempt.update({
        where: { id: attempt.id },
        data: { deadlineAt: new Date(Date.now() - 1_000) },
      });
      const [read1, read2] = await Promise.all([view(id, ben), view(id, ben)]);
      expect([((await read1.json()) as View).status, ((await read2.json()) as View).status]).toEqual([
        "submitted",
        "submitted",
      ]);
      expect(await attemptOf(id, ben)).toMatchObject({ score: 0, correctCount: 0, wrongCount: 1 });
      // One review log for the one answer, however many reads finalised it.
      expect(
        await db.reviewLog.count({ where: { userId: ben.id, clientId: attempt.answers[0]?.clientId } }),
      ).toBe(1);
    });

    it("api/assignments/[id]/submit: negative marking (1/3 as UPSC); submitting twice is one submission; the review then", async () => {
      const id = await assignOk({ negativeMark: 1 / 3, shuffle: true });
      const questions = (await started(id, ben)).questions;
      // 3 right, 1 wrong, 1 unanswered: 3 - 1/3 = 2.67.
      for (const [index, question] of questions.slice(0, 4).entries()) {
        await answerAs(id, ben, { questionId: question.id, choice: choiceOf(question, index < 3) });
      }
      expect(await getAttemptReview(ben.id, id)).toMatchObject({ state: "in_progress" });
      expect(await getAttemptReview(ben.id, id)).not.toHaveProperty("questions");
      const firstSubmit = await submitAs(id, ben);
      expect(firstSubmit.status).toBe(200);
      const submitted: View = await firstSubmit.json();
      expect(submitted).toMatchObject({ status: "submitted", reviewAvailable: true });
      const secondSubmit = await submitAs(id, ben);
      expect(secondSubmit.status).toBe(200);
      const stored = await attemptOf(id, ben);
      expect(stored).toMatchObject({ score: 2.67, correctCount: 3, wrongCount: 1 });
      expect(stored.submittedAt).toEqual(
        (await db.attempt.findUniqueOrThrow({ where: { id: stored.id } })).submittedAt,
      );
      const after = await answerAs(id, ben, { questionId: questions[4]?.id ?? "", choice: 0 });
      expect(after.status).toBe(409);
      expect((await attemptOf(id, ben)).answers).toHaveLength(4);

      const review = await getAttemptReview(ben.id, id);
      if (review.state !== "ready") throw new Error(`review is ${review.state}, not ready`);
      expect(review.marks).toMatchObject({ score: 2.67, maxScore: 5, correct: 3, wrong: 1, unanswered: 1 });
      // The review lists the assignment's questions in the teacher's order, whatever order this student had.
      expect(review.questions.map((question) => question.questionId).sort()).toEqual(
        questions.map((question) => question.id).sort(),
      );
      const unanswered = questions[4]?.id;
      expect(review.questions.find((question) => question.questionId === unanswered)).toMatchObject({
        choice: null,
        correct: false,
      });
      expect(review.questions[0]?.answer).toMatch(/^Answer/);
      // The final test answers went on Ben's FSRS schedule: one quiz review each.
      const logs = await db.reviewLog.findMany({
        where: { userId: ben.id, clientId: { in: stored.answers.map((answer) => answer.clientId) } },
      });
      expect(logs).toHaveLength(4);
      expect(logs.every((log) => log.mode === "quiz")).toBe(true);
      await expect(getAttemptReview(outsider.id, id)).rejects.toMatchObject({ code: "not_found" });
    });

    it("getAttemptReview: a test revealed at the due time shows nothing before it", async () => {
      const id = await assignOk({ reveal: "due" });
      const [first] = (await started(id, ann)).questions;
      if (!first) throw new Error("questions missing");
      await answerAs(id, ann, { questionId: first.id, choice: choiceOf(first, true) });
      const submitted = await submitAs(id, ann);
      const text = await submitted.text();
      expect(JSON.parse(text)).toMatchObject({
        status: "submitted",
        reviewAvailable: false,
        reviewAvailableAt: expect.any(String),
      });
      expect(text).not.toMatch(/Secret explanation|correctAnswer/);
      const waiting = await getAttemptReview(ann.id, id);
      expect(waiting).toMatchObject({ state: "waiting" });
      expect(waiting).not.toHaveProperty("questions");
      expect(await getAttemptReview(ann.id, id, new Date(Date.UTC(2100, 0, 1)))).toMatchObject({
        state: "ready",
        marks: { correct: 1 },
      });
    });

    it("api/assignments/[id]/answers: practice gives feedback, keeps the first answer, feeds FSRS; grading follows the stored version", async () => {
      const id = await assignOk({ mode: "practice" });
      const edited = fixture.questions[0];
      if (!edited) throw new Error("question missing");
      // The question is edited after the assignment was made: version 1 keeps the content the assignment shows.
      await db.questionVersion.create({
        data: {
          questionId: edited.id,
          version: 1,
          prompt: edited.prompt,
          answer: edited.answer,
          aliases: "[]",
          options: edited.options,
          explanation: edited.explanation,
        },
      });
      await db.question.update({
        where: { id: edited.id },
        data: { version: 2, answer: "Rewritten", options: JSON.stringify(["Rewritten", "W1", "W2", "W3"]) },
      });
      const questions = (await started(id, ann)).questions;
      const question = questions.find((entry) => entry.id === edited.id);
      if (!question) throw new Error("question missing");
      expect(question.options).toContain("Answer 0");
      const response = await answerAs(id, ann, { questionId: question.id, choice: choiceOf(question, true) });
      expect(response.status).toBe(200);
      const saved = await response.json();
      expect(saved.feedback).toMatchObject({
        correct: true,
        correctAnswer: "Answer 0",
        correctChoice: choiceOf(question, true),
      });
      const changed = await answerAs(id, ann, { questionId: question.id, choice: choiceOf(question, false) });
      expect(changed.status).toBe(409);
      expect((await attemptOf(id, ann)).answers[0]).toMatchObject({ correct: true });
      const log = await db.reviewLog.findUniqueOrThrow({
        where: { userId_clientId: { userId: ann.id, clientId: saved.clientId } },
      });
      expect(log).toMatchObject({ mode: "quiz", correct: true, questionVersion: 1 });
      expect(await db.card.count({ where: { userId: ann.id, questionId: question.id } })).toBe(1);
    });

    it("api/assignments/[id]/start: a removed student loses the assignment; one not yet open cannot be started", async () => {
      const notOpen = await assignOk({ opensAt: "2099-01-01T09:00" });
      const response = await startAs(notOpen, ann);
      expect(response.status).toBe(409);
      expect((await response.json()).error.message).toMatch(/not open yet/);
      await db.classMember.delete({ where: { classId_userId: { classId, userId: ben.id } } });
      const id = await assignOk({});
      expect((await startAs(id, ben)).status).toBe(404);
    });
  });
}
