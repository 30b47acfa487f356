import { editQuestion } from "@/server/data/question-edits";
import { assertSameOriginJson, handle, ok, parseInput, parseJson } from "@/server/http";
import { ZEditQuestionRequest, ZQuestionIdParams } from "@/server/teach/question.schema";
import { requireTeacher } from "@/server/teach/teacher";

/** PATCH /api/teach/questions/[id]: saves an edit as the question's next version (409 if it moved on meanwhile). */
export async function PATCH(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZQuestionIdParams, await context.params);
    const user = await requireTeacher(request);
    const { version, content } = await parseJson(request, ZEditQuestionRequest);
    return ok(await editQuestion({ user, questionId: id, version, content, now: new Date() }));
  });
}
