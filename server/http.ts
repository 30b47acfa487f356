import "server-only";
import type { z } from "zod";
import { env } from "./env";
import { AppError, toResponse } from "./errors";

const APP_ORIGIN = new URL(env.BETTER_AUTH_URL).origin;

/**
 * A state-changing JSON request must come from the app's own pages: its Origin is the app's URL (browsers send
 * Origin on every POST, and a cross-site form or fetch cannot forge it) and its body is declared JSON (a
 * cross-site HTML form can only send form encodings or text/plain, without a CORS preflight). The same rule as
 * Next.js applies to server actions.
 */
export function checkSameOriginJson(headers: { origin: string | null; contentType: string | null }): void {
  if (headers.origin !== APP_ORIGIN) {
    throw new AppError("forbidden", "This address only takes requests from the app's own pages.");
  }
  const mediaType = headers.contentType?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new AppError("unsupported_media_type", "Send the request body as application/json.");
  }
}

/** checkSameOriginJson for a fetch Request (App Router route handlers). */
export function assertSameOriginJson(request: Request): void {
  checkSameOriginJson({
    origin: request.headers.get("origin"),
    contentType: request.headers.get("content-type"),
  });
}

/** Field path -> messages, readable by a person ("email: Enter a valid email address"). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

/** Validates `input` against `schema`, throwing a 422 AppError with per-field messages. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
    throw new AppError("invalid_input", `${where}${first?.message ?? "Invalid input"}`, {
      fields: fieldErrors(parsed.error),
    });
  }
  return parsed.data;
}

/** Reads a JSON request body and validates it: 400 when it is not JSON, 422 when it does not fit. */
export async function parseJson<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<z.infer<Schema>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("bad_request", "The request body must be valid JSON.");
  }
  return parseInput(schema, body);
}

/** Validates URL search params (first value per key). */
export function parseSearchParams<Schema extends z.ZodType>(
  url: string | URL,
  schema: Schema,
): z.infer<Schema> {
  return parseInput(schema, Object.fromEntries(new URL(url).searchParams));
}

export function ok<T>(data: T, init?: ResponseInit): Response {
  return Response.json(data, init);
}

export function created<T>(data: T): Response {
  return Response.json(data, { status: 201 });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Runs a route handler body, turning any thrown error into the matching HTTP response. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return toResponse(error);
  }
}
