import "../../../support/test-database";
import { POST as addItem } from "@/app/api/teach/sets/[id]/items/route";
import { DELETE as deleteSet, PATCH as updateSet } from "@/app/api/teach/sets/[id]/route";
import { POST as createSet } from "@/app/api/teach/sets/route";
import { getOwnSet, listOwnSets } from "@/server/data/question-sets";
import { db } from "@/server/db";
import { type Account, account, jsonRequest, one, params, story } from "../../../support/teach-fixtures";

let alice: Account;
let bob: Account;
let sam: Account;

const create = async (who: Account, body: unknown) =>
  createSet(jsonRequest("POST", "/api/teach/sets", body, who.cookie));
const add = (who: Account, setId: string, questionId: string) =>
  addItem(
    jsonRequest("POST", `/api/teach/sets/${setId}/items`, { questionId }, who.cookie),
    params({ id: setId }),
  );
const patch = (who: Account, setId: string, body: unknown) =>
  updateSet(jsonRequest("PATCH", `/api/teach/sets/${setId}`, body, who.cookie), params({ id: setId }));
const remove = (who: Account, setId: string) =>
  deleteSet(jsonRequest("DELETE", `/api/teach/sets/${setId}`, undefined, who.cookie), params({ id: setId }));
const itemsOf = async (setId: string) =>
  (await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } })).map(
    (item) => item.questionId,
  );

beforeAll(async () => {
  alice = await account("Alice", "teacher");
  bob = await account("Bob", "teacher");
  sam = await account("Sam", "student");
  // Sign-ups hash passwords (scrypt): slow on a loaded machine.
}, 60_000);
afterAll(() => db.$disconnect());

describe("teach/sets", () => {
  it("teach/sets: a teacher builds a set from visible questions: add, reorder, remove, rename", async () => {
    const library = await story({ ownerId: null, visibility: "library", count: 3 });
    const own = await story({ ownerId: alice.id, visibility: "private" });
    const created = await create(alice, { title: "Week 1 polity", description: "Revision" });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const [q1, q2, q3] = library.questions.map((q) => q.id) as [string, string, string];
    const q4 = one(own.questions).id;
    for (const questionId of [q1, q2, q3, q4]) expect((await add(alice, id, questionId)).status).toBe(200);
    expect(await (await add(alice, id, q2)).json()).toEqual({ added: false, questionCount: 4 });
    expect(await itemsOf(id)).toEqual([q1, q2, q3, q4]);

    const shown = await getOwnSet({ userId: alice.id, setId: id });
    const reordered = await patch(alice, id, { updatedAt: shown.updatedAt, questionIds: [q3, q1, q4] });
    expect(reordered.status).toBe(200);
    const body = await reordered.json();
    expect(body.items.map((item: { questionId: string }) => item.questionId)).toEqual([q3, q1, q4]);
    expect(await itemsOf(id)).toEqual([q3, q1, q4]);

    const renamed = await patch(alice, id, { updatedAt: body.updatedAt, title: "Week 1", description: "" });
    expect(renamed.status).toBe(200);
    expect(await listOwnSets({ userId: alice.id })).toEqual([
      expect.objectContaining({ id, title: "Week 1", description: "", questionCount: 3 }),
    ]);
  });

  it("teach/sets: a change made from a stale page is a 409 and changes nothing", async () => {
    const library = await story({ ownerId: null, visibility: "library", count: 2 });
    const { id } = await (await create(alice, { title: "Two tabs" })).json();
    const [q1, q2] = library.questions.map((q) => q.id) as [string, string];
    await add(alice, id, q1);
    const stale = (await getOwnSet({ userId: alice.id, setId: id })).updatedAt;
    await add(alice, id, q2);
    const response = await patch(alice, id, { updatedAt: stale, questionIds: [q1] });
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toMatch(/changed somewhere else/);
    expect(await itemsOf(id)).toEqual([q1, q2]);
  });

  it("teach/sets: another teacher's set is a 404 for every request, a student's request too, and nothing changes", async () => {
    const library = await story({ ownerId: null, visibility: "library", count: 2 });
    const { id } = await (await create(alice, { title: "Alice's" })).json();
    const [q1, q2] = library.questions.map((q) => q.id) as [string, string];
    await add(alice, id, q1);
    const updatedAt = (await getOwnSet({ userId: alice.id, setId: id })).updatedAt;
    for (const who of [bob, sam]) {
      expect((await add(who, id, q2)).status).toBe(404);
      expect((await patch(who, id, { updatedAt, title: "Mine now", questionIds: [] })).status).toBe(404);
      expect((await remove(who, id)).status).toBe(404);
    }
    expect((await create(sam, { title: "A student's set" })).status).toBe(404);
    await expect(getOwnSet({ userId: bob.id, setId: id })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.questionSet.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Alice's",
      ownerId: alice.id,
    });
    expect(await itemsOf(id)).toEqual([q1]);
    expect(await db.questionSet.count({ where: { ownerId: sam.id } })).toBe(0);

    expect((await remove(alice, id)).status).toBe(204);
    expect(await db.questionSet.count({ where: { id } })).toBe(0);
    expect((await remove(alice, id)).status).toBe(404);
  });

  it("teach/sets: a question the teacher cannot see cannot be added (404), nor put in by reordering", async () => {
    const hidden = await story({ ownerId: bob.id, visibility: "private" });
    const { id } = await (await create(alice, { title: "Hidden" })).json();
    const hiddenId = one(hidden.questions).id;
    expect((await add(alice, id, hiddenId)).status).toBe(404);
    const { updatedAt } = await getOwnSet({ userId: alice.id, setId: id });
    expect((await patch(alice, id, { updatedAt, questionIds: [hiddenId] })).status).toBe(404);
    expect(await itemsOf(id)).toEqual([]);
  });

  it.each([
    ["no title", { title: " " }, "title"],
    ["a title too long", { title: "x".repeat(121) }, "title"],
    ["a description too long", { title: "Fine", description: "x".repeat(1001) }, "description"],
  ])("teach/sets: %s is a 422 for that field", async (_name, body, field) => {
    const response = await create(alice, body);
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fields)).toEqual([field]);
  });
});
