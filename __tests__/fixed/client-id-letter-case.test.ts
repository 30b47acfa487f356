import "../support/test-database";
import { randomUUID } from "node:crypto";
import { POST as postOverride } from "@/app/api/answers/override/route";
import answers from "@/pages/api/answers";
import { db } from "@/server/db";
import { signUp } from "../support/auth-client";
import { nodeRoute } from "../support/node-route";
import { createQuestion } from "../support/study-fixtures";

// Issue 8, item 9: an answer retried with its client id upper-cased was stored a second time.
const POST = nodeRoute(answers);
let cookie = "";

function post(handler: (request: Request) => Promise<Response>, path: string, body: unknown) {
  return handler(
    new Request(`http://localhost:3000${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie },
      body: JSON.stringify(body),
    }),
  );
}

beforeAll(async () => {
  cookie = (await signUp({ name: "Casey", email: "casey@example.com", password: "correct horse battery" }))
    .cookie;
});
afterAll(() => db.$disconnect());

it("api/answers: the same client id in another letter case is the same answer, stored once", async () => {
  const question = await createQuestion();
  const clientId = randomUUID();
  const body = { mode: "quiz", questionId: question.id, clientId, choice: 0, durationMs: 4_000 };
  const first = await post(POST, "/api/answers", body);
  const retry = await post(POST, "/api/answers", { ...body, clientId: clientId.toUpperCase(), choice: 1 });
  expect(first.status).toBe(200);
  expect(retry.status).toBe(200);
  const [firstResult, retryResult] = [await first.json(), await retry.json()];
  expect(retryResult).toEqual(firstResult);
  expect(retryResult).toMatchObject({ clientId, correct: false });
  expect(await db.reviewLog.count({ where: { card: { questionId: question.id } } })).toBe(1);
});

it("api/answers/override: finds the answer by its client id in any letter case", async () => {
  const question = await createQuestion();
  const clientId = randomUUID();
  const typed = {
    mode: "typed",
    questionId: question.id,
    clientId,
    response: "Someone Else",
    durationMs: 5_000,
  };
  expect((await (await post(POST, "/api/answers", typed)).json()).correct).toBe(false);
  const override = await post(postOverride, "/api/answers/override", { clientId: clientId.toUpperCase() });
  expect(override.status).toBe(200);
  expect(await override.json()).toMatchObject({ clientId, correct: true, overridden: true });
});
