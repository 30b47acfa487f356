import { sampleArticle } from "@/prisma/sample-articles";
import "../support/test-database";
import { generate } from "@/questions";
import { createManualQuestion, editQuestion, setQuestionRetired } from "@/server/data/question-edits";
import { db } from "@/server/db";
import { ingestArticles, type QuestionGenerator } from "@/server/ingest";
import { regenerateAll } from "@/server/regenerate";
import { createUser } from "../support/study-fixtures";

const ADDED = new Date(Date.UTC(2025, 6, 1, 12));
const NOW = new Date(Date.UTC(2025, 6, 3, 12));
const article = (name: string) => ({
  file: name,
  text: sampleArticle(name),
});

/** Every question a teacher touched, as stored, for comparing before and after a regeneration. */
const touched = (ids: string[]) =>
  db.question.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    include: { sources: { orderBy: { articleId: "asc" } }, versions: { orderBy: { version: "asc" } } },
  });

describe("regenerate: what teachers did stands", () => {
  let edited: { id: string; factKey: string };
  let retired: { id: string; factKey: string };
  let manualId: string;
  let storyId: string;

  beforeAll(async () => {
    await ingestArticles({
      inputs: [article("sco-qingdao-ani.txt"), article("sco-qingdao-daijiworld.txt")],
      now: ADDED,
    });
    const teacher = { ...(await createUser("Tara")), role: "teacher" as const };
    const questions = await db.question.findMany({ orderBy: { id: "asc" }, take: 2 });
    const [first, second] = questions;
    if (!first || !second) throw new Error("regenerate: the samples gave fewer than two questions");
    storyId = first.storyId;
    await db.story.updateMany({ data: { visibility: "library" } });
    await editQuestion({
      user: teacher,
      questionId: first.id,
      version: 1,
      content: {
        prompt: "Which city hosted the summit, as the teacher put it?",
        answer: "Tromso",
        aliases: [],
        options: ["Tromso", "Astana", "Bishkek"],
        explanation: "Rewritten by a teacher.",
      },
      now: ADDED,
    });
    await setQuestionRetired({ user: teacher, questionId: second.id, retired: true, now: ADDED });
    manualId = (
      await createManualQuestion({
        user: teacher,
        storyId: second.storyId,
        kind: "where",
        content: {
          prompt: "Where is the SCO secretariat?",
          answer: "Beijing",
          aliases: [],
          options: ["Beijing", "Moscow", "Tashkent"],
          explanation: "",
        },
        now: ADDED,
      })
    ).id;
    edited = first;
    retired = second;
  });

  afterAll(() => db.$disconnect());

  it("regenerate: edited, hand-written and teacher-retired questions are neither rewritten, retired nor restored", async () => {
    const ids = [edited.id, retired.id, manualId];
    const before = await touched(ids);
    const keyOf = (factKey: string) => factKey.slice(factKey.indexOf("|") + 1);
    // The generator as rebuilt without the edited question's fact: an untouched question would be retired.
    const without: QuestionGenerator = (inputs, options) => {
      const result = generate(inputs, options);
      return { ...result, questions: result.questions.filter((q) => q.factKey !== keyOf(edited.factKey)) };
    };

    const dropped = await regenerateAll({ now: NOW, generateQuestions: without });
    expect(dropped.find((report) => report.storyId === storyId)?.teacherKept).toBeGreaterThanOrEqual(2);
    expect(await touched(ids)).toEqual(before);

    // The full generator states the edited and the retired facts again: neither is rewritten nor restored, and
    // neither comes back as a second question.
    const full = await regenerateAll({ now: NOW });
    expect(full.every((report) => report.error === null)).toBe(true);
    expect(await touched(ids)).toEqual(before);
    for (const factKey of [edited.factKey, retired.factKey]) {
      expect(await db.question.count({ where: { factKey } })).toBe(1);
    }
    expect(before.find((q) => q.id === edited.id)).toMatchObject({ version: 2, retiredAt: null });
    expect(before.find((q) => q.id === retired.id)?.retiredAt).toEqual(ADDED);
    expect(before.find((q) => q.id === manualId)).toMatchObject({ origin: "manual", retiredAt: null });
  });
});
