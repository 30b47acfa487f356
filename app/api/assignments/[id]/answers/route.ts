import { ZAssignmentParams, ZAttemptAnswerRequest } from "@/server/assignments/assignments.schema";
import { saveAnswer } from "@/server/assignments/attempts";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, ok, parseInput, parseJson } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** Saves one answer of the student's attempt; refused (409) after the deadline or the submission. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZAssignmentParams, await context.params);
    const input = await parseJson(request, ZAttemptAnswerRequest);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to save your answers.");
    return ok(await saveAnswer({ ...input, userId: user.id, assignmentId: id, now: new Date() }));
  });
}
