import { z } from "zod";
import { getStudyQuestion } from "@/server/data/study-questions";
import { AppError } from "@/server/errors";
import { handle, ok, parseInput } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

const ZQuestionParams = z.object({ id: z.string().trim().min(1).max(100) });

/** A question as the browser may see it before answering: prompt and options, not which is right. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = parseInput(ZQuestionParams, await context.params);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to study.");
    return ok(await getStudyQuestion({ questionId: id, userId: user.id }));
  });
}
