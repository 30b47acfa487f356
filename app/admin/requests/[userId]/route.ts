import { decideTeacherRequest } from "@/server/data/accounts";
import { ZTeacherDecisionForm, ZUserParams } from "@/server/data/accounts.schema";
import { backTo, handleForm, readSameOriginForm } from "@/server/form-post";
import { parseInput } from "@/server/http";
import { requireAdmin } from "@/server/permissions/admin";
import { getUserFromHeaders } from "@/server/session";

/** /admin: approve or decline a request to teach; admins only (404 for anyone else). */
export async function POST(
  request: Request,
  context: { params: Promise<{ userId: string }> },
): Promise<Response> {
  return handleForm("/admin", async () => {
    const admin = requireAdmin(await getUserFromHeaders(request.headers));
    const { userId } = parseInput(ZUserParams, await context.params);
    const form = await readSameOriginForm(request);
    const { decision } = parseInput(ZTeacherDecisionForm, { decision: form.get("decision") });
    await decideTeacherRequest({ userId, approve: decision === "approve", decidedById: admin.id });
    return backTo("/admin", decision === "approve" ? "approved" : "declined");
  });
}
