import "../../../support/test-database";
import { randomUUID } from "node:crypto";
import { POST as postOverride } from "@/app/api/answers/override/route";
import { GET as getQuestion } from "@/app/api/questions/[id]/route";
import answers from "@/pages/api/answers";
import { db } from "@/server/db";
import { signUp } from "../../../support/auth-client";
import { nodeRoute } from "../../../support/node-route";
import { createQuestion } from "../../../support/study-fixtures";

const password = "correct horse battery";
/** POST /api/answers is a Pages Router API route (pages/api/answers.ts), called here over loopback HTTP. */
const POST = nodeRoute(answers);

function post(handler: (request: Request) => Promise<Response>, path: string, body: unknown, cookie: string) {
  return handler(
    new Request(`http://localhost:3000${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

let alice = "";
let bob = "";

beforeAll(async () => {
  alice = (await signUp({ name: "Alice", email: "alice@example.com", password })).cookie;
  bob = (await signUp({ name: "Bob", email: "bob@example.com", password })).cookie;
});
afterAll(() => db.$disconnect());

describe("api/answers", () => {
  it("api/answers: records a quiz answer and only then returns the verdict and sources", async () => {
    const question = await createQuestion();
    const clientId = randomUUID();
    const body = { mode: "quiz", questionId: question.id, clientId, choice: 1, durationMs: 9_000 };
    const response = await post(POST, "/api/answers", body, alice);
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result).toMatchObject({ correct: true, correctAnswer: question.answer, rating: 3 });
    expect(result.sources[0]).toMatchObject({ articleId: question.articleId, sentence: expect.any(String) });
    expect(typeof result.nextDue).toBe("string");

    const again = await (await post(POST, "/api/answers", body, alice)).json();
    expect(again).toEqual(result);
    expect(await db.reviewLog.count({ where: { clientId } })).toBe(1);
  });

  it("api/answers: 401 without a session, 400 broken JSON, 422 bad input, 413 too big, 405 wrong method", async () => {
    const question = await createQuestion();
    const body = { mode: "quiz", questionId: question.id, clientId: randomUUID(), choice: 0, durationMs: 1 };
    expect((await post(POST, "/api/answers", body, "")).status).toBe(401);
    expect((await post(POST, "/api/answers", "{not json", alice)).status).toBe(400);
    const bad = await post(POST, "/api/answers", { ...body, clientId: "1" }, alice);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.message).toMatch(/UUID/);
    expect((await post(POST, "/api/answers", { ...body, questionId: "missing" }, alice)).status).toBe(404);
    const huge = await post(POST, "/api/answers", { ...body, padding: "x".repeat(100_000) }, alice);
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.message).toMatch(/under 64 KB/);
    const get = await POST(new Request("http://localhost:3000/api/answers", { headers: { cookie: alice } }));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(await db.reviewLog.count({ where: { card: { questionId: question.id } } })).toBe(0);
  });

  it("api/answers: one user cannot override another user's answer (404)", async () => {
    const question = await createQuestion();
    const clientId = randomUUID();
    const typed = {
      mode: "typed",
      questionId: question.id,
      clientId,
      response: "Someone Else",
      durationMs: 5_000,
    };
    expect((await (await post(POST, "/api/answers", typed, alice)).json()).correct).toBe(false);
    expect((await post(postOverride, "/api/answers/override", { clientId }, bob)).status).toBe(404);
    const own = await post(postOverride, "/api/answers/override", { clientId }, alice);
    expect(await own.json()).toMatchObject({ correct: true, overridden: true });
  });

  it("api/answers: a clientId already used by another user does not expose their answer", async () => {
    const question = await createQuestion();
    const clientId = randomUUID();
    await post(
      POST,
      "/api/answers",
      { mode: "quiz", questionId: question.id, clientId, choice: 0, durationMs: 1 },
      alice,
    );
    const response = await post(
      POST,
      "/api/answers",
      { mode: "quiz", questionId: question.id, clientId, choice: 1, durationMs: 1 },
      bob,
    );
    expect(response.status).toBe(200);
    expect(await db.reviewLog.count({ where: { clientId } })).toBe(2);
    expect(await db.card.count({ where: { questionId: question.id } })).toBe(2);
  });
});

describe("api/questions/[id]", () => {
  it("api/questions: gives the prompt and options but nothing that marks the answer", async () => {
    const question = await createQuestion({ aliases: ["Dwivedi"] });
    const response = await getQuestion(
      new Request(`http://localhost:3000/api/questions/${question.id}`, { headers: { cookie: alice } }),
      { params: Promise.resolve({ id: question.id }) },
    );
    expect(response.status).toBe(200);
    const payload = await response.json();
    expect(Object.keys(payload).sort()).toEqual(["id", "kind", "options", "prompt", "topic", "version"]);
    expect(payload.options).toEqual(question.options);
    const text = JSON.stringify(payload);
    expect(text).not.toMatch(/answer|alias|correct|explanation|Dwivedi"\]/i);
  });

  it("api/questions: unknown id is 404, no session is 401", async () => {
    const missing = await getQuestion(
      new Request("http://localhost:3000/api/questions/nope", { headers: { cookie: alice } }),
      {
        params: Promise.resolve({ id: "nope" }),
      },
    );
    expect(missing.status).toBe(404);
    const anonymous = await getQuestion(new Request("http://localhost:3000/api/questions/nope"), {
      params: Promise.resolve({ id: "nope" }),
    });
    expect(anonymous.status).toBe(401);
  });
});
