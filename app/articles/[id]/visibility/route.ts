import { setStoryVisibility, storyOfArticle } from "@/server/data/publishing";
import { ZArticleParams, ZStoryVisibilityForm } from "@/server/data/publishing.schema";
import { AppError } from "@/server/errors";
import { backTo, handleForm, readSameOriginForm } from "@/server/form-post";
import { parseInput } from "@/server/http";
import { getUserFromHeaders } from "@/server/session";

/** The article page's publishing form: sets who studies the article's story, then back to the article. */
export async function POST(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await context.params;
  const page = `/articles/${encodeURIComponent(id)}`;
  return handleForm(page, async () => {
    const params = parseInput(ZArticleParams, { id });
    const form = await readSameOriginForm(request);
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to publish your articles.");
    const storyId = await storyOfArticle({ articleId: params.id, userId: user.id });
    const input = parseInput(ZStoryVisibilityForm, {
      visibility: form.get("visibility"),
      classIds: form.getAll("classIds"),
    });
    await setStoryVisibility({ storyId, user, ...input });
    return backTo(page, `saved-${input.visibility}`);
  });
}
