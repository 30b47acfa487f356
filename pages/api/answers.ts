import type { IncomingMessage, ServerResponse } from "node:http";
import { ZAnswerRequest } from "@/server/answers/answer.schema";
import { recordAnswer } from "@/server/data/answers";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handleJson, readJson, requestHeaders } from "@/server/node-http";
import { getUserFromHeaders } from "@/server/session-user";

// POST /api/answers is the one hot endpoint (every answer in every mode), so it is a Pages Router API route:
// Node's request and response, without the App Router's Web streams and per-request stores. A do-nothing
// handler serves about twice the requests a second this way (README.md, "Figures"). The body is read here, not
// by Next.js, so that broken JSON gets the app's own 400.
export const config = { api: { bodyParser: false } };

/** Records an answer and only then reveals whether it was right, the right answer and its sources. */
export default async function answers(request: IncomingMessage, response: ServerResponse): Promise<void> {
  await handleJson(request, response, "POST", async () => {
    assertSameOriginJson(request);
    const input = await readJson(request, ZAnswerRequest);
    const user = await getUserFromHeaders(requestHeaders(request));
    if (!user) throw new AppError("unauthenticated", "Sign in to save your answers.");
    return recordAnswer({ ...input, userId: user.id, now: new Date() });
  });
}
