import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { MIN_PASSWORD_LENGTH } from "./actions/auth-form.schema";
import { db } from "./db";
import { env } from "./env";
import { roleSchema } from "./permissions/roles";

/** Accounts: email + password, sessions stored in the database, a role chosen at sign-up. */
export const auth = betterAuth({
  secret: env.BETTER_AUTH_SECRET,
  baseURL: env.BETTER_AUTH_URL,
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, autoSignIn: true },
  user: {
    additionalFields: {
      role: {
        type: "string",
        required: false,
        defaultValue: "student",
        input: true,
        validator: { input: roleSchema },
      },
    },
  },
  telemetry: { enabled: false },
  // Expected failures (wrong password, taken email) would otherwise flood the test output.
  logger: { disabled: env.NODE_ENV === "test" },
  // Must stay last: it copies Set-Cookie from auth calls made inside server actions.
  plugins: [nextCookies()],
});
