import { z } from "zod";
import { getAssignmentResults, resultsCsv, resultsFileName } from "@/server/assignments/results";
import { AppError } from "@/server/errors";
import { handle } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

// GET /assignments/[id]/results.csv: the results page as a spreadsheet, for the same teachers: 404 for anyone
// else, 403 when signed out (every denied request is a 403 or a 404).

const ZParams = z.object({ id: z.string().min(1).max(64) });

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const parsed = ZParams.safeParse(await context.params);
    if (!parsed.success) throw new AppError("not_found", "There is no such assignment.");
    const { id } = parsed.data;
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("forbidden", "Sign in to download results.");
    const results = await getAssignmentResults({ user, assignmentId: id, now: new Date() });
    const fileName = resultsFileName(results.assignment.title);
    return new Response(resultsCsv(results), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  });
}
