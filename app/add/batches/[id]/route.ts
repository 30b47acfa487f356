import { ZBatchIdSchema } from "@/server/add-articles.schema";
import { AppError, toResponse } from "@/server/errors";
import { parseInput } from "@/server/http";
import { getAddProgress } from "@/server/ingest-queue";
import { getUserFromHeaders } from "@/server/session";

// GET /add/batches/[id]: how far the ingest worker is with one of the user's adds, polled by the Add page.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const batchId = parseInput(ZBatchIdSchema, (await params).id);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to see your added articles.");
    const progress = await getAddProgress({ batchId, userId: user.id });
    if (!progress) throw new AppError("not_found", "There is no such add of yours.");
    return Response.json(progress, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return toResponse(error);
  }
}
