import "../../../support/test-database";
import { POST as retire } from "@/app/api/teach/questions/[id]/retirement/route";
import { PATCH as editQuestion } from "@/app/api/teach/questions/[id]/route";
import { POST as createQuestion } from "@/app/api/teach/questions/route";
import { getEditableQuestion } from "@/server/data/question-edits";
import { browseQuestions } from "@/server/data/question-library";
import { db } from "@/server/db";
import { ZBrowseQuery } from "@/server/teach/browse.schema";
import {
  type Account,
  account,
  jsonRequest,
  one,
  params,
  shareWithClass,
  story,
} from "../../../support/teach-fixtures";

let alice: Account; // teacher
let bob: Account; // teacher
let sam: Account; // student
let ada: Account; // admin

const content = (overrides: Record<string, unknown> = {}) => ({
  prompt: "Who chairs the council?",
  answer: "Meera Rao",
  aliases: ["Rao"],
  options: ["Meera Rao", "Anil Kapoor", "Lata Iyer"],
  explanation: "She was elected in June.",
  ...overrides,
});

const edit = (who: Account, id: string, body: unknown) =>
  editQuestion(jsonRequest("PATCH", `/api/teach/questions/${id}`, body, who.cookie), params({ id }));

const snapshot = (id: string) =>
  db.question.findUniqueOrThrow({ where: { id }, include: { versions: { orderBy: { version: "asc" } } } });

beforeAll(async () => {
  alice = await account("Alice", "teacher");
  bob = await account("Bob", "teacher");
  sam = await account("Sam", "student");
  ada = await account("Ada", "admin");
  // Sign-ups hash passwords (scrypt): slow on a loaded machine.
}, 60_000);
afterAll(() => db.$disconnect());

describe("teach/questions: who may edit", () => {
  it("teach/questions: a student, another teacher and an admin who cannot see it get 404 and change nothing", async () => {
    const library = await story({ ownerId: null, visibility: "library" });
    const alicePrivate = await story({ ownerId: alice.id, visibility: "private" });
    const libraryQuestion = one(library.questions);
    const privateQuestion = one(alicePrivate.questions);
    const before = [await snapshot(libraryQuestion.id), await snapshot(privateQuestion.id)];

    for (const [who, id] of [
      [sam, libraryQuestion.id],
      [sam, privateQuestion.id],
      [bob, privateQuestion.id],
      [ada, privateQuestion.id],
    ] as const) {
      const response = await edit(who, id, { version: 1, content: content() });
      expect(response.status).toBe(404);
      const retired = await retire(
        jsonRequest("POST", `/api/teach/questions/${id}/retirement`, { retired: true }, who.cookie),
        params({ id }),
      );
      expect(retired.status).toBe(404);
    }
    expect(
      (await edit({ id: "", cookie: "" }, libraryQuestion.id, { version: 1, content: content() })).status,
    ).toBe(401);
    const crossSite = await editQuestion(
      jsonRequest("PATCH", "/x", { version: 1, content: content() }, alice.cookie, "https://evil.example"),
      params({ id: libraryQuestion.id }),
    );
    expect(crossSite.status).toBe(403);
    expect([await snapshot(libraryQuestion.id), await snapshot(privateQuestion.id)]).toEqual(before);
  });

  it("teach/questions: a teacher edits the library's and their own, not a class story they only teach; an admin edits any they see", async () => {
    const library = await story({ ownerId: null, visibility: "library" });
    const own = await story({ ownerId: alice.id, visibility: "private" });
    const classStory = await story({ ownerId: alice.id, visibility: "class" });
    await shareWithClass({ storyId: classStory.story.id, teacherId: bob.id });
    await shareWithClass({ storyId: classStory.story.id, teacherId: ada.id });

    expect((await edit(bob, one(library.questions).id, { version: 1, content: content() })).status).toBe(200);
    expect((await edit(alice, one(own.questions).id, { version: 1, content: content() })).status).toBe(200);
    // Bob sees Alice's class story (he teaches a class it is shared with) but may not edit it.
    const bobBrowse = await browseQuestions({
      user: { id: bob.id, role: "teacher" },
      query: ZBrowseQuery.parse({ story: classStory.story.id }),
    });
    expect(bobBrowse.questions.map((q) => [q.id, q.canEdit, q.scope])).toEqual([
      [one(classStory.questions).id, false, "class"],
    ]);
    const before = await snapshot(one(classStory.questions).id);
    expect((await edit(bob, one(classStory.questions).id, { version: 1, content: content() })).status).toBe(
      404,
    );
    expect(await snapshot(one(classStory.questions).id)).toEqual(before);
    // The admin sees it through a class too, and may edit it.
    expect((await edit(ada, one(classStory.questions).id, { version: 1, content: content() })).status).toBe(
      200,
    );
  });
});

describe("teach/questions: versions", () => {
  it("teach/questions: the first edit keeps the original as version 1, each edit adds the next, with who and when", async () => {
    const { questions } = await story({ ownerId: null, visibility: "library" });
    const question = one(questions);

    const first = await edit(alice, question.id, { version: 1, content: content() });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ version: 2, changed: true });
    const second = await edit(bob, question.id, {
      version: 2,
      content: content({ explanation: "Elected unopposed." }),
    });
    expect(await second.json()).toEqual({ version: 3, changed: true });

    const stored = await snapshot(question.id);
    expect(stored).toMatchObject({
      version: 3,
      prompt: "Who chairs the council?",
      answer: "Meera Rao",
      flashcardFront: "Who chairs the council?",
      flashcardBack: "Meera Rao",
      explanation: "Elected unopposed.",
      editedAt: expect.any(Date),
    });
    expect(stored.versions.map((v) => [v.version, v.answer, v.editedById])).toEqual([
      [1, question.answer, null],
      [2, "Meera Rao", alice.id],
      [3, "Meera Rao", bob.id],
    ]);
    expect(JSON.parse(one(stored.versions).options)).toEqual(JSON.parse(question.options));

    const page = await getEditableQuestion({
      user: { id: alice.id, role: "teacher" },
      questionId: question.id,
    });
    expect(
      page.history.map((entry) => [entry.version, entry.editedBy, entry.changes.map((c) => c.field)]),
    ).toEqual([
      [1, null, []],
      [2, "Alice", ["prompt", "answer", "aliases", "options", "explanation"]],
      [3, "Bob", ["explanation"]],
    ]);
    expect(one(page.history, 2).changes[0]).toEqual({
      field: "explanation",
      before: "She was elected in June.",
      after: "Elected unopposed.",
    });
  });

  it("teach/questions: two tabs editing the same version: the second gets a 409 and overwrites nothing", async () => {
    const { questions } = await story({ ownerId: null, visibility: "library" });
    const id = one(questions).id;
    const [tabOne, tabTwo] = await Promise.all([
      edit(alice, id, { version: 1, content: content({ explanation: "Tab one." }) }),
      edit(alice, id, { version: 1, content: content({ explanation: "Tab two." }) }),
    ]);
    const statuses = [tabOne.status, tabTwo.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = tabOne.status === 409 ? tabOne : tabTwo;
    expect((await loser.json()).error.message).toMatch(/newer version.*not saved/);
    const stored = await snapshot(id);
    expect(stored.version).toBe(2);
    expect(stored.versions).toHaveLength(2);
    expect(stored.explanation).toBe(tabOne.status === 200 ? "Tab one." : "Tab two.");

    const stale = await edit(bob, id, { version: 1, content: content({ explanation: "Stale." }) });
    expect(stale.status).toBe(409);
    expect((await snapshot(id)).explanation).not.toBe("Stale.");
  });

  it("teach/questions: saving unchanged content writes no version", async () => {
    const { questions } = await story({ ownerId: null, visibility: "library" });
    const question = one(questions);
    const same = {
      prompt: question.prompt,
      answer: question.answer,
      aliases: JSON.parse(question.aliases),
      options: JSON.parse(question.options),
      explanation: question.explanation,
    };
    expect(await (await edit(alice, question.id, { version: 1, content: same })).json()).toEqual({
      version: 1,
      changed: false,
    });
    expect(await snapshot(question.id)).toMatchObject({ version: 1, editedAt: null, versions: [] });
  });

  it.each([
    [
      "the answer is not an option",
      content({ answer: "Someone Else" }),
      "content.answer",
      /one of the options/,
    ],
    [
      "a duplicate option",
      content({ options: ["Meera Rao", "Lata Iyer", " lata iyer "] }),
      "content.options.2",
      /twice/,
    ],
    ["one option", content({ options: ["Meera Rao"] }), "content.options", /at least 2/],
    [
      "seven options",
      content({ options: ["Meera Rao", "b", "c", "d", "e", "f", "g"] }),
      "content.options",
      /at most 6/,
    ],
    ["an empty prompt", content({ prompt: "  " }), "content.prompt", /Enter the question/],
    [
      "an explanation too long",
      content({ explanation: "x".repeat(2001) }),
      "content.explanation",
      /at most 2000/,
    ],
  ])(
    "teach/questions: %s is a 422 naming the field, and nothing changes",
    async (_name, bad, field, message) => {
      const { questions } = await story({ ownerId: null, visibility: "library" });
      const before = await snapshot(one(questions).id);
      const response = await edit(alice, one(questions).id, { version: 1, content: bad });
      expect(response.status).toBe(422);
      const { error } = await response.json();
      expect(error.fields[field as string].join(" ")).toMatch(message as RegExp);
      expect(await snapshot(one(questions).id)).toEqual(before);
    },
  );

  it("teach/questions: broken JSON is a 400", async () => {
    const { questions } = await story({ ownerId: null, visibility: "library" });
    expect((await edit(alice, one(questions).id, "{nope")).status).toBe(400);
  });
});

describe("teach/questions: retire and add", () => {
  it("teach/questions: retiring records who and when, restoring clears both", async () => {
    const { questions } = await story({ ownerId: null, visibility: "library" });
    const id = one(questions).id;
    const post = (retired: boolean) =>
      retire(
        jsonRequest("POST", `/api/teach/questions/${id}/retirement`, { retired }, bob.cookie),
        params({ id }),
      );
    expect((await post(true)).status).toBe(200);
    expect(await db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({
      retiredAt: expect.any(Date),
      retiredById: bob.id,
    });
    const browse = async (status: string) =>
      (
        await browseQuestions({
          user: { id: bob.id, role: "teacher" },
          query: ZBrowseQuery.parse({ status }),
        })
      ).questions.map((q) => q.id);
    expect(await browse("active")).not.toContain(id);
    expect(await browse("retired")).toContain(id);
    expect((await post(false)).status).toBe(200);
    expect(await db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({
      retiredAt: null,
      retiredById: null,
    });
  });

  it("teach/questions: a question written by hand is manual, keyed manual:<id>, version 1 by its author", async () => {
    const library = await story({ ownerId: null, visibility: "library" });
    const response = await createQuestion(
      jsonRequest(
        "POST",
        "/api/teach/questions",
        { storyId: library.story.id, kind: "who", content: content() },
        alice.cookie,
      ),
    );
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const stored = await snapshot(id);
    expect(stored).toMatchObject({
      origin: "manual",
      factKey: `manual:${id}`,
      kind: "who",
      storyId: library.story.id,
      topic: library.story.topic,
      answer: "Meera Rao",
      version: 1,
      publishedOn: library.article.publishedOn,
    });
    expect(stored.versions.map((v) => [v.version, v.editedById])).toEqual([[1, alice.id]]);
  });

  it("teach/questions: adding to a story one may not edit is a 404, a kind not offered a 422, a student a 404", async () => {
    const bobPrivate = await story({ ownerId: bob.id, visibility: "private" });
    const library = await story({ ownerId: null, visibility: "library" });
    const count = () =>
      db.question.count({
        where: { origin: "manual", storyId: { in: [bobPrivate.story.id, library.story.id] } },
      });
    const post = (who: Account, body: unknown) =>
      createQuestion(jsonRequest("POST", "/api/teach/questions", body, who.cookie));
    expect(
      (await post(alice, { storyId: bobPrivate.story.id, kind: "who", content: content() })).status,
    ).toBe(404);
    expect(
      (await post(alice, { storyId: library.story.id, kind: "riddle", content: content() })).status,
    ).toBe(422);
    expect((await post(sam, { storyId: library.story.id, kind: "who", content: content() })).status).toBe(
      404,
    );
    expect(await count()).toBe(0);
  });
});

describe("teach/questions: browse", () => {
  it("teach/questions: filters by topic, story and month, pages by 20, and shows the library, class and own content", async () => {
    const june = await story({
      ownerId: null,
      visibility: "library",
      count: 25,
      topic: "economy",
      publishedOn: "2031-06-03",
    });
    const july = await story({
      ownerId: alice.id,
      visibility: "private",
      count: 2,
      topic: "economy",
      publishedOn: "2031-07-09",
    });
    const hidden = await story({
      ownerId: bob.id,
      visibility: "private",
      count: 1,
      topic: "economy",
      publishedOn: "2031-07-10",
    });
    const user = { id: alice.id, role: "teacher" as const };
    const browse = (query: Record<string, string>) =>
      browseQuestions({ user, query: ZBrowseQuery.parse(query) });

    const juneFirst = await browse({ topic: "economy", month: "2031-06" });
    expect(juneFirst).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(juneFirst.questions).toHaveLength(20);
    const juneSecond = await browse({ topic: "economy", month: "2031-06", page: "2" });
    expect(juneSecond.questions).toHaveLength(5);
    expect(new Set([...juneFirst.questions, ...juneSecond.questions].map((q) => q.id)).size).toBe(25);

    const julyPage = await browse({ month: "2031-07" });
    expect(julyPage.questions.map((q) => q.id).sort()).toEqual(july.questions.map((q) => q.id).sort());
    expect(julyPage.questions.every((q) => q.scope === "own" && q.canEdit)).toBe(true);
    expect(julyPage.filters.stories.map((s) => s.id)).not.toContain(hidden.story.id);
    expect(julyPage.filters.months).toEqual(expect.arrayContaining(["2031-06", "2031-07"]));

    const byStory = await browse({ story: june.story.id, page: "2" });
    const shown = one(byStory.questions);
    const original = one(june.questions.filter((q) => q.id === shown.id));
    // As the quiz shows it: options in stored order, with the source sentence and its article.
    expect(shown).toMatchObject({
      prompt: original.prompt,
      options: JSON.parse(original.options),
      scope: "library",
      sources: [
        { articleId: june.article.id, articleTitle: june.article.title, sentence: expect.any(String) },
      ],
    });
  });
});
