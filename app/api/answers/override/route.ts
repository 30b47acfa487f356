import { ZOverrideRequest } from "@/server/answers/answer.schema";
import { overrideTypedAnswer } from "@/server/data/answers";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, ok, parseJson } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** "I was right": re-rates the user's own rejected typed answer as correct. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { clientId } = await parseJson(request, ZOverrideRequest);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to change your answers.");
    return ok(await overrideTypedAnswer({ userId: user.id, clientId, now: new Date() }));
  });
}
