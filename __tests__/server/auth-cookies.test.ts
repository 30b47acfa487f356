import "../support/test-database";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address";

// The app's URL decides: server/env.ts reads it once, so this file sets it before loading the server modules.
const APP = "https://study.example";
process.env.BETTER_AUTH_URL = APP;

describe("auth cookies", () => {
  it("auth: served over https, the session cookie is Secure (and HttpOnly, SameSite=Lax) and still identifies the user", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const { getUserFromHeaders } = await import("@/server/session-user");
    const { db } = await import("@/server/db");
    const response = await POST(
      new Request(`${APP}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: APP, [CLIENT_ADDRESS_HEADER]: "203.0.113.5" },
        body: JSON.stringify({ name: "Sec", email: "secure@example.com", password: "correct horse battery" }),
      }),
    );
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((line) => line.includes("session_token="));
    expect(session).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(session).toMatch(/; Secure(;|$)/);
    expect(session).toMatch(/; HttpOnly(;|$)/);
    expect(session).toMatch(/; SameSite=Lax(;|$)/i);
    const cookie = (session ?? "").split(";")[0] ?? "";
    expect(await getUserFromHeaders(new Headers({ cookie }))).toMatchObject({ email: "secure@example.com" });
    await db.$disconnect();
  });
});
