import "../../support/test-database";
import { getSet, getSetQuestionIds, isoWeek, listSets, parseSetId } from "@/server/data/sets";
import { db } from "@/server/db";
import { getUserFromHeaders } from "@/server/session";
import { signUp } from "../../support/auth-client";
import { createStoryWithQuestions, giveCard } from "../../support/content-fixtures";

async function signedUpUser(email: string) {
  const { cookie } = await signUp({ name: email, email, password: "long enough password" });
  const user = await getUserFromHeaders(new Headers({ cookie }));
  if (!user) throw new Error(`sets: could not sign up ${email}`);
  return user;
}

describe("sets", () => {
  let alice: { id: string };
  let bob: { id: string };
  let qingdao: Awaited<ReturnType<typeof createStoryWithQuestions>>;

  beforeAll(async () => {
    alice = await signedUpUser("alice@example.com");
    bob = await signedUpUser("bob@example.com");
    // 2025-06-26 is a Thursday of ISO week 26.
    qingdao = await createStoryWithQuestions({
      title: "Harbour ministers meet in Tromso",
      topic: "defence",
      publishedOn: "2025-06-26",
      prompts: ["Who met Mara Lind?", "Where did the Harbour ministers meet?", "Which system was discussed?"],
    });
    await createStoryWithQuestions({
      title: "SCO summit in Delhi",
      topic: "international",
      publishedOn: "2023-07-04",
      prompts: ["Who chaired the SCO summit?"],
    });
    await createStoryWithQuestions({
      title: "Undated note",
      topic: "defence",
      publishedOn: null,
      prompts: ["Who?"],
    });

    const [first, second, third] = qingdao.questions;
    if (!first || !second || !third) throw new Error("sets: fixture questions missing");
    await giveCard({ userId: alice.id, questionId: first.id, state: 2, stability: 30 });
    await giveCard({ userId: alice.id, questionId: second.id, state: 2, stability: 5 });
    await giveCard({ userId: bob.id, questionId: third.id, state: 1, stability: 40 });
  });

  afterAll(() => db.$disconnect());

  it.each([
    ["2025-06-26", { year: 2025, week: 26 }],
    ["2021-01-03", { year: 2020, week: 53 }],
    ["2024-12-30", { year: 2025, week: 1 }],
  ])("sets: isoWeek(%s)", (day, expected) => {
    expect(isoWeek(new Date(`${day}T00:00:00Z`))).toEqual(expected);
  });

  it.each([["story:"], ["week:2025-26"], ["month:2025-13"], ["colour:red"], ["nothing"]])(
    "sets: rejects the malformed id %s",
    (setId) => {
      expect(parseSetId(setId)).toBeNull();
    },
  );

  it("sets: lists one set per story, topic, month and week with counts", async () => {
    const sets = await listSets({ userId: alice.id });
    const byId = new Map(sets.map((set) => [set.id, set]));
    expect(byId.get(`story:${qingdao.story.id}`)).toMatchObject({ kind: "story", questionCount: 3 });
    expect(byId.get("topic:defence")).toMatchObject({ title: "Defence", questionCount: 4 });
    expect(byId.get("topic:international")).toMatchObject({ questionCount: 1 });
    expect(byId.get("month:2025-06")).toMatchObject({ title: "June 2025", questionCount: 3 });
    expect(byId.get("week:2025-W26")).toMatchObject({ title: "Week 26, 2025", questionCount: 3 });
    expect(byId.get("month:2023-07")).toMatchObject({ questionCount: 1 });
    expect(sets.map((set) => set.kind)).toEqual(
      [...sets.map((set) => set.kind)].sort(
        (a, b) =>
          ["story", "topic", "month", "week"].indexOf(a) - ["story", "topic", "month", "week"].indexOf(b),
      ),
    );
  });

  it("sets: mastery counts only the asking user's mastered cards", async () => {
    const storyId = `story:${qingdao.story.id}`;
    const forAlice = await getSet({ setId: storyId, userId: alice.id });
    const forBob = await getSet({ setId: storyId, userId: bob.id });
    expect(forAlice).toMatchObject({ questionCount: 3, masteredCount: 1 });
    expect(forAlice?.mastery).toBeCloseTo(1 / 3);
    expect(forBob).toMatchObject({ questionCount: 3, masteredCount: 0, mastery: 0 });
    expect(forAlice?.questions.filter((question) => question.mastered)).toHaveLength(1);

    const listed = (await listSets({ userId: bob.id })).find((set) => set.id === storyId);
    expect(listed?.masteredCount).toBe(0);
    expect((await listSets({ userId: null })).every((set) => set.masteredCount === 0)).toBe(true);
  });

  it("sets: a set lists prompts with their articles, never answers", async () => {
    const set = await getSet({ setId: "week:2025-W26", userId: alice.id });
    expect(set?.questions.map((question) => question.prompt)).toContain("Who met Mara Lind?");
    expect(set?.questions[0]?.sources[0]).toEqual({
      articleId: qingdao.article.id,
      articleTitle: qingdao.article.title,
    });
    expect(JSON.stringify(set)).not.toContain("Answer 0");
  });

  it("sets: question ids for a study session; null for an unknown set", async () => {
    expect(await getSetQuestionIds({ setId: "topic:defence", userId: alice.id })).toHaveLength(4);
    expect(await getSetQuestionIds({ setId: "month:2025-06", userId: alice.id })).toEqual(
      expect.arrayContaining(qingdao.questions.map((question) => question.id)),
    );
    expect(await getSetQuestionIds({ setId: "topic:astrology", userId: alice.id })).toBeNull();
    expect(await getSetQuestionIds({ setId: "bogus", userId: alice.id })).toBeNull();
    expect(await getSet({ setId: "story:missing", userId: alice.id })).toBeNull();
  });
});
