// Issue 8, item 5: 50 wrong passwords in 7.6 s were all checked, then the right one signed in; 15 accounts were
// made in 3 s; and the limit that did exist was keyed on X-Forwarded-For, which any client sets.
import "../support/test-database";
import { POST } from "@/app/api/auth/[...all]/route";
import { EMPTY_AUTH_FORM_STATE } from "@/server/actions/auth-form.schema";
import { signInAction } from "@/server/actions/sign-in";
import { signUpAction } from "@/server/actions/sign-up";
import { SIGN_UP_PER_ADDRESS } from "@/server/auth-guards";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address";
import { db } from "@/server/db";
import { signIn, signUp } from "../support/auth-client";

// The server actions read the request's headers through next/headers; here they are the test's.
let actionHeaders = new Headers();
jest.mock("next/headers", () => ({ headers: async () => actionHeaders }));
jest.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { path });
  },
}));

const password = "correct horse battery";
const wrong = "wrong password!";

async function account(email: string): Promise<void> {
  expect((await signUp({ name: "Victim", email, password })).response.status).toBe(200);
}

/** Moves every counter of `key` back in time, as if `ms` had passed. */
async function letTimePass(key: string, ms: number): Promise<void> {
  const row = await db.rateLimit.findUniqueOrThrow({ where: { key } });
  await db.rateLimit.update({
    where: { key },
    data: {
      lastAt: new Date(row.lastAt.getTime() - ms),
      windowStart: new Date(row.windowStart.getTime() - ms),
    },
  });
}

// Each sign-in hashes a password (scrypt): dozens of them take longer than jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

describe("sign-in and sign-up limits", () => {
  afterAll(() => db.$disconnect());

  it("sign-in over HTTP: after 5 wrong passwords the account waits, even with the right one, and the wait grows", async () => {
    await account("victim@example.com");
    const address = "203.0.113.1";
    for (let i = 0; i < 5; i++) {
      expect((await signIn("victim@example.com", wrong, { address })).response.status).toBe(401);
    }
    const refused = (await signIn("victim@example.com", password, { address })).response;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(29);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(30);
    expect(refused.headers.getSetCookie()).toEqual([]);

    // 30 s later one more try is allowed; another failure doubles the wait.
    await letTimePass("sign-in:account:victim@example.com", 30_000);
    expect((await signIn("victim@example.com", wrong, { address })).response.status).toBe(401);
    const longer = (await signIn("victim@example.com", password, { address })).response;
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get("retry-after"))).toBeGreaterThanOrEqual(59);

    // Once the wait is over, the right password signs in and ends the run of failures.
    await letTimePass("sign-in:account:victim@example.com", 60_000);
    expect((await signIn("victim@example.com", password, { address })).response.status).toBe(200);
    expect(await db.rateLimit.count({ where: { key: "sign-in:account:victim@example.com" } })).toBe(0);
  });

  it("a stolen session cannot guess the password through change-password or verify-password", async () => {
    await account("holder@example.com");
    const { cookie } = await signIn("holder@example.com", password, { address: "203.0.113.50" });
    const address = "203.0.113.51";
    const check = (path: string, body: unknown) =>
      POST(
        new Request(`http://localhost:3000/api/auth${path}`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "http://localhost:3000",
            cookie,
            [CLIENT_ADDRESS_HEADER]: address,
          },
          body: JSON.stringify(body),
        }),
      );
    for (let i = 0; i < 5; i++) {
      const path = i % 2 ? "/verify-password" : "/change-password";
      const body =
        i % 2 ? { password: wrong } : { currentPassword: wrong, newPassword: "another long password" };
      expect((await check(path, body)).status).not.toBe(200);
    }
    // The sixth try, even with the right password, waits like a sign-in would.
    const refused = await check("/verify-password", { password });
    expect(refused.status).toBe(429);
    expect(
      await db.rateLimit.findUnique({ where: { key: "sign-in:account:holder@example.com" } }),
    ).not.toBeNull();
  });

  it("sign-in over HTTP: a new address per guess does not reset the account's count", async () => {
    await account("roamer@example.com");
    for (let i = 0; i < 5; i++) {
      expect(
        (await signIn("ROAMER@example.com", wrong, { address: `198.51.100.${i + 1}` })).response.status,
      ).toBe(401);
    }
    expect((await signIn("roamer@example.com", password, { address: "198.51.100.99" })).response.status).toBe(
      429,
    );
  });

  it("sign-in over HTTP: one address guessing many accounts is slowed down after 20 failures, others are not", async () => {
    const address = "192.0.2.7";
    for (let i = 0; i < 20; i++) {
      expect((await signIn(`nobody-${i}@example.com`, wrong, { address })).response.status).toBe(401);
    }
    await account("bystander@example.com");
    expect((await signIn("bystander@example.com", password, { address })).response.status).toBe(429);
    expect((await signIn("bystander@example.com", password, { address: "192.0.2.8" })).response.status).toBe(
      200,
    );
  });

  it("sign-in over HTTP: 20 wrong passwords at once get only 5 password checks", async () => {
    await account("burst@example.com");
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signIn("burst@example.com", wrong, { address: `100.64.0.${i + 1}` }).then(
          ({ response }) => response.status,
        ),
      ),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  it("sign-in form (server action): the same limits, with a message saying when to try again", async () => {
    await account("former@example.com");
    const form = (pass: string) => {
      const data = new FormData();
      data.set("email", "former@example.com");
      data.set("password", pass);
      data.set("next", "/");
      return data;
    };
    for (let i = 0; i < 5; i++) {
      actionHeaders = new Headers({ [CLIENT_ADDRESS_HEADER]: `203.0.113.${50 + i}` });
      const state = await signInAction(EMPTY_AUTH_FORM_STATE, form(wrong));
      expect(state.message).toBe("That email and password do not match an account.");
    }
    actionHeaders = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.60" });
    const state = await signInAction(EMPTY_AUTH_FORM_STATE, form(password));
    // The 30 s wait runs from the last failure: a slow machine may already have used a second or two of it.
    expect(state.message).toMatch(
      /^Too many failed sign-ins for this account\. Try again in (2\d|30) seconds\.$/,
    );
    // And HTTP sees the failures the form counted.
    expect((await signIn("former@example.com", password, { address: "203.0.113.61" })).response.status).toBe(
      429,
    );
  });

  it("sign-up over HTTP and the form: a limited number of accounts per address per hour", async () => {
    const address = "203.0.113.200";
    for (let i = 0; i < SIGN_UP_PER_ADDRESS.max; i++) {
      const { response } = await signUp(
        { name: "Bulk", email: `bulk-${i}@example.com`, password },
        { address },
      );
      expect(response.status).toBe(200);
    }
    const refused = (await signUp({ name: "Bulk", email: "bulk-x@example.com", password }, { address }))
      .response;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3500);

    const data = new FormData();
    for (const [key, value] of Object.entries({
      name: "Bulk",
      email: "bulk-y@example.com",
      password,
      next: "/",
    })) {
      data.set(key, value);
    }
    actionHeaders = new Headers({ [CLIENT_ADDRESS_HEADER]: address });
    const state = await signUpAction(EMPTY_AUTH_FORM_STATE, data);
    expect(state.message).toMatch(
      /^Too many accounts were created from your network\. Try again in \d+ minutes\.$/,
    );
    expect(
      await db.user.count({ where: { email: { in: ["bulk-x@example.com", "bulk-y@example.com"] } } }),
    ).toBe(0);

    // Another address is not affected; an hour later this one may sign up again.
    expect((await signUp({ name: "Other", email: "other@example.com", password })).response.status).toBe(200);
    await letTimePass(`sign-up:address:${address}`, 60 * 60_000);
    expect(
      (await signUp({ name: "Bulk", email: "bulk-z@example.com", password }, { address })).response.status,
    ).toBe(200);
  });
});
