import "../../../support/test-database";
import { POST as archive } from "@/app/api/classes/[id]/archive/route";
import { POST as leave } from "@/app/api/classes/[id]/leave/route";
import { POST as remove } from "@/app/api/classes/[id]/members/[userId]/remove/route";
import { POST as join } from "@/app/api/classes/join/route";
import { POST as create } from "@/app/api/classes/route";
import { getClass, listClasses } from "@/server/classes/classes";
import { db } from "@/server/db";
import { account, postJson } from "../../../support/class-fixtures";

let teacher: Awaited<ReturnType<typeof account>>;
let otherTeacher: Awaited<ReturnType<typeof account>>;
let ann: Awaited<ReturnType<typeof account>>;
let ben: Awaited<ReturnType<typeof account>>;
let outsider: Awaited<ReturnType<typeof account>>;
let classId = "";
let code = "";

beforeAll(async () => {
  teacher = await account("Tara Teacher", "teacher");
  otherTeacher = await account("Omar Teacher", "teacher");
  ann = await account("Ann Student");
  ben = await account("Ben Student");
  outsider = await account("Olga Outsider");
  // Five sign-ups hash five passwords (scrypt): slow on a busy machine.
}, 60_000);
afterAll(() => db.$disconnect());

const members = () => db.classMember.findMany({ where: { classId }, select: { userId: true } });

describe("api/classes", () => {
  it("api/classes: a teacher makes a class with a 7-character code without look-alikes; a student may not", async () => {
    const response = await postJson(create, {
      path: "/api/classes",
      cookie: teacher.cookie,
      body: { name: "Evening batch" },
    });
    expect(response.status).toBe(201);
    const made = await response.json();
    expect(made).toMatchObject({ name: "Evening batch", memberCount: 0, archived: false });
    expect(made.joinCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{7}$/);
    classId = made.id;
    code = made.joinCode;

    const refused = await postJson(create, {
      path: "/api/classes",
      cookie: ann.cookie,
      body: { name: "Mine" },
    });
    expect(refused.status).toBe(403);
    expect(await db.class.count({ where: { teacherId: ann.id } })).toBe(0);
    expect(
      (await postJson(create, { path: "/api/classes", cookie: teacher.cookie, body: { name: " " } })).status,
    ).toBe(422);
  });

  it("api/classes/join: students join with the code (any case, spaces), twice is one membership", async () => {
    const typed = ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `;
    const first = await postJson(join, {
      path: "/api/classes/join",
      cookie: ann.cookie,
      body: { code: typed },
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ id: classId, name: "Evening batch" });
    expect(
      (await postJson(join, { path: "/api/classes/join", cookie: ann.cookie, body: { code } })).status,
    ).toBe(200);
    expect(
      (await postJson(join, { path: "/api/classes/join", cookie: ben.cookie, body: { code } })).status,
    ).toBe(200);
    expect((await members()).map((member) => member.userId).sort()).toEqual([ann.id, ben.id].sort());
  });

  it("api/classes/join: a wrong code says so; guessing is slowed per user after 10 wrong codes, nothing joined", async () => {
    const wrong = await postJson(join, {
      path: "/api/classes/join",
      cookie: outsider.cookie,
      body: { code: "AAAAAAA" },
    });
    expect(wrong.status).toBe(404);
    expect((await wrong.json()).error.message).toMatch(/No class has that code/);
    for (let attempt = 2; attempt <= 10; attempt++) {
      const response = await postJson(join, {
        path: "/api/classes/join",
        cookie: outsider.cookie,
        body: { code: `AAAAAA${attempt % 10}` },
      });
      expect(response.status).toBe(404);
    }
    const blocked = await postJson(join, {
      path: "/api/classes/join",
      cookie: outsider.cookie,
      body: { code },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await blocked.json()).error.message).toMatch(/Too many wrong class codes/);
    expect(await db.classMember.count({ where: { userId: outsider.id } })).toBe(0);
    // Another user is not slowed by the guesser.
    expect(
      (await postJson(join, { path: "/api/classes/join", cookie: otherTeacher.cookie, body: { code } }))
        .status,
    ).toBe(200);
    await db.classMember.deleteMany({ where: { userId: otherTeacher.id } });
  });

  it("classes: each user sees only their own classes; the roster only its teacher", async () => {
    await postJson(create, {
      path: "/api/classes",
      cookie: otherTeacher.cookie,
      body: { name: "Other class" },
    });
    const mine = await listClasses({ userId: teacher.id });
    expect(mine.teaching.map((entry) => entry.name)).toEqual(["Evening batch"]);
    const annList = await listClasses({ userId: ann.id });
    expect(annList.teaching).toEqual([]);
    expect(annList.member.map((entry) => ({ name: entry.name, joinCode: entry.joinCode }))).toEqual([
      { name: "Evening batch", joinCode: null },
    ]);
    expect(await listClasses({ userId: outsider.id })).toEqual({ teaching: [], member: [] });

    const roster = await getClass({ userId: teacher.id, classId });
    expect(roster.viewer === "teacher" && roster.members.map((member) => member.name).sort()).toEqual([
      "Ann Student",
      "Ben Student",
    ]);
    expect(await getClass({ userId: ann.id, classId })).not.toHaveProperty("members");
    await expect(getClass({ userId: otherTeacher.id, classId })).rejects.toMatchObject({ code: "not_found" });
    await expect(getClass({ userId: outsider.id, classId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("api/classes/[id]/members/[userId]/remove: only the class's teacher removes a student", async () => {
    const path = `/api/classes/${classId}/members/${ben.id}/remove`;
    const params = { id: classId, userId: ben.id };
    expect((await postJson(remove, { path, cookie: otherTeacher.cookie, params })).status).toBe(404);
    expect((await postJson(remove, { path, cookie: ann.cookie, params })).status).toBe(404);
    expect(await members()).toHaveLength(2);
    expect((await postJson(remove, { path, cookie: teacher.cookie, params })).status).toBe(204);
    expect((await members()).map((member) => member.userId)).toEqual([ann.id]);
    expect((await postJson(remove, { path, cookie: teacher.cookie, params })).status).toBe(404);
  });

  it("api/classes/[id]/leave: a member leaves; someone not in the class gets 404", async () => {
    const path = `/api/classes/${classId}/leave`;
    expect((await postJson(leave, { path, cookie: outsider.cookie, params: { id: classId } })).status).toBe(
      404,
    );
    expect((await postJson(leave, { path, cookie: ann.cookie, params: { id: classId } })).status).toBe(204);
    expect(await members()).toEqual([]);
    expect((await postJson(leave, { path, cookie: ann.cookie, params: { id: classId } })).status).toBe(404);
  });

  it("api/classes/[id]/archive: only its teacher archives; an archived class cannot be joined", async () => {
    const path = `/api/classes/${classId}/archive`;
    expect(
      (await postJson(archive, { path, cookie: otherTeacher.cookie, params: { id: classId } })).status,
    ).toBe(404);
    expect((await db.class.findUniqueOrThrow({ where: { id: classId } })).archivedAt).toBeNull();
    expect((await postJson(archive, { path, cookie: teacher.cookie, params: { id: classId } })).status).toBe(
      204,
    );
    expect((await postJson(archive, { path, cookie: teacher.cookie, params: { id: classId } })).status).toBe(
      204,
    );
    expect((await db.class.findUniqueOrThrow({ where: { id: classId } })).archivedAt).not.toBeNull();
    const late = await postJson(join, { path: "/api/classes/join", cookie: ben.cookie, body: { code } });
    expect(late.status).toBe(404);
    expect(await members()).toEqual([]);
  });

  it("api/classes: 401 signed out, 403 from another site, 415 not JSON, 400 broken JSON", async () => {
    expect((await postJson(join, { path: "/api/classes/join", cookie: "", body: { code } })).status).toBe(
      401,
    );
    const crossSite = await postJson(join, {
      path: "/api/classes/join",
      cookie: ann.cookie,
      body: { code },
      headers: { origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    const form = await postJson(join, {
      path: "/api/classes/join",
      cookie: ann.cookie,
      body: `code=${code}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    expect(
      (await postJson(join, { path: "/api/classes/join", cookie: ann.cookie, body: "{code" })).status,
    ).toBe(400);
  });
});
