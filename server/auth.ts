import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { MIN_PASSWORD_LENGTH } from "./actions/auth-form.schema";
import { consumeAuthRateLimit, limitAfter, limitBefore, userWriteHooks } from "./auth-guards";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { db } from "./db";
import { env } from "./env";

/** Accounts: email + password, sessions stored in the database; every account starts as a student. */
export const auth = betterAuth({
  secret: env.BETTER_AUTH_SECRET,
  baseURL: env.BETTER_AUTH_URL,
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, autoSignIn: true },
  user: {
    additionalFields: {
      // Not input: better-auth stores the default on sign-up whatever the body says, and answers 400 to
      // /api/auth/update-user with a role. Teachers are granted elsewhere, never chosen.
      role: { type: "string", required: false, defaultValue: "student", input: false },
    },
  },
  databaseHooks: { user: userWriteHooks },
  // Sign-in and sign-up limits on every path (HTTP and server actions), counted in the database.
  hooks: { before: limitBefore, after: limitAfter },
  // better-auth's own per-address limits of /api/auth/* (on in production), in the same shared table.
  rateLimit: { customStorage: { consume: consumeAuthRateLimit } },
  advanced: {
    // Secure cookies (and their __Secure- names) exactly when the app is served over https.
    useSecureCookies: new URL(env.BETTER_AUTH_URL).protocol === "https:",
    // The address the server resolved from the connection and the trusted proxies (server/client-address.ts),
    // never a client's own X-Forwarded-For.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  telemetry: { enabled: false },
  // Expected failures (wrong password, taken email) would otherwise flood the test output.
  logger: { disabled: env.NODE_ENV === "test" },
  // Must stay last: it copies Set-Cookie from auth calls made inside server actions.
  plugins: [nextCookies()],
});
