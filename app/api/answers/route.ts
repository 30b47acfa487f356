import { ZAnswerRequest } from "@/server/answers/answer.schema";
import { recordAnswer } from "@/server/data/answers";
import { AppError } from "@/server/errors";
import { handle, ok, parseJson } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** Records an answer and only then reveals whether it was right, the right answer and its sources. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const input = await parseJson(request, ZAnswerRequest);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to save your answers.");
    const result = await recordAnswer({ ...input, userId: user.id, now: new Date() });
    return ok(result);
  });
}
