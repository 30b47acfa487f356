import { createClass } from "@/server/classes/classes";
import { ZCreateClassRequest } from "@/server/classes/classes.schema";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, created, handle, parseJson } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** A teacher makes a class; the answer carries its join code. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { name } = await parseJson(request, ZCreateClassRequest);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to make a class.");
    return created(await createClass({ user, name }));
  });
}
