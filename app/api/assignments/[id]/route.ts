import { ZAssignmentParams } from "@/server/assignments/assignments.schema";
import { getAttemptView } from "@/server/assignments/attempts";
import { AppError } from "@/server/errors";
import { handle, ok, parseInput } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** The assignment as the student sees it, with their attempt and saved answers (never a test's key). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = parseInput(ZAssignmentParams, await context.params);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to see your assignments.");
    return ok(await getAttemptView({ userId: user.id, assignmentId: id, now: new Date() }), {
      headers: { "cache-control": "no-store" },
    });
  });
}
