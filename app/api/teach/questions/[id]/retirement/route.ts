import { setQuestionRetired } from "@/server/data/question-edits";
import { assertSameOriginJson, handle, ok, parseInput, parseJson } from "@/server/http";
import { ZQuestionIdParams, ZRetireRequest } from "@/server/teach/question.schema";
import { requireTeacher } from "@/server/teach/teacher";

/** POST /api/teach/questions/[id]/retirement: { retired: true } retires the question, false restores it. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const { id } = parseInput(ZQuestionIdParams, await context.params);
    const user = await requireTeacher(request);
    const { retired } = await parseJson(request, ZRetireRequest);
    return ok(await setQuestionRetired({ user, questionId: id, retired, now: new Date() }));
  });
}
