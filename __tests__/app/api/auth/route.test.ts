import "../../../support/test-database";
import { db } from "@/server/db";
import { getUserFromHeaders } from "@/server/session";
import { getSession, signIn, signOut, signUp } from "../../../support/auth-client";
import { createAdmin } from "../../../support/study-fixtures";

const password = "correct horse battery";

describe("auth route", () => {
  // An instance with its admin already: the first sign-up would otherwise become it.
  beforeAll(() => createAdmin());
  afterAll(() => db.$disconnect());

  it("auth: signs up as a student and hashes the password", async () => {
    const { response, cookie } = await signUp({ name: "Tara", email: "tara@example.com", password });
    expect(response.status).toBe(200);
    expect(cookie).toContain("session_token");

    const user = await getUserFromHeaders(new Headers({ cookie }));
    expect(user).toMatchObject({ name: "Tara", email: "tara@example.com", role: "student" });

    const account = await db.account.findFirstOrThrow({ where: { user: { email: "tara@example.com" } } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain(password);
  });

  it("auth: a second account signs up as a student too", async () => {
    const { cookie } = await signUp({ name: "Sam", email: "sam@example.com", password });
    expect(await getUserFromHeaders(new Headers({ cookie }))).toMatchObject({ role: "student" });
  });

  it("auth: refuses a taken email, a short password and a wrong password", async () => {
    expect((await signUp({ name: "Sam again", email: "sam@example.com", password })).response.status).toBe(
      422,
    );
    expect(
      (await signUp({ name: "Short", email: "short@example.com", password: "abc" })).response.status,
    ).toBe(400);
    expect((await signIn("sam@example.com", "wrong password")).response.status).toBe(401);
  });

  it("auth: each session cookie identifies its own account only", async () => {
    const a = await signIn("tara@example.com", password);
    const b = await signIn("sam@example.com", password);
    const sessionA = await (await getSession(a.cookie)).json();
    const sessionB = await (await getSession(b.cookie)).json();
    expect(sessionA.user.email).toBe("tara@example.com");
    expect(sessionB.user.email).toBe("sam@example.com");
    expect(await getUserFromHeaders(new Headers())).toBeNull();
    expect(
      await getUserFromHeaders(new Headers({ cookie: "better-auth.session_token=forged.value" })),
    ).toBeNull();
  });

  it("auth: signing out ends the session", async () => {
    const { cookie } = await signIn("sam@example.com", password);
    expect((await signOut(cookie)).status).toBe(200);
    expect(await getUserFromHeaders(new Headers({ cookie }))).toBeNull();
  });

  it("auth: a cookie already seen still stops working at sign-out, expiry, or with a forged signature", async () => {
    const sessionCookie = (cookie: string) =>
      cookie.split("; ").find((pair) => pair.startsWith("better-auth.session_token=")) ?? "";
    const seen = async () => {
      const { cookie } = await signIn("sam@example.com", password);
      const headers = new Headers({ cookie });
      // The first lookup goes through better-auth; the second is answered from the verified-cookie cache.
      expect(await getUserFromHeaders(headers)).toMatchObject({ email: "sam@example.com" });
      expect(await getUserFromHeaders(headers)).toMatchObject({ email: "sam@example.com" });
      return { cookie, headers, token: decodeURIComponent(sessionCookie(cookie).split("=")[1] ?? "") };
    };

    const signedOut = await seen();
    await signOut(signedOut.cookie);
    expect(await getUserFromHeaders(signedOut.headers)).toBeNull();

    const expired = await seen();
    const token = expired.token.split(".")[0] ?? "";
    await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getUserFromHeaders(expired.headers)).toBeNull();

    const live = await seen();
    const liveToken = live.token.split(".")[0] ?? "";
    const forged = `better-auth.session_token=${encodeURIComponent(`${liveToken}.forged-signature`)}`;
    expect(await getUserFromHeaders(new Headers({ cookie: forged }))).toBeNull();
    expect(await getUserFromHeaders(live.headers)).toMatchObject({ email: "sam@example.com" });
  });
});
