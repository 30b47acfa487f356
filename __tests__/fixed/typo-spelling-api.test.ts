import "../support/test-database";
import { randomUUID } from "node:crypto";
import answers from "@/pages/api/answers";
import { db } from "@/server/db";
import { signUp } from "../support/auth-client";
import { nodeRoute } from "../support/node-route";
import { createQuestion } from "../support/study-fixtures";

// Issue 8, item 13: the answer's result names the spelling a typo was accepted as, on the first answer and on
// a replay of the same client id.
const POST = nodeRoute(answers);
let cookie = "";

function post(body: unknown) {
  return POST(
    new Request("http://localhost:3000/api/answers", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie },
      body: JSON.stringify(body),
    }),
  );
}

beforeAll(async () => {
  cookie = (await signUp({ name: "Typo", email: "typo@example.com", password: "correct horse battery" }))
    .cookie;
});
afterAll(() => db.$disconnect());

it.each([
  ["Upendra Dwiedi", "Upendra Dwivedi"],
  ["Dwiedi", "Dwivedi"],
  ["upendra dwivedi", null],
  ["Lt Gen Upendra Dwivedi", null],
])("api/answers: typed %j is accepted as %j", async (response, acceptedAs) => {
  const question = await createQuestion({ aliases: ["Dwivedi"] });
  const body = {
    mode: "typed",
    questionId: question.id,
    clientId: randomUUID(),
    response,
    durationMs: 5_000,
  };
  const first = await (await post(body)).json();
  expect(first).toMatchObject({ correct: true, acceptedAs });
  expect(await (await post(body)).json()).toEqual(first);
});

it("api/answers: a wrong typed answer and a quiz answer name no spelling", async () => {
  const question = await createQuestion();
  const typed = {
    mode: "typed",
    questionId: question.id,
    clientId: randomUUID(),
    response: "Manoj Pande",
    durationMs: 1,
  };
  expect(await (await post(typed)).json()).toMatchObject({ correct: false, acceptedAs: null });
  const quiz = { mode: "quiz", questionId: question.id, clientId: randomUUID(), choice: 1, durationMs: 1 };
  expect(await (await post(quiz)).json()).toMatchObject({ correct: true, acceptedAs: null });
});
