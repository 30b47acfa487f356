import { archiveClass } from "@/server/classes/classes";
import { ZClassParams } from "@/server/classes/classes.schema";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, noContent, parseInput } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** The teacher archives their class. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZClassParams, await context.params);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to manage your classes.");
    await archiveClass({ teacherId: user.id, classId: id, now: new Date() });
    return noContent();
  });
}
