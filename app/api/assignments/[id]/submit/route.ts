import { ZAssignmentParams } from "@/server/assignments/assignments.schema";
import { submitAttempt } from "@/server/assignments/attempts";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, ok, parseInput } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** Submits the student's attempt with the answers saved so far (again: the same answer). */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZAssignmentParams, await context.params);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to submit the assignment.");
    return ok(await submitAttempt({ userId: user.id, assignmentId: id, now: new Date() }));
  });
}
