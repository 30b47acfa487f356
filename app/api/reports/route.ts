import { reportQuestion } from "@/server/data/question-reports";
import { AppError } from "@/server/errors";
import { assertSameOriginJson, handle, ok, parseJson } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";
import { ZReportRequest } from "@/server/teach/report.schema";

/** POST /api/reports: reports a question as wrong, ambiguous or outdated (again: updates the open report). */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to report a question.");
    const input = await parseJson(request, ZReportRequest);
    return ok(await reportQuestion({ userId: user.id, input, now: new Date() }));
  });
}
