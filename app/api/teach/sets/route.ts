import { createSet } from "@/server/data/question-sets";
import { assertSameOriginJson, created, handle, parseJson } from "@/server/http";
import { ZCreateSetRequest } from "@/server/teach/set.schema";
import { requireTeacher } from "@/server/teach/teacher";

/** POST /api/teach/sets: a new, empty set of the teacher's own. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const user = await requireTeacher(request);
    const input = await parseJson(request, ZCreateSetRequest);
    return created(await createSet({ userId: user.id, input }));
  });
}
