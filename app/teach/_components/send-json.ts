// The teacher pages' requests to /api/teach/*: JSON in and out, with the server's message and per-field errors
// on failure (client components do not import from server/, so the error shape is repeated here).

export type SendResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; fields: Record<string, string[]> };

const OFFLINE = "The request did not reach the server. Check that you are online, then try again.";
const FAILED = "That did not work. Please try again.";

export async function sendJson<T>(url: string, method: string, body?: unknown): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, message: OFFLINE, fields: {} };
  }
  const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: data as T };
  const error =
    typeof data === "object" && data !== null && "error" in data
      ? (data as { error: { message?: unknown; fields?: unknown } }).error
      : null;
  return {
    ok: false,
    status: response.status,
    message: typeof error?.message === "string" ? error.message : FAILED,
    fields:
      typeof error?.fields === "object" && error.fields !== null
        ? (error.fields as Record<string, string[]>)
        : {},
  };
}
