import { createAssignment } from "@/server/assignments/assignments";
import { ZCreateAssignmentRequest } from "@/server/assignments/assignments.schema";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, created, handle, parseJson } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** A teacher gives one of their question sets to one or more of their classes. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const input = await parseJson(request, ZCreateAssignmentRequest);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to set assignments.");
    return created(await createAssignment({ user, input, now: new Date() }));
  });
}
