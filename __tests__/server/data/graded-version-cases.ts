// Answers are graded against the version of the question the student was shown, run once per answer writer:
// graded-version.test.ts (SQLite writer) and graded-version-prisma.test.ts (Prisma, the path PostgreSQL takes).
import { randomUUID } from "node:crypto";
import { PATCH as editQuestion } from "@/app/api/teach/questions/[id]/route";
import answers from "@/pages/api/answers";
import { answerWriter } from "@/server/data/answer-store";
import { overrideTypedAnswer } from "@/server/data/answers";
import { getStudyFlashcards, getStudyQuestions } from "@/server/data/study-questions";
import { db } from "@/server/db";
import { nodeRoute } from "../../support/node-route";
import { type Account, account, jsonRequest, one, params, story } from "../../support/teach-fixtures";

export function describeGradedVersions(writer: "sqlite" | "prisma"): void {
  const POST = nodeRoute(answers);
  let teacher: Account;
  let student: Account;

  beforeAll(async () => {
    teacher = await account("Tara", "teacher");
    student = await account("Stu", "student");
    // Sign-ups hash passwords (scrypt): slow on a loaded machine.
  }, 60_000);

  const answer = async (body: Record<string, unknown>) => {
    const response = await POST(
      jsonRequest(
        "POST",
        "/api/answers",
        { clientId: randomUUID(), durationMs: 4_000, ...body },
        student.cookie,
      ),
    );
    return { status: response.status, body: await response.json() };
  };

  /** A library question shown to the student at version 1, then edited by the teacher: new answer, new options. */
  async function shownThenEdited() {
    const { questions } = await story({ ownerId: null, visibility: "library" });
    const question = one(questions);
    const shown = one(await getStudyQuestions({ questionIds: [question.id], userId: student.id }));
    expect(shown).toMatchObject({ id: question.id, version: 1 });
    const v1 = { answer: question.answer, options: JSON.parse(question.options) as string[] };
    const edited = await editQuestion(
      jsonRequest(
        "PATCH",
        `/api/teach/questions/${question.id}`,
        {
          version: 1,
          content: {
            prompt: question.prompt,
            answer: "Corrected Person",
            aliases: ["Corrected"],
            options: ["Corrected Person", ...v1.options.filter((option) => option !== v1.answer)],
            explanation: "Corrected after a report.",
          },
        },
        teacher.cookie,
      ),
      params({ id: question.id }),
    );
    expect(edited.status).toBe(200);
    return { question, shown, v1 };
  }

  it(`graded version: writes through the ${writer} writer`, () => {
    expect(answerWriter).toBe(writer);
  });

  it("graded version: a quiz answer right in version 1 is graded right after the teacher changed the answer", async () => {
    const { question, shown, v1 } = await shownThenEdited();
    const result = await answer({
      mode: "quiz",
      questionId: question.id,
      version: shown.version,
      choice: shown.options.indexOf(v1.answer),
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ correct: true, correctAnswer: v1.answer, questionVersion: 1 });
    const log = await db.reviewLog.findUniqueOrThrow({
      where: { userId_clientId: { userId: student.id, clientId: result.body.clientId } },
    });
    expect(log).toMatchObject({ questionVersion: 1, correct: true, response: v1.answer });
    // The card stays the student's, the same card across the edit.
    expect(await db.card.count({ where: { userId: student.id, questionId: question.id } })).toBe(1);
  });

  it("graded version: a typed answer is matched against the shown version's answer and aliases", async () => {
    const { question } = await shownThenEdited();
    const alias = one(JSON.parse(question.aliases) as string[]);
    const byAlias = await answer({ mode: "typed", questionId: question.id, version: 1, response: alias });
    expect(byAlias.body).toMatchObject({ correct: true, questionVersion: 1 });
    const newAnswerToOld = await answer({
      mode: "typed",
      questionId: question.id,
      version: 1,
      response: "Corrected Person",
    });
    expect(newAnswerToOld.body).toMatchObject({ correct: false, correctAnswer: question.answer });
    // Shown the new version, the new answer is right and the old one wrong.
    const current = await answer({
      mode: "typed",
      questionId: question.id,
      version: 2,
      response: "Corrected",
    });
    expect(current.body).toMatchObject({
      correct: true,
      correctAnswer: "Corrected Person",
      questionVersion: 2,
    });
    const old = await answer({
      mode: "typed",
      questionId: question.id,
      version: 2,
      response: question.answer,
    });
    expect(old.body.correct).toBe(false);
  });

  it("graded version: 'I was right' and a resent answer keep the version the answer was given to", async () => {
    const { question } = await shownThenEdited();
    const clientId = randomUUID();
    const first = await answer({
      mode: "typed",
      questionId: question.id,
      version: 1,
      response: "Nobody",
      clientId,
    });
    expect(first.body).toMatchObject({ correct: false, correctAnswer: question.answer, questionVersion: 1 });
    const again = await answer({
      mode: "typed",
      questionId: question.id,
      version: 2,
      response: "Nobody",
      clientId,
    });
    expect(again.body).toEqual(first.body);
    const overridden = await overrideTypedAnswer({ userId: student.id, clientId, now: new Date() });
    expect(overridden).toMatchObject({
      correct: true,
      overridden: true,
      questionVersion: 1,
      correctAnswer: question.answer,
    });
  });

  it("graded version: a flashcard shows its version and its back is that version's answer", async () => {
    const { question } = await shownThenEdited();
    const [card] = await getStudyFlashcards({ questionIds: [question.id], userId: student.id });
    expect(card).toMatchObject({ version: 2, front: question.prompt });
    const flip = await answer({ mode: "flashcard", questionId: question.id, version: 1 });
    expect(flip.body).toMatchObject({ back: question.answer, questionVersion: 1 });
  });

  it("graded version: a version the question never had is a 409 and records nothing", async () => {
    const { question } = await shownThenEdited();
    const before = await db.reviewLog.count({ where: { userId: student.id } });
    const result = await answer({ mode: "quiz", questionId: question.id, version: 7, choice: 0 });
    expect(result.status).toBe(409);
    expect(result.body.error.message).toMatch(/Reload/);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(before);
  });

  it("graded version: without a version an answer is graded against the current one", async () => {
    const { question } = await shownThenEdited();
    const result = await answer({ mode: "typed", questionId: question.id, response: "Corrected Person" });
    expect(result.body).toMatchObject({ correct: true, questionVersion: 2 });
  });
}
