import "server-only";
import { env } from "./env";
import { AppError, describeError } from "./errors";

// HTML forms posted to route handlers (the article page's publishing form, /admin's decisions): they work without
// JavaScript and answer like any endpoint. A form from another site is 403 (browsers send Origin on every POST);
// a denied request answers its 401/403/404 and changes nothing; a success or a mistake the form can explain goes
// back to the page (303) with a notice code the page turns into words.

const APP_ORIGIN = new URL(env.BETTER_AUTH_URL).origin;
const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** The posted form, from the app's own pages only. */
export async function readSameOriginForm(request: Request): Promise<FormData> {
  if (request.headers.get("origin") !== APP_ORIGIN) {
    throw new AppError("forbidden", "This address only takes forms from the app's own pages.");
  }
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!FORM_TYPES.has(mediaType)) throw new AppError("unsupported_media_type", "Send the form as a form.");
  try {
    return await request.formData();
  } catch {
    throw new AppError("bad_request", "The form could not be read.");
  }
}

/** Back to `path` (same site) with `notice` in the query, for the page to show. */
export function backTo(path: string, notice: string): Response {
  const url = new URL(path, APP_ORIGIN);
  url.searchParams.set("notice", notice);
  return new Response(null, { status: 303, headers: { location: `${url.pathname}${url.search}` } });
}

/**
 * Runs a form handler: 422s (a mistake on the form) go back to `page` with notice "invalid"; every other error
 * answers its status, as JSON.
 */
export async function handleForm(page: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    const { status, headers, body } = describeError(error);
    if (status === 422 || status === 409) return backTo(page, status === 409 ? "conflict" : "invalid");
    return Response.json(body, { status, headers });
  }
}
