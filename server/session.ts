import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { safeReturnPath } from "./return-path";
import { type CurrentUser, getUserFromHeaders } from "./session-user";

export { safeReturnPath } from "./return-path";
export { type CurrentUser, getUserFromHeaders } from "./session-user";

/** The signed-in user of the current request, or null; one session lookup per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  return getUserFromHeaders(await headers());
});

/** The signed-in user; redirects to sign-in (and back to `returnTo` afterwards) when there is none. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}
