import "../../../support/test-database";
import { POST as report } from "@/app/api/reports/route";
import { POST as resolve } from "@/app/api/teach/reports/[id]/route";
import { listReports } from "@/server/data/question-reports";
import { db } from "@/server/db";
import {
  type Account,
  account,
  jsonRequest,
  one,
  params,
  shareWithClass,
  story,
} from "../../../support/teach-fixtures";

let owner: Account; // teacher who owns content
let classTeacher: Account; // teacher of a class the owner's story is shared with
let other: Account; // a teacher with nothing to do with it
let admin: Account;
let student: Account;

const send = (who: Account, body: Record<string, unknown>) =>
  report(jsonRequest("POST", "/api/reports", { version: 1, reason: "wrong", note: "", ...body }, who.cookie));
const openFor = async (who: Account, role: "teacher" | "admin") =>
  (await listReports({ user: { id: who.id, role }, status: "open" })).map((item) => item.question.id);

beforeAll(async () => {
  owner = await account("Olga", "teacher");
  classTeacher = await account("Carl", "teacher");
  other = await account("Otto", "teacher");
  admin = await account("Ada", "admin");
  student = await account("Sid", "student");
  // Sign-ups hash passwords (scrypt): slow on a loaded machine.
}, 60_000);
afterAll(() => db.$disconnect());

describe("reports", () => {
  it("reports: library content owned by nobody reaches every teacher and admin", async () => {
    const { questions } = await story({ ownerId: null, visibility: "library" });
    const id = one(questions).id;
    const response = await send(student, {
      questionId: id,
      reason: "outdated",
      note: "He retired last week.",
    });
    expect(response.status).toBe(200);
    for (const [who, role] of [
      [owner, "teacher"],
      [classTeacher, "teacher"],
      [other, "teacher"],
      [admin, "admin"],
    ] as const) {
      expect(await openFor(who, role)).toContain(id);
    }
    expect(await listReports({ user: { id: student.id, role: "student" }, status: "open" })).toEqual([]);
  });

  it("reports: a class story's report reaches its owner and the class's teacher, no one else", async () => {
    const shared = await story({ ownerId: owner.id, visibility: "class" });
    await shareWithClass({ storyId: shared.story.id, teacherId: classTeacher.id, memberIds: [student.id] });
    const id = one(shared.questions).id;
    expect((await send(student, { questionId: id, reason: "ambiguous" })).status).toBe(200);
    expect(await openFor(owner, "teacher")).toContain(id);
    expect(await openFor(classTeacher, "teacher")).toContain(id);
    expect(await openFor(other, "teacher")).not.toContain(id);
    expect(await openFor(admin, "admin")).not.toContain(id);
    // Library content with an owner is the owner's to review.
    const published = await story({ ownerId: owner.id, visibility: "library" });
    const publishedId = one(published.questions).id;
    await send(student, { questionId: publishedId });
    expect(await openFor(owner, "teacher")).toContain(publishedId);
    expect(await openFor(other, "teacher")).not.toContain(publishedId);
  });

  it("reports: a second report on the same question updates the open one", async () => {
    const { questions } = await story({ ownerId: null, visibility: "library" });
    const id = one(questions).id;
    const first = await (await send(student, { questionId: id, note: "First thought." })).json();
    const second = await (
      await send(student, { questionId: id, reason: "ambiguous", note: "On reflection." })
    ).json();
    expect(second).toEqual({ id: first.id, updated: true });
    const rows = await db.questionReport.findMany({ where: { questionId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reason: "ambiguous",
      note: "On reflection.",
      userId: student.id,
      version: 1,
    });
  });

  it("reports: a question one cannot see is a 404; bad input a 422; no session a 401; nothing is stored", async () => {
    const hidden = await story({ ownerId: owner.id, visibility: "private" });
    const { questions } = await story({ ownerId: null, visibility: "library" });
    const id = one(questions).id;
    expect((await send(student, { questionId: one(hidden.questions).id })).status).toBe(404);
    const long = await send(student, { questionId: id, note: "x".repeat(1001) });
    expect(long.status).toBe(422);
    expect((await long.json()).error.fields.note.join(" ")).toMatch(/at most 1000/);
    expect((await send(student, { questionId: id, reason: "boring" })).status).toBe(422);
    expect((await send(student, { questionId: id, version: 5 })).status).toBe(422);
    expect((await send({ id: "", cookie: "" }, { questionId: id })).status).toBe(401);
    expect(
      await db.questionReport.count({ where: { questionId: { in: [id, one(hidden.questions).id] } } }),
    ).toBe(0);
    // Exactly 1000 characters is fine.
    expect((await send(student, { questionId: id, note: "x".repeat(1000) })).status).toBe(200);
  });

  it("reports: only a teacher it reaches may resolve it; resolved, a new report opens a new one", async () => {
    const shared = await story({ ownerId: owner.id, visibility: "private" });
    const id = one(shared.questions).id;
    const { id: reportId } = await (await send(owner, { questionId: id, note: "Typo." })).json();
    const post = (who: Account) =>
      resolve(
        jsonRequest("POST", `/api/teach/reports/${reportId}`, {}, who.cookie),
        params({ id: reportId }),
      );
    expect((await post(other)).status).toBe(404);
    expect((await post(student)).status).toBe(404);
    expect((await db.questionReport.findUniqueOrThrow({ where: { id: reportId } })).resolvedAt).toBeNull();
    expect((await post(owner)).status).toBe(200);
    expect(await db.questionReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      resolvedAt: expect.any(Date),
      resolvedById: owner.id,
    });
    expect(await openFor(owner, "teacher")).not.toContain(id);
    const again = await (await send(owner, { questionId: id, note: "Still a typo." })).json();
    expect(again.updated).toBe(false);
    expect(again.id).not.toBe(reportId);
  });
});
