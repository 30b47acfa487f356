// Issue 8, item 7: anyone could sign up as a teacher or switch role through /api/auth/update-user, and sign-up
// through the auth API skipped the app's checks (a 100 KB name was accepted).
import "../support/test-database";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { getUserFromHeaders } from "@/server/session";
import { getSession, signIn, signUp, updateUser } from "../support/auth-client";
import { createAdmin } from "../support/study-fixtures";

const password = "correct horse battery";
const roleOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).role;

describe("roles and profile fields", () => {
  // An instance with its admin already: the first sign-up would otherwise become it.
  beforeAll(() => createAdmin());
  afterAll(() => db.$disconnect());

  it.each([
    ["role teacher", "a", { role: "teacher" }],
    ["role TEACHER", "b", { role: "TEACHER" }],
    ["role admin", "c", { role: "admin" }],
    ["role as an array", "d", { role: ["teacher"] }],
  ])("sign-up over HTTP: %s is ignored, the account is a student", async (_name, id, extra) => {
    const email = `signup-${id}@example.com`;
    const { response, cookie } = await signUp({ name: "Mallory", email, password, ...extra } as never);
    expect(response.status).toBe(200);
    expect(await roleOf(email)).toBe("student");
    expect((await (await getSession(cookie)).json()).user.role).toBe("student");
  });

  it("update-user over HTTP: a student cannot switch to teacher, in any spelling", async () => {
    const email = "switcher@example.com";
    const { cookie } = await signUp({ name: "Switcher", email, password });
    for (const body of [
      { role: "teacher" },
      { name: "Switcher", role: "teacher" },
      { role: ["teacher"] },
      { role: { set: "teacher" } },
    ]) {
      const response = await updateUser(cookie, body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(await roleOf(email)).toBe("student");
    // A fresh session (no cached cookie) still says student.
    const again = await signIn(email, password);
    expect(await getUserFromHeaders(new Headers({ cookie: again.cookie }))).toMatchObject({
      role: "student",
    });
  });

  it("sign-up over HTTP: the name follows the form's rules (100 KB, blank, control characters refused)", async () => {
    for (const [email, name] of [
      ["huge@example.com", "x".repeat(100_000)],
      ["long@example.com", "x".repeat(101)],
      ["blank@example.com", "   "],
      ["control@example.com", "Eve\u0000\u001b[31m"],
      // Found by the attacker's re-test: a right-to-left override and markup were accepted.
      ["bidi@example.com", "Eve\u202Egnp.exe"],
      ["markup@example.com", "<img src=x onerror=alert(1)>"],
    ] as const) {
      const { response } = await signUp({ name, email, password });
      expect(response.status).toBe(400);
      expect(await db.user.count({ where: { email } })).toBe(0);
    }
    const { response } = await signUp({ name: "  Padded Name  ", email: "padded@example.com", password });
    expect(response.status).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { email: "padded@example.com" } })).toMatchObject({
      name: "Padded Name",
    });
  });

  it("update-user over HTTP: the name and picture follow the same rules", async () => {
    const email = "renamer@example.com";
    const { cookie } = await signUp({ name: "Renamer", email, password });
    expect((await updateUser(cookie, { name: "x".repeat(100_000) })).status).toBe(400);
    expect((await updateUser(cookie, { name: "" })).status).toBe(400);
    expect((await updateUser(cookie, { image: "javascript:alert(1)" })).status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Renamer");

    expect((await updateUser(cookie, { name: "  New Name " })).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("New Name");
  });

  it("auth.api from server code: a request's headers never grant a role, the seed (no request) does", async () => {
    // As a server action calls it: with the browser's headers.
    await auth.api.signUpEmail({
      body: { name: "Action", email: "action@example.com", password, role: "teacher" } as never,
      headers: new Headers({ origin: "http://localhost:3000" }),
    });
    expect(await roleOf("action@example.com")).toBe("student");

    // As prisma/seed.ts makes the demo teacher: server code outside any request.
    await auth.api.signUpEmail({
      body: { name: "Demo Teacher", email: "teacher@example.com", password, role: "teacher" } as never,
    });
    expect(await roleOf("teacher@example.com")).toBe("teacher");
  });
});
