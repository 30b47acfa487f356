import { createManualQuestion } from "@/server/data/question-edits";
import { assertSameOriginJson, created, handle, parseJson } from "@/server/http";
import { ZCreateQuestionRequest } from "@/server/teach/question.schema";
import { requireTeacher } from "@/server/teach/teacher";

/** POST /api/teach/questions: a question written by hand into a story the teacher may edit. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    assertSameOriginJson(request);
    const user = await requireTeacher(request);
    const input = await parseJson(request, ZCreateQuestionRequest);
    return created(await createManualQuestion({ user, ...input, now: new Date() }));
  });
}
