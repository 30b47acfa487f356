// Who sees what (issue 9): private content is its owner's alone, the library everyone's, a class story its
// teacher's and members'. Checked through every way in: set pages, the sets list, Today's queue, article pages,
// GET /api/questions/[id] and POST /api/answers (404, nothing stored), with six accounts.
import "../../support/test-database";
import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { GET as getQuestion } from "@/app/api/questions/[id]/route";
import ArticlePage from "@/app/articles/[id]/page";
import SetPage from "@/app/sets/[setId]/page";
import SetsPage from "@/app/sets/page";
import answers from "@/pages/api/answers";
import { getOrCreateCard } from "@/server/data/cards";
import { getTodayQueue } from "@/server/data/queue";
import { getStudyStats } from "@/server/data/stats";
import { db } from "@/server/db";
import { signUp } from "../../support/auth-client";
import { createStoryWithQuestions } from "../../support/content-fixtures";
import { nodeRoute } from "../../support/node-route";

let mockCookie = "";
jest.mock("next/headers", () => ({
  headers: async () => new Headers(mockCookie ? { cookie: mockCookie } : {}),
  cookies: async () => ({ set: () => {}, get: () => undefined, getAll: () => [] }),
}));
jest.mock("next/navigation", () => ({
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { notFound: true });
  },
  redirect: (path: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { location: path });
  },
}));

const postAnswer = nodeRoute(answers);
const password = "correct horse battery";
const NOW = new Date();

type Name = "admin" | "teacherA" | "teacherB" | "studentA" | "studentB" | "outsider";
const accounts = {} as Record<Name, { id: string; cookie: string }>;
type Content = { storyId: string; articleId: string; questionId: string; topic: string };
const content = {} as Record<"library" | "private" | "class", Content>;

/** What a page renders for the current cookie: its HTML, or "404" / "redirect:<path>". */
async function render(page: () => Promise<React.ReactElement>): Promise<string> {
  try {
    return renderToStaticMarkup(await page());
  } catch (error) {
    if ((error as { notFound?: boolean }).notFound) return "404";
    const location = (error as { location?: string }).location;
    if (location) return `redirect:${location}`;
    throw error;
  }
}

const as = (name: Name) => {
  mockCookie = accounts[name].cookie;
};

beforeAll(async () => {
  // The first account to sign up becomes the admin; the rest are students until made teachers.
  for (const name of ["admin", "teacherA", "teacherB", "studentA", "studentB", "outsider"] as Name[]) {
    const { response, cookie } = await signUp({ name, email: `${name.toLowerCase()}@example.com`, password });
    const { user } = await response.json();
    accounts[name] = { id: user.id, cookie };
  }
  await db.user.updateMany({
    where: { id: { in: [accounts.teacherA.id, accounts.teacherB.id] } },
    data: { role: "teacher" },
  });
  const make = async (
    key: keyof typeof content,
    options: Partial<Parameters<typeof createStoryWithQuestions>[0]>,
  ) => {
    const { story, article, questions } = await createStoryWithQuestions({
      title: `The ${key} story`,
      topic: `${key}topic`,
      publishedOn: "2025-06-26",
      prompts: [`Which ${key} fact?`],
      ...options,
    });
    content[key] = {
      storyId: story.id,
      articleId: article.id,
      questionId: questions[0]?.id ?? "",
      topic: `${key}topic`,
    };
  };
  await make("library", {});
  await make("private", { ownerId: accounts.studentA.id, visibility: "private" });
  await make("class", { ownerId: accounts.teacherA.id, visibility: "class" });
  const taught = await db.class.create({
    data: { name: "Class A", teacherId: accounts.teacherA.id, joinCode: "CLASSA2" },
  });
  await db.classMember.create({ data: { classId: taught.id, userId: accounts.studentB.id } });
  await db.classStory.create({ data: { classId: taught.id, storyId: content.class.storyId } });
  // Teacher B's class holds the outsider: a class of someone else's shares nothing of Teacher A's.
  const other = await db.class.create({
    data: { name: "Class B", teacherId: accounts.teacherB.id, joinCode: "CLASSB2" },
  });
  await db.classMember.create({ data: { classId: other.id, userId: accounts.outsider.id } });
});
afterAll(() => db.$disconnect());

// Each row: the account, then whether it sees the library, Student A's private story, Teacher A's class story.
const SEES: [Name, boolean, boolean, boolean][] = [
  ["admin", true, false, false],
  ["teacherA", true, false, true],
  ["teacherB", true, false, false],
  ["studentA", true, true, false],
  ["studentB", true, false, true],
  ["outsider", true, false, false],
];

describe("visibility", () => {
  it("visibility: the first account to sign up is the admin", async () => {
    const roles = await db.user.findMany({ select: { id: true, role: true } });
    expect(roles.filter((user) => user.role === "admin")).toEqual([{ id: accounts.admin.id, role: "admin" }]);
  });

  it.each(SEES)(
    "visibility: %s sees the library %s, the private story %s, the class story %s",
    async (name, ...sees) => {
      as(name);
      const userId = accounts[name].id;
      const queue = (await getTodayQueue({ userId, now: NOW, limit: 100 })).items.map(
        (item) => item.questionId,
      );
      const setsPage = await render(() => SetsPage());
      const statTopics = (await getStudyStats({ userId, now: NOW })).mastery.map((row) => row.topic);
      for (const [index, key] of (["library", "private", "class"] as const).entries()) {
        const item = content[key];
        const visible = sees[index];
        const what = `${name} / ${key}`;

        const storySet = await render(() =>
          SetPage({ params: Promise.resolve({ setId: encodeURIComponent(`story:${item.storyId}`) }) }),
        );
        const topicSet = await render(() =>
          SetPage({ params: Promise.resolve({ setId: encodeURIComponent(`topic:${item.topic}`) }) }),
        );
        const article = await render(() =>
          ArticlePage({ params: Promise.resolve({ id: item.articleId }), searchParams: Promise.resolve({}) }),
        );
        const question = await getQuestion(
          new Request(`http://localhost:3000/api/questions/${item.questionId}`, {
            headers: { cookie: accounts[name].cookie },
          }),
          { params: Promise.resolve({ id: item.questionId }) },
        );
        expect({ what, storySet: storySet !== "404", topicSet: topicSet !== "404" }).toEqual({
          what,
          storySet: visible,
          topicSet: visible,
        });
        expect({ what, article: article === "404" ? 404 : 200, question: question.status }).toEqual({
          what,
          article: visible ? 200 : 404,
          question: visible ? 200 : 404,
        });
        expect({
          what,
          listed: setsPage.includes(`The ${key} story`),
          queued: queue.includes(item.questionId),
        }).toEqual({ what, listed: visible, queued: visible });
        const card = await getOrCreateCard({ userId, questionId: item.questionId, now: NOW }).then(
          () => 200,
          (error: { status?: number }) => error.status,
        );
        expect({ what, stats: statTopics.includes(item.topic), card }).toEqual({
          what,
          stats: visible,
          card: visible ? 200 : 404,
        });
        if (visible) expect(article).toContain(`The ${key} story`);
        else
          expect(storySet + topicSet + article + (await question.text())).not.toContain(`Which ${key} fact?`);
      }
    },
  );

  it.each(SEES)(
    "visibility: %s answering a question they may not see gets 404 and stores nothing",
    async (name, ...sees) => {
      for (const [index, key] of (["library", "private", "class"] as const).entries()) {
        const clientId = randomUUID();
        const response = await postAnswer(
          new Request("http://localhost:3000/api/answers", {
            method: "POST",
            headers: {
              "content-type": "application/json",
              origin: "http://localhost:3000",
              cookie: accounts[name].cookie,
            },
            body: JSON.stringify({
              mode: "quiz",
              questionId: content[key].questionId,
              clientId,
              choice: 0,
              durationMs: 900,
            }),
          }),
        );
        const stored = {
          cards: await db.card.count({
            where: { userId: accounts[name].id, questionId: content[key].questionId },
          }),
          logs: await db.reviewLog.count({ where: { userId: accounts[name].id, clientId } }),
        };
        if (sees[index]) {
          expect({ key, status: response.status, stored }).toEqual({
            key,
            status: 200,
            stored: { cards: 1, logs: 1 },
          });
        } else {
          const body = await response.text();
          expect({ key, status: response.status, stored }).toEqual({
            key,
            status: 404,
            stored: { cards: 0, logs: 0 },
          });
          expect(body).not.toContain("Answer 0");
        }
      }
    },
  );

  it("visibility: an article page asks a visitor to sign in first; the sets list shows them the library only", async () => {
    mockCookie = "";
    const article = await render(() =>
      ArticlePage({
        params: Promise.resolve({ id: content.library.articleId }),
        searchParams: Promise.resolve({}),
      }),
    );
    expect(article).toBe(
      `redirect:/sign-in?next=${encodeURIComponent(`/articles/${content.library.articleId}`)}`,
    );
    const sets = await render(() => SetsPage());
    expect(sets).toContain("The library story");
    expect(sets).not.toContain("The private story");
    expect(sets).not.toContain("The class story");
  });

  it("visibility: leaving the class hides the class story from the student again, cards and history kept", async () => {
    await db.classMember.deleteMany({ where: { userId: accounts.studentB.id } });
    as("studentB");
    const article = await render(() =>
      ArticlePage({
        params: Promise.resolve({ id: content.class.articleId }),
        searchParams: Promise.resolve({}),
      }),
    );
    expect(article).toBe("404");
    const queue = await getTodayQueue({
      userId: accounts.studentB.id,
      now: new Date(Date.now() + 86_400_000 * 30),
      limit: 100,
    });
    expect(queue.items.map((item) => item.questionId)).not.toContain(content.class.questionId);
    expect(
      await db.card.count({ where: { userId: accounts.studentB.id, questionId: content.class.questionId } }),
    ).toBe(1);
  });
});
