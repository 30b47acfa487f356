import type { AnswerFeedback } from "./study-types";

export type AnswerBody =
  | { mode: "quiz"; questionId: string; clientId: string; durationMs: number; choice: number }
  | { mode: "typed"; questionId: string; clientId: string; durationMs: number; response: string }
  | { mode: "flashcard"; questionId: string; clientId: string; durationMs: number; rating: 1 | 2 | 3 | 4 };

async function postJson(url: string, body: unknown): Promise<AnswerFeedback> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      typeof data === "object" && data !== null && "error" in data
        ? String((data as { error: { message?: unknown } }).error.message ?? "")
        : "";
    throw new Error(message || "Your answer could not be saved. Please try again.");
  }
  return data as AnswerFeedback;
}

/** Sends one answer; the clientId makes a retry of the same answer safe. */
export function postAnswer(body: AnswerBody): Promise<AnswerFeedback> {
  return postJson("/api/answers", body);
}

export function postOverride(clientId: string): Promise<AnswerFeedback> {
  return postJson("/api/answers/override", { clientId });
}

/** "in 10 minutes", "in 4 days": when the card comes back. */
export function describeNextDue(iso: string, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  if (Math.abs(minutes) < 60) return format.format(Math.max(1, minutes), "minute");
  if (Math.abs(minutes) < 48 * 60) return format.format(Math.round(minutes / 60), "hour");
  return format.format(Math.round(minutes / 1440), "day");
}
