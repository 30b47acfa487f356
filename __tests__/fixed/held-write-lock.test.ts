import "../support/test-database";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { GET as getQuestion } from "@/app/api/questions/[id]/route";
import answers from "@/pages/api/answers";
import { updateSettings } from "@/server/data/settings";
import { getStudyQuestions } from "@/server/data/study-questions";
import { db } from "@/server/db";
import { signUp } from "../support/auth-client";
import { nodeRoute } from "../support/node-route";
import { createQuestion, type QuestionFixture } from "../support/study-fixtures";
import { testDatabaseFile } from "../support/test-database";

// Issue 8, item 4: while another connection held the write lock, Prisma's connection waited for it synchronously
// (busy_timeout 5 s), freezing every request of the process, reads included, and the write then failed with 500.
const POST = nodeRoute(answers);
let cookie = "";
let question: QuestionFixture;

/** Another process's connection holding SQLite's write lock until release() is called. */
function holdWriteLock(): { release: () => void } {
  const other = new Database(testDatabaseFile);
  other.prepare("BEGIN IMMEDIATE").run();
  return {
    release: () => {
      other.prepare("COMMIT").run();
      other.close();
    },
  };
}

function postAnswer(clientId: string) {
  return POST(
    new Request("http://localhost:3000/api/answers", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie },
      body: JSON.stringify({ mode: "quiz", questionId: question.id, clientId, choice: 1, durationMs: 3_000 }),
    }),
  );
}

beforeAll(async () => {
  cookie = (await signUp({ name: "Lock", email: "lock@example.com", password: "correct horse battery" }))
    .cookie;
  question = await createQuestion();
  // A first answer, so the session cookie is known and later requests only read.
  expect((await postAnswer(randomUUID())).status).toBe(200);
});
afterAll(() => db.$disconnect());

it("db: while another connection holds the write lock, reads return and a pending write waits without blocking them", async () => {
  const { userId } = await db.session.findFirstOrThrow({ select: { userId: true } });
  const lock = holdWriteLock();
  const events: string[] = [];
  // A Prisma write first: before the fix it froze the process, so the reads below could not run until it failed.
  const write = updateSettings({ userId, newCardsPerDay: 7 }).then(
    () => events.push("write saved"),
    () => events.push("write failed"),
  );
  const [viaPrisma, viaRoute] = await Promise.all([
    getStudyQuestions({ questionIds: [question.id], userId }),
    getQuestion(new Request(`http://localhost:3000/api/questions/${question.id}`, { headers: { cookie } }), {
      params: Promise.resolve({ id: question.id }),
    }),
  ]);
  events.push("reads returned");
  lock.release();
  await write;
  expect(viaPrisma.map((row) => row.id)).toEqual([question.id]);
  expect(viaRoute.status).toBe(200);
  expect(events).toEqual(["reads returned", "write saved"]);
  expect((await db.userSettings.findUniqueOrThrow({ where: { userId } })).newCardsPerDay).toBe(7);
});

it("api/answers: an answer that cannot get the write lock gets 503 with Retry-After, and its retry is stored once", async () => {
  const clientId = randomUUID();
  const lock = holdWriteLock();
  let refused: Response;
  try {
    refused = await postAnswer(clientId);
  } finally {
    lock.release();
  }
  expect(refused.status).toBe(503);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await refused.json()).error.message).toMatch(/try again/i);
  expect(await db.reviewLog.count({ where: { clientId } })).toBe(0);

  const retried = await postAnswer(clientId);
  expect(retried.status).toBe(200);
  expect(await db.reviewLog.count({ where: { clientId } })).toBe(1);
});

it("db: a Prisma write that cannot get the write lock fails as a 503 AppError, not a raw database error", async () => {
  const { userId } = await db.session.findFirstOrThrow({ select: { userId: true } });
  const lock = holdWriteLock();
  let caught: unknown;
  try {
    await updateSettings({ userId, newCardsPerDay: 9 });
  } catch (error) {
    caught = error;
  } finally {
    lock.release();
  }
  const { describeError } = await import("@/server/errors");
  const described = describeError(caught);
  expect(described.status).toBe(503);
  expect(described.headers["retry-after"]).toBeDefined();
  expect((await db.userSettings.findUniqueOrThrow({ where: { userId } })).newCardsPerDay).toBe(7);
});
