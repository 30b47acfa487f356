import { resolveReport } from "@/server/data/question-reports";
import { assertSameOriginJson, handle, ok, parseInput } from "@/server/http";
import { ZReportIdParams } from "@/server/teach/report.schema";
import { requireTeacher } from "@/server/teach/teacher";

/** POST /api/teach/reports/[id]: marks a report the teacher reviews as resolved. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZReportIdParams, await context.params);
    const user = await requireTeacher(request);
    return ok(await resolveReport({ user, reportId: id, now: new Date() }));
  });
}
