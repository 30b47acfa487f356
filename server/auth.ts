import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { z } from "zod";
import { MIN_PASSWORD_LENGTH, ZUserProfileSchema } from "./actions/auth-form.schema";
import { db } from "./db";
import { env } from "./env";
import { type Role, roleSchema } from "./permissions/roles";

const ZUserProfileUpdate = ZUserProfileSchema.partial();

/** The fields of a user write that a person controls, checked with the same rules as the sign-up form. */
function checkedProfile<Schema extends z.ZodType>(schema: Schema, data: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new APIError("BAD_REQUEST", {
    code: "INVALID_PROFILE",
    message: `${first?.path.join(".") || "user"}: ${first?.message ?? "invalid"}`,
  });
}

interface CallContext {
  request?: Request | undefined;
  headers?: Headers | undefined;
  body?: unknown;
}

/**
 * A call from server code outside any request (the seed, scripts): better-auth passes neither a request nor
 * headers. Over HTTP and from server actions (which pass the request's headers) this is false.
 */
function isServerCall(context: CallContext | null): boolean {
  return context !== null && context.request === undefined && context.headers === undefined;
}

/** Role of a new account: student, unless server code outside any request asked for another (the demo teacher). */
function newAccountRole(context: CallContext | null): Role {
  if (!isServerCall(context)) return "student";
  const body = context?.body;
  const requested = typeof body === "object" && body !== null && "role" in body ? body.role : undefined;
  return roleSchema.catch("student").parse(requested);
}

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
  databaseHooks: {
    user: {
      // Every path that writes a user (the forms, /api/auth/*, server code) passes through these.
      create: {
        before: async (user, context) => {
          const profile = checkedProfile(ZUserProfileSchema, user);
          return { data: { ...user, ...profile, role: newAccountRole(context) } };
        },
      },
      update: {
        before: async (data, context) => {
          if ("role" in data && !isServerCall(context)) {
            throw new APIError("FORBIDDEN", {
              code: "ROLE_NOT_SETTABLE",
              message: "role is not allowed to be set",
            });
          }
          const fields = Object.fromEntries(
            Object.entries(data).filter(([key]) => key in ZUserProfileUpdate.shape),
          );
          return { data: { ...data, ...checkedProfile(ZUserProfileUpdate, fields) } };
        },
      },
    },
  },
  telemetry: { enabled: false },
  // Expected failures (wrong password, taken email) would otherwise flood the test output.
  logger: { disabled: env.NODE_ENV === "test" },
  // Must stay last: it copies Set-Cookie from auth calls made inside server actions.
  plugins: [nextCookies()],
});
