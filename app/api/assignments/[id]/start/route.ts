import { ZAssignmentParams } from "@/server/assignments/assignments.schema";
import { startAttempt } from "@/server/assignments/attempts";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, ok, parseInput } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** Starts the student's attempt (or returns the one already started). */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZAssignmentParams, await context.params);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to start the assignment.");
    return ok(await startAttempt({ userId: user.id, assignmentId: id, now: new Date() }));
  });
}
