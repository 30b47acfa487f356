// JSON requests to the app's own route handlers from client components: the server's message on an error
// (server/errors.ts shapes it), a plain one when the connection dropped. A 503 (the database was busy) is sent
// again by itself, which is safe wherever the body carries a clientId or the request repeats harmlessly.

export class RequestFailed extends Error {
  override name = "RequestFailed";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export const OFFLINE_MESSAGE =
  "The connection to the server dropped, so this was not saved. Check that you are online, then try again.";
const FAILED_MESSAGE = "Something went wrong on our side. Please try again.";
const BUSY_ATTEMPTS = 3;

function errorMessage(data: unknown): string {
  if (typeof data !== "object" || data === null || !("error" in data)) return "";
  const { error } = data as { error: { message?: unknown } };
  return typeof error?.message === "string" ? error.message : "";
}

/** Sends `body` (or nothing) to `url` with `method` and returns the JSON answer; throws RequestFailed. */
export async function requestJson<T>(url: string, method: "GET" | "POST", body?: unknown): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        cache: "no-store",
        ...(method === "POST"
          ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) }
          : {}),
      });
    } catch {
      throw new RequestFailed(OFFLINE_MESSAGE, 0);
    }
    if (response.status === 503 && attempt < BUSY_ATTEMPTS) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw new RequestFailed(errorMessage(data) || FAILED_MESSAGE, response.status);
    return data as T;
  }
}

export function failureMessage(error: unknown): string {
  return error instanceof RequestFailed ? error.message : FAILED_MESSAGE;
}
