import { removeMember } from "@/server/classes/classes";
import { ZMemberParams } from "@/server/classes/classes.schema";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, noContent, parseInput } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** The teacher takes a student off their class's roster. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string; userId: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id, userId } = parseInput(ZMemberParams, await context.params);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to manage your classes.");
    await removeMember({ teacherId: user.id, classId: id, userId });
    return noContent();
  });
}
