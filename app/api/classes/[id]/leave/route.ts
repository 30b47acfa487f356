import { leaveClass } from "@/server/classes/classes";
import { ZClassParams } from "@/server/classes/classes.schema";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, noContent, parseInput } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** A student leaves a class they belong to. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZClassParams, await context.params);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to leave a class.");
    await leaveClass({ userId: user.id, classId: id });
    return noContent();
  });
}
