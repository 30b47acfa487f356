import { setRole } from "@/server/data/accounts";
import { ZRoleForm, ZUserParams } from "@/server/data/accounts.schema";
import { backTo, handleForm, readSameOriginForm } from "@/server/form-post";
import { parseInput } from "@/server/http";
import { requireAdmin } from "@/server/permissions/admin";
import { getUserFromHeaders } from "@/server/session";

/** /admin: change an account's role; admins only (404 for anyone else). The last admin stays admin (409). */
export async function POST(
  request: Request,
  context: { params: Promise<{ userId: string }> },
): Promise<Response> {
  return handleForm("/admin", async () => {
    const admin = requireAdmin(await getUserFromHeaders(request.headers));
    const { userId } = parseInput(ZUserParams, await context.params);
    const form = await readSameOriginForm(request);
    const { role } = parseInput(ZRoleForm, { role: form.get("role") });
    await setRole({ userId, role, decidedById: admin.id });
    return backTo("/admin", "role-saved");
  });
}
