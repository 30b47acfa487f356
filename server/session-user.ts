import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { auth } from "./auth";
import { answerStore } from "./data/answer-store";
import { type Role, roleSchema } from "./permissions/roles";
import { TtlCache } from "./ttl-cache";

// The user behind a request, from its headers alone: no Next.js import, so Pages Router API routes
// (pages/api/answers.ts) can use it as well as the App Router (server/session.ts).

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * Session cookies better-auth has already verified, by their signed value. A request carrying one again only
 * confirms that its session row still exists and has not expired, and reads its user's role (one indexed read),
 * instead of better-auth's full lookup (two Prisma queries): sign-out, expiry and a change of role still take
 * effect at once, in every server process.
 * After five minutes the cookie goes through better-auth again, which also extends an active session.
 */
const verifiedCookies = new TtlCache<{ token: string; user: CurrentUser }>(5 * 60_000);

/** The user behind a request's session cookie, or null. Usable outside Next.js (route tests). */
export async function getUserFromHeaders(requestHeaders: Headers): Promise<CurrentUser | null> {
  const cookie = getSessionCookie(requestHeaders);
  const verified = cookie ? verifiedCookies.peek(cookie) : undefined;
  if (cookie && verified) {
    const role = await answerStore.activeSessionRole(verified.token, new Date());
    if (role !== null) return { ...verified.user, role: roleSchema.catch("student").parse(role) };
    verifiedCookies.delete(cookie);
    return null;
  }
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  const user: CurrentUser = { id, name, email, role: roleSchema.catch("student").parse(role) };
  // The signed cookie value is "<token>.<signature>": remember it only if it is the one better-auth just checked.
  if (cookie?.startsWith(`${session.session.token}.`)) {
    verifiedCookies.set(cookie, { token: session.session.token, user });
  }
  return user;
}
