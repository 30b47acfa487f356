import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { type CurrentUser, getUserFromHeaders } from "./session-user";

export { type CurrentUser, getUserFromHeaders } from "./session-user";

/** The signed-in user of the current request, or null; one session lookup per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  return getUserFromHeaders(await headers());
});

/** A same-site path to come back to after signing in; anything else becomes "/". */
export function safeReturnPath(value: unknown): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  ) {
    return "/";
  }
  return value;
}

/** The signed-in user; redirects to sign-in (and back to `returnTo` afterwards) when there is none. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}
