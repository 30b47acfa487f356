import { addToSet } from "@/server/data/question-sets";
import { assertSameOriginJson, handle, ok, parseInput, parseJson } from "@/server/http";
import { ZAddSetItemRequest, ZSetIdParams } from "@/server/teach/set.schema";
import { requireTeacher } from "@/server/teach/teacher";

/** POST /api/teach/sets/[id]/items: adds a question the teacher may see at the end of their set. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZSetIdParams, await context.params);
    const user = await requireTeacher(request);
    const { questionId } = await parseJson(request, ZAddSetItemRequest);
    return ok(await addToSet({ userId: user.id, setId: id, questionId }));
  });
}
