import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { AppError, describeError } from "./errors";
import { checkSameOriginJson, parseInput } from "./http";

// Route handlers on Node's own request and response (Pages Router API routes), for the endpoints where the App
// Router's per-request cost matters: the same JSON errors as server/http.ts, without Web streams in between.

/** Larger bodies are refused with 413 before they are parsed. */
const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/** A request's headers as Web Headers (what better-auth reads); repeated headers are joined as fetch does. */
export function requestHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** checkSameOriginJson (server/http.ts) for Node's request (Pages Router API routes). */
export function assertSameOriginJson(request: IncomingMessage): void {
  const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);
  checkSameOriginJson({
    origin: single(request.headers.origin),
    contentType: single(request.headers["content-type"]),
  });
}

async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(request.headers["content-length"]);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limitBytes) throw tooLarge(limitBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(limitBytes: number): AppError {
  return new AppError("payload_too_large", `The request body must be under ${limitBytes / 1024} KB.`);
}

/** Reads a JSON request body and validates it: 400 when it is not JSON, 413 when too big, 422 when it does not fit. */
export async function readJson<Schema extends z.ZodType>(
  request: IncomingMessage,
  schema: Schema,
  limitBytes = DEFAULT_BODY_LIMIT_BYTES,
): Promise<z.infer<Schema>> {
  const text = await readBody(request, limitBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body must be valid JSON.");
  }
  return parseInput(schema, body);
}

function sendJson(
  response: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(data);
  response.statusCode = status;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader("content-type", "application/json");
  response.setHeader("content-length", Buffer.byteLength(body));
  response.setHeader("cache-control", "no-store");
  response.end(body);
}

/**
 * Answers `method` requests with `run`'s result as JSON (200), any thrown error as server/errors.ts describes it,
 * and any other method with 405.
 */
export async function handleJson(
  request: IncomingMessage,
  response: ServerResponse,
  method: "GET" | "POST",
  run: () => Promise<unknown>,
): Promise<void> {
  try {
    if (request.method !== method) {
      response.setHeader("allow", method);
      throw new AppError("method_not_allowed", `Use ${method} for this address.`);
    }
    sendJson(response, 200, await run());
  } catch (error) {
    const { status, headers, body } = describeError(error);
    sendJson(response, status, body, headers);
  }
}
