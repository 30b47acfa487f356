import "server-only";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import type { z } from "zod";
import { ZUserProfileSchema } from "./actions/auth-form.schema";
import { clientAddressKey } from "./client-address";
import { promoteFirstAdmin } from "./data/accounts";
import { env } from "./env";
import { type Role, roleSchema } from "./permissions/roles";
import {
  attemptSucceeded,
  beginAttempt,
  consume,
  type Decision,
  type FailureRule,
  type WindowRule,
} from "./rate-limit";

// What server/auth.ts plugs into better-auth's hooks, which run for its HTTP endpoints (/api/auth/*) and for
// auth.api.* calls from server actions alike: one set of checks on every path.

const MINUTE = 60_000;

/** Wrong passwords for one account: 5 pass, then 30 s, 1 min, 2 min... up to 15 min between tries. */
export const SIGN_IN_PER_ACCOUNT: FailureRule = {
  free: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * MINUTE,
  forgetAfterMs: 24 * 60 * MINUTE,
};

/** Wrong passwords from one client address, whatever the account: 20 pass, then the same growing delay. */
export const SIGN_IN_PER_ADDRESS: FailureRule = { ...SIGN_IN_PER_ACCOUNT, free: 20 };

/** Sign-up attempts from one client address per hour (env SIGN_UPS_PER_ADDRESS_PER_HOUR). */
export const SIGN_UP_PER_ADDRESS: WindowRule = {
  max: env.SIGN_UPS_PER_ADDRESS_PER_HOUR,
  windowMs: 60 * MINUTE,
};

interface CallContext {
  request?: Request | undefined;
  headers?: Headers | undefined;
  body?: unknown;
}

/**
 * A call from server code outside any request (the seed, scripts): better-auth passes neither a request nor
 * headers. Over HTTP, and from server actions (which pass the request's headers), this is false.
 */
function isServerCall(context: CallContext | null): boolean {
  return context !== null && context.request === undefined && context.headers === undefined;
}

function bodyField(context: CallContext | null, field: string): unknown {
  const body = context?.body;
  return typeof body === "object" && body !== null && field in body
    ? (body as Record<string, unknown>)[field]
    : undefined;
}

// ---------- profile fields and roles ----------

const ZUserProfileUpdate = ZUserProfileSchema.partial();

function checkedProfile<Schema extends z.ZodType>(schema: Schema, data: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new APIError("BAD_REQUEST", {
    code: "INVALID_PROFILE",
    message: `${first?.path.join(".") || "user"}: ${first?.message ?? "invalid"}`,
  });
}

/** Role of a new account: student, unless server code outside any request asked for another (the demo teacher). */
function newAccountRole(context: CallContext | null): Role {
  if (!isServerCall(context)) return "student";
  return roleSchema.catch("student").parse(bodyField(context, "role"));
}

/** databaseHooks.user: every write of a user, whichever endpoint or server code makes it, passes through these. */
export const userWriteHooks = {
  create: {
    before: async (user: Record<string, unknown>, context: CallContext | null) => {
      const profile = checkedProfile(ZUserProfileSchema, user);
      return { data: { ...user, ...profile, role: newAccountRole(context) } };
    },
    // The first account made by signing up (the forms or /api/auth/*) runs the instance: it becomes the admin.
    // Accounts server code makes (the seed's demo accounts) have the role they were given and do not count.
    after: async (user: Record<string, unknown>, context: CallContext | null) => {
      if (isServerCall(context) || typeof user.id !== "string") return;
      // The account exists already: a failure here must not fail the sign-up (`npm run admin -- grant` remains).
      await promoteFirstAdmin(user.id).catch((error: unknown) => console.error(error));
    },
  },
  update: {
    before: async (data: Record<string, unknown>, context: CallContext | null) => {
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
};

// ---------- rate limits ----------

function refuse(decision: Exclude<Decision, { allowed: true }>, message: string): never {
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { code: "TOO_MANY_ATTEMPTS", message, retryAfter: seconds },
    { "Retry-After": String(seconds) },
  );
}

/**
 * Endpoints that tell whether a password is right for a signed-in user: they count against the same per-account
 * and per-address limits as signing in, or a stolen session cookie would allow unlimited guessing.
 */
const PASSWORD_CHECKS = new Set(["/change-password", "/verify-password", "/delete-user"]);

async function passwordCheckKeys(context: CallContext): Promise<{ account: string | null; address: string }> {
  const session = await getSessionFromCtx(context as never).catch(() => null);
  const email = session?.user.email;
  return {
    account: email ? `sign-in:account:${email.trim().toLowerCase()}` : null,
    address: `sign-in:address:${clientAddressKey(context.headers)}`,
  };
}

function signInKeys(context: CallContext): { account: string | null; address: string } {
  const email = bodyField(context, "email");
  const account =
    typeof email === "string" && email.length <= 254 ? `sign-in:account:${email.trim().toLowerCase()}` : null;
  return { account, address: `sign-in:address:${clientAddressKey(context.headers)}` };
}

/**
 * hooks.before: sign-in attempts are refused while earlier failures (per account, per address) impose a delay,
 * and counted as failures until they succeed; sign-ups are counted per address per hour. The password is not
 * checked while refused, so guessing then learns nothing.
 */
export const limitBefore = createAuthMiddleware(async (context) => {
  if (isServerCall(context)) return;
  const now = new Date();
  if (context.path === "/sign-in/email" || PASSWORD_CHECKS.has(context.path)) {
    const keys = context.path === "/sign-in/email" ? signInKeys(context) : await passwordCheckKeys(context);
    const byAddress = await beginAttempt(keys.address, SIGN_IN_PER_ADDRESS, now);
    if (!byAddress.allowed) refuse(byAddress, "Too many failed sign-ins from your network.");
    if (keys.account) {
      const byAccount = await beginAttempt(keys.account, SIGN_IN_PER_ACCOUNT, now);
      if (!byAccount.allowed) refuse(byAccount, "Too many failed sign-ins for this account.");
    }
  } else if (context.path === "/sign-up/email") {
    const key = `sign-up:address:${clientAddressKey(context.headers)}`;
    const decision = await consume(key, SIGN_UP_PER_ADDRESS, now);
    if (!decision.allowed) refuse(decision, "Too many accounts were created from your network.");
  }
});

/** hooks.after: a sign-in that worked ends the account's run of failures and is taken back from the address's. */
export const limitAfter = createAuthMiddleware(async (context) => {
  if (isServerCall(context)) return;
  if (context.path !== "/sign-in/email" && !PASSWORD_CHECKS.has(context.path)) return;
  if (context.context.returned instanceof Error) return;
  const keys = context.path === "/sign-in/email" ? signInKeys(context) : await passwordCheckKeys(context);
  await attemptSucceeded(keys.address, { reset: false });
  if (keys.account) await attemptSucceeded(keys.account, { reset: true });
});

/** better-auth's own per-address limits of /api/auth/* (rateLimit.customStorage), in the shared table. */
export async function consumeAuthRateLimit(
  key: string,
  rule: { window: number; max: number },
): Promise<{ allowed: boolean; retryAfter: number | null }> {
  const decision = await consume(`auth:${key}`, { max: rule.max, windowMs: rule.window * 1000 }, new Date());
  return decision.allowed
    ? { allowed: true, retryAfter: null }
    : { allowed: false, retryAfter: Math.ceil(decision.retryAfterMs / 1000) };
}
