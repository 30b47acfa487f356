// The JSON of GET /api/assignments/[id], as the page reads it: the server's own types (server/assignments/attempts.ts),
// imported as types only, so nothing of the server-only module reaches the browser and the two cannot drift apart.
export type { AttemptView as AttemptViewData, SavedAnswer } from "@/server/assignments/attempts";
