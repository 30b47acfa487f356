import { deleteSet, updateSet } from "@/server/data/question-sets";
import { assertSameOriginJson, handle, noContent, ok, parseInput, parseJson } from "@/server/http";
import { ZSetIdParams, ZUpdateSetRequest } from "@/server/teach/set.schema";
import { requireTeacher } from "@/server/teach/teacher";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/teach/sets/[id]: title, description, the questions' order (one left out is removed). */
export async function PATCH(request: Request, context: Context): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZSetIdParams, await context.params);
    const user = await requireTeacher(request);
    const input = await parseJson(request, ZUpdateSetRequest);
    return ok(await updateSet({ userId: user.id, setId: id, input }));
  });
}

/** DELETE /api/teach/sets/[id] */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  return handle(async () => {
    // Same rule as every state-changing request: from the app's pages, declared JSON (with no body).
    assertSameOriginJson(request);
    const { id } = parseInput(ZSetIdParams, await context.params);
    const user = await requireTeacher(request);
    await deleteSet({ userId: user.id, setId: id });
    return noContent();
  });
}
