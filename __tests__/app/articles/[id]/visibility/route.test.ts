// The article page's publishing form (POST /articles/[id]/visibility): the owner who can teach sets who studies
// the story; a student's stays private; anyone else is refused (403 when they see the story, 404 when they do not)
// and nothing changes.
import "../../../../support/test-database";
import { POST } from "@/app/articles/[id]/visibility/route";
import { db } from "@/server/db";
import { signUp } from "../../../../support/auth-client";
import { createStoryWithQuestions } from "../../../../support/content-fixtures";

const password = "correct horse battery";
type Name = "admin" | "teacher" | "otherTeacher" | "student" | "member" | "outsider";
const accounts = {} as Record<Name, { id: string; cookie: string }>;
let classId = "";
let otherClassId = "";

function publish(
  articleId: string,
  who: Name | null,
  fields: [string, string][],
  headers: Record<string, string> = {},
): Promise<Response> {
  const body = new URLSearchParams(fields);
  return POST(
    new Request(`http://localhost:3000/articles/${articleId}/visibility`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost:3000",
        ...(who ? { cookie: accounts[who].cookie } : {}),
        ...headers,
      },
      body,
    }),
    { params: Promise.resolve({ id: articleId }) },
  );
}

const storyOf = (storyId: string) =>
  db.story.findUniqueOrThrow({
    where: { id: storyId },
    select: { visibility: true, ownerId: true, classShares: { select: { classId: true } } },
  });

async function story(owner: Name, title: string) {
  const { story, article } = await createStoryWithQuestions({
    title,
    topic: "polity",
    publishedOn: "2025-06-26",
    prompts: [`${title}?`],
    ownerId: accounts[owner].id,
    visibility: "private",
  });
  return { storyId: story.id, articleId: article.id };
}

beforeAll(async () => {
  for (const name of ["admin", "teacher", "otherTeacher", "student", "member", "outsider"] as Name[]) {
    const { response, cookie } = await signUp({ name, email: `${name.toLowerCase()}@example.com`, password });
    accounts[name] = { id: (await response.json()).user.id, cookie };
  }
  await db.user.updateMany({
    where: { id: { in: [accounts.teacher.id, accounts.otherTeacher.id] } },
    data: { role: "teacher" },
  });
  classId = (
    await db.class.create({
      data: { name: "Polity 101", teacherId: accounts.teacher.id, joinCode: "POL101" },
    })
  ).id;
  otherClassId = (
    await db.class.create({
      data: { name: "Other", teacherId: accounts.otherTeacher.id, joinCode: "OTH101" },
    })
  ).id;
  await db.classMember.create({ data: { classId, userId: accounts.member.id } });
});
afterAll(() => db.$disconnect());

describe("POST /articles/[id]/visibility", () => {
  it("publishing: a teacher publishes their story to the library, shares it with a class, takes it back", async () => {
    const { storyId, articleId } = await story("teacher", "Teacher's story");

    const library = await publish(articleId, "teacher", [["visibility", "library"]]);
    expect(library.status).toBe(303);
    expect(library.headers.get("location")).toBe(`/articles/${articleId}?notice=saved-library`);
    expect(await storyOf(storyId)).toEqual({
      visibility: "library",
      ownerId: accounts.teacher.id,
      classShares: [],
    });

    const shared = await publish(articleId, "teacher", [
      ["visibility", "class"],
      ["classIds", classId],
    ]);
    expect(shared.headers.get("location")).toBe(`/articles/${articleId}?notice=saved-class`);
    expect(await storyOf(storyId)).toEqual({
      visibility: "class",
      ownerId: accounts.teacher.id,
      classShares: [{ classId }],
    });

    const back = await publish(articleId, "teacher", [["visibility", "private"]]);
    expect(back.status).toBe(303);
    expect(await storyOf(storyId)).toEqual({
      visibility: "private",
      ownerId: accounts.teacher.id,
      classShares: [],
    });
  });

  it("publishing: an admin publishes their own story too", async () => {
    const { storyId, articleId } = await story("admin", "Admin's story");
    expect((await publish(articleId, "admin", [["visibility", "library"]])).status).toBe(303);
    expect((await storyOf(storyId)).visibility).toBe("library");
  });

  it("publishing: sharing with no class or another teacher's class goes back with a message, nothing changed", async () => {
    const { storyId, articleId } = await story("teacher", "Unshared story");
    for (const fields of [
      [["visibility", "class"]],
      [
        ["visibility", "class"],
        ["classIds", otherClassId],
      ],
      [
        ["visibility", "class"],
        ["classIds", classId],
        ["classIds", otherClassId],
      ],
      [["visibility", "everyone"]],
    ] as [string, string][][]) {
      const response = await publish(articleId, "teacher", fields);
      expect({ fields, status: response.status, location: response.headers.get("location") }).toEqual({
        fields,
        status: 303,
        location: `/articles/${articleId}?notice=invalid`,
      });
    }
    expect(await storyOf(storyId)).toEqual({
      visibility: "private",
      ownerId: accounts.teacher.id,
      classShares: [],
    });
  });

  it("publishing: a student's story stays private (403), nothing changed", async () => {
    const { storyId, articleId } = await story("student", "Student's story");
    for (const visibility of ["library", "class"]) {
      const response = await publish(articleId, "student", [
        ["visibility", visibility],
        ["classIds", classId],
      ]);
      expect(response.status).toBe(403);
    }
    expect((await publish(articleId, "student", [["visibility", "private"]])).status).toBe(303);
    expect(await storyOf(storyId)).toEqual({
      visibility: "private",
      ownerId: accounts.student.id,
      classShares: [],
    });
  });

  it("publishing: someone else's story is 404 when they cannot see it, 403 when they can; nothing changed", async () => {
    const { storyId, articleId } = await story("teacher", "Shared story");
    await publish(articleId, "teacher", [
      ["visibility", "class"],
      ["classIds", classId],
    ]);
    const cases: [Name, number][] = [
      ["otherTeacher", 404],
      ["outsider", 404],
      ["admin", 404],
      ["member", 403],
    ];
    for (const [who, status] of cases) {
      const response = await publish(articleId, who, [["visibility", "library"]]);
      expect({ who, status: response.status }).toEqual({ who, status });
    }
    expect(await storyOf(storyId)).toEqual({
      visibility: "class",
      ownerId: accounts.teacher.id,
      classShares: [{ classId }],
    });
  });

  it("publishing: signed out 401, another site's form 403, not a form 415, unknown article 404", async () => {
    const { storyId, articleId } = await story("teacher", "Guarded story");
    expect((await publish(articleId, null, [["visibility", "library"]])).status).toBe(401);
    expect(
      (await publish(articleId, "teacher", [["visibility", "library"]], { origin: "https://evil.example" }))
        .status,
    ).toBe(403);
    expect(
      (await publish(articleId, "teacher", [["visibility", "library"]], { "content-type": "text/plain" }))
        .status,
    ).toBe(415);
    expect((await publish("no-such-article", "teacher", [["visibility", "library"]])).status).toBe(404);
    expect((await storyOf(storyId)).visibility).toBe("private");
  });
});
