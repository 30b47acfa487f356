// Issue 8, item 8: /api/answers and /api/answers/override accepted any Origin and any Content-Type, so another
// site could make a signed-in visitor's browser record or override answers (a form post needs no preflight).
import "../support/test-database";
import { randomUUID } from "node:crypto";
import { POST as postOverride } from "@/app/api/answers/override/route";
import answers from "@/pages/api/answers";
import { db } from "@/server/db";
import { signUp } from "../support/auth-client";
import { nodeRoute } from "../support/node-route";
import { createQuestion } from "../support/study-fixtures";

const postAnswer = nodeRoute(answers);
const APP = "http://localhost:3000";

let cookie = "";
beforeAll(async () => {
  cookie = (
    await signUp({ name: "Visitor", email: "visitor@example.com", password: "correct horse battery" })
  ).cookie;
});
afterAll(() => db.$disconnect());

const requests: [string, Record<string, string>, (body: string) => string, number][] = [
  ["no Origin", { "content-type": "application/json" }, (body) => body, 403],
  [
    "another site's Origin",
    { origin: "https://evil.example", "content-type": "application/json" },
    (b) => b,
    403,
  ],
  [
    "a look-alike Origin",
    { origin: "http://localhost:3000.evil.example", "content-type": "application/json" },
    (b) => b,
    403,
  ],
  ["Origin null (sandboxed frame)", { origin: "null", "content-type": "application/json" }, (b) => b, 403],
  ["a form post (text/plain)", { origin: APP, "content-type": "text/plain" }, (b) => b, 415],
  [
    "a form post (urlencoded)",
    { origin: APP, "content-type": "application/x-www-form-urlencoded" },
    (b) => `data=${encodeURIComponent(b)}`,
    415,
  ],
  [
    "a form post (multipart)",
    { origin: APP, "content-type": "multipart/form-data; boundary=x" },
    (b) => `--x\r\n\r\n${b}\r\n--x--`,
    415,
  ],
  ["no Content-Type", { origin: APP }, (b) => b, 415],
];

describe("cross-site requests to the answer routes", () => {
  it.each(requests)(
    "api/answers: %s is refused and nothing is stored",
    async (_name, headers, encode, status) => {
      const question = await createQuestion();
      const clientId = randomUUID();
      const body = JSON.stringify({
        mode: "quiz",
        questionId: question.id,
        clientId,
        choice: 1,
        durationMs: 1000,
      });
      const response = await postAnswer(
        new Request(`${APP}/api/answers`, {
          method: "POST",
          headers: { ...headers, cookie },
          body: encode(body),
        }),
      );
      expect(response.status).toBe(status);
      expect(await db.reviewLog.count({ where: { clientId } })).toBe(0);
    },
  );

  it.each(requests)("api/answers/override: %s is refused", async (_name, headers, encode, status) => {
    const body = JSON.stringify({ clientId: randomUUID() });
    const response = await postOverride(
      new Request(`${APP}/api/answers/override`, {
        method: "POST",
        headers: { ...headers, cookie },
        body: encode(body),
      }),
    );
    expect(response.status).toBe(status);
  });

  it("api/answers: the app's own page (same Origin, JSON with a charset) is accepted", async () => {
    const question = await createQuestion();
    const clientId = randomUUID();
    const response = await postAnswer(
      new Request(`${APP}/api/answers`, {
        method: "POST",
        headers: { origin: APP, "content-type": "application/json; charset=utf-8", cookie },
        body: JSON.stringify({
          mode: "quiz",
          questionId: question.id,
          clientId,
          choice: 1,
          durationMs: 1000,
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await db.reviewLog.count({ where: { clientId } })).toBe(1);
  });
});
