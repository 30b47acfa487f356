// Issue 8, item 6: /sign-in?next=/%09/evil.example sent the browser to http://evil.example/ after signing in
// (the browser drops the tab and reads //evil.example), and a `next` with a newline was a 500.
import "../support/test-database";
import { EMPTY_AUTH_FORM_STATE } from "@/server/actions/auth-form.schema";
import { signInAction } from "@/server/actions/sign-in";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address";
import { db } from "@/server/db";
import { signUp } from "../support/auth-client";

// The action's request: its headers, and a cookie jar that better-auth's nextCookies plugin writes the session to.
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.77" }),
  cookies: async () => ({ set: () => {}, get: () => undefined, getAll: () => [] }),
}));
jest.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { location: path });
  },
}));

const password = "correct horse battery";

/** Where the sign-in form's server action sends the browser, given the `next` the page received. */
async function redirectAfterSignIn(next: string): Promise<string> {
  const data = new FormData();
  data.set("email", "returner@example.com");
  data.set("password", password);
  data.set("next", next);
  let state: unknown;
  try {
    state = await signInAction(EMPTY_AUTH_FORM_STATE, data);
  } catch (error) {
    return (error as { location: string }).location;
  }
  throw new Error(`sign-in did not redirect: ${JSON.stringify(state)}`);
}

describe("return path after sign-in", () => {
  beforeAll(async () => {
    await signUp({ name: "Returner", email: "returner@example.com", password });
  });
  afterAll(() => db.$disconnect());

  it.each([
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\\evil.example", "/"],
    ["//evil.example", "/"],
    ["https://evil.example/", "/"],
    ["/study/quiz?set=week", "/study/quiz?set=week"],
  ])("sign-in action: next=%j redirects to %j on this site", async (next, expected) => {
    const location = await redirectAfterSignIn(next);
    expect(location).toBe(expected);
    expect(new URL(location, "https://study.example").origin).toBe("https://study.example");
  });
});
