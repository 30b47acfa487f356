import "../../../support/test-database";
import { renderToStaticMarkup } from "react-dom/server";
import ArticlePage from "@/app/articles/[id]/page";
import { db } from "@/server/db";
import { signUp } from "../../../support/auth-client";
import { createStoryWithQuestions } from "../../../support/content-fixtures";

// The page is for signed-in readers: the request's headers carry a reader's session cookie.
let mockCookie = "";
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: mockCookie }),
  cookies: async () => ({ set: () => {}, get: () => undefined, getAll: () => [] }),
}));

const hostile = `Officials met in Tromso on Thursday. <script>alert("pwned")</script> The talks covered ferry supplies.

<img src=x onerror="alert(1)"> Ola Berg met Mara Lind.`;

async function renderArticle(id: string): Promise<string> {
  return renderToStaticMarkup(
    await ArticlePage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) }),
  );
}

describe("article page", () => {
  beforeAll(async () => {
    mockCookie = (
      await signUp({ name: "Reader", email: "reader@example.com", password: "correct horse battery" })
    ).cookie;
  });
  afterAll(() => db.$disconnect());

  it("article page: shows article text as text, never as HTML", async () => {
    const { article } = await createStoryWithQuestions({
      title: "Hostile <b>title</b>",
      topic: "defence",
      publishedOn: "2031-05-02",
      prompts: ["Who met Mara Lind?"],
      text: hostile,
    });
    const html = await renderArticle(article.id);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>title</b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;");
  });

  it("article page: marks source sentences and links them to their questions", async () => {
    const text = "Ola Berg met Mara Lind in Tromso. The talks were long.";
    const { article, questions } = await createStoryWithQuestions({
      title: "Tromso talks",
      topic: "defence",
      publishedOn: "2031-05-02",
      prompts: ["Whom did Ola Berg meet?"],
      text,
    });
    const question = questions[0];
    if (!question) throw new Error("article page: fixture question missing");
    await db.questionSource.update({
      where: { questionId_articleId: { questionId: question.id, articleId: article.id } },
      data: { sentence: "Ola Berg met Mara Lind in Tromso." },
    });

    const html = await renderArticle(article.id);
    expect(html).toMatch(/<a href="#facts-1"[^>]*><mark id="sentence-1">Ola Berg met Mara Lind in Tromso\./);
    expect(html).toContain('id="facts-1"');
    expect(html).toContain("Whom did Ola Berg meet?");
  });
});
