import type { AnswerFeedback } from "./study-types";

interface AnswerOf {
  questionId: string;
  /** The question's version shown: the server grades against it. */
  version: number;
  clientId: string;
  durationMs: number;
}

export type AnswerBody =
  | (AnswerOf & { mode: "quiz"; choice: number })
  | (AnswerOf & { mode: "typed"; response: string })
  // Without a rating: the flip, which the server records before it sends the back.
  | (AnswerOf & { mode: "flashcard"; rating?: 1 | 2 | 3 | 4 });

/** An answer the server did not save; `message` is for the user, and the same request may be sent again. */
export class AnswerNotSaved extends Error {
  override name = "AnswerNotSaved";
}

export const OFFLINE_MESSAGE =
  "Your answer was not saved: the connection to the server dropped. Check that you are online, then try again.";
const FAILED_MESSAGE = "Your answer could not be saved. Please try again.";

/** A 503 (the server could not get its database's write lock in time) is retried this many times by itself. */
const BUSY_ATTEMPTS = 3;
const MAX_RETRY_AFTER_MS = 5_000;

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : 1000;
}

function errorMessage(data: unknown): string {
  if (typeof data !== "object" || data === null || !("error" in data)) return "";
  const { error } = data as { error: { message?: unknown } };
  return typeof error?.message === "string" ? error.message : "";
}

async function postJson(url: string, body: unknown): Promise<AnswerFeedback> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      // fetch only rejects when no response came back: offline, or the connection dropped.
      throw new AnswerNotSaved(OFFLINE_MESSAGE);
    }
    if (response.status === 503 && attempt < BUSY_ATTEMPTS) {
      // Nothing was saved, and the clientId makes the resend the same answer.
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs(response.headers.get("retry-after"))));
      continue;
    }
    const data: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new AnswerNotSaved(errorMessage(data) || FAILED_MESSAGE);
    return data as AnswerFeedback;
  }
}

/** Sends one answer; the clientId makes a retry of the same answer safe. */
export function postAnswer(body: AnswerBody): Promise<AnswerFeedback> {
  return postJson("/api/answers", body);
}

export function postOverride(clientId: string): Promise<AnswerFeedback> {
  return postJson("/api/answers/override", { clientId });
}

/** The user-facing message of a failed save. */
export function saveErrorMessage(error: unknown): string {
  return error instanceof AnswerNotSaved ? error.message : FAILED_MESSAGE;
}

/** "in 10 minutes", "in 4 days": when the card comes back. */
export function describeNextDue(iso: string, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  if (Math.abs(minutes) < 60) return format.format(Math.max(1, minutes), "minute");
  if (Math.abs(minutes) < 48 * 60) return format.format(Math.round(minutes / 60), "hour");
  return format.format(Math.round(minutes / 1440), "day");
}
