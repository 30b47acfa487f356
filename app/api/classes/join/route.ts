import { joinClass } from "@/server/classes/classes";
import { ZJoinClassRequest } from "@/server/classes/classes.schema";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, ok, parseJson } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** A student joins a class with its code (wrong codes are rate-limited per user). */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { code } = await parseJson(request, ZJoinClassRequest);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to join a class.");
    return ok(await joinClass({ userId: user.id, code, now: new Date() }));
  });
}
