// Teachers, students, sets and calls to the class and assignment route handlers. Import after test-database.
import { db } from "@/server/db";
import { signUp } from "./auth-client";

const ORIGIN = "http://localhost:3000";
const password = "correct horse battery";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** POSTs JSON to a route handler as the app's own page would (same origin, JSON), signed in with `cookie`. */
export function postJson<P>(
  handler: Handler<P>,
  options: { path: string; cookie: string; body?: unknown; params?: P; headers?: Record<string, string> },
): Promise<Response> {
  const { path, cookie, body = {}, params, headers = {} } = options;
  return handler(
    new Request(`${ORIGIN}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, cookie, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve(params ?? ({} as P)) },
  );
}

export function getJson<P>(handler: Handler<P>, options: { path: string; cookie: string; params: P }) {
  return handler(new Request(`${ORIGIN}${options.path}`, { headers: { cookie: options.cookie } }), {
    params: Promise.resolve(options.params),
  });
}

/** A signed-up account with `role` (set in the database before its first request, as an admin would). */
export async function account(name: string, role: "student" | "teacher" = "student") {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@example.com`;
  const { cookie, response } = await signUp({ name, email, password });
  if (!response.ok) throw new Error(`sign-up of ${name} failed: ${response.status}`);
  const user = await db.user.update({ where: { email }, data: { role }, select: { id: true } });
  return { id: user.id, cookie, name };
}

let stories = 0;

/** A library story with `count` questions (answer "Answer i" among four options) in a set owned by `ownerId`. */
export async function questionSet(ownerId: string, count: number, title = "Set") {
  stories += 1;
  const story = await db.story.create({
    data: { title: `Story ${stories}`, topic: "Polity", visibility: "library" },
  });
  const questions = [];
  for (let index = 0; index < count; index++) {
    questions.push(
      await db.question.create({
        data: {
          factKey: `class-fixture-${stories}-${index}`,
          kind: "who",
          prompt: `Question ${stories}.${index}?`,
          answer: `Answer ${index}`,
          aliases: "[]",
          options: JSON.stringify([
            `Answer ${index}`,
            `Wrong ${index}a`,
            `Wrong ${index}b`,
            `Wrong ${index}c`,
          ]),
          explanation: `Secret explanation ${stories}.${index}`,
          topic: "Polity",
          storyId: story.id,
          score: 1,
          flashcardFront: "front",
          flashcardBack: "back",
          clozeText: "_____",
        },
      }),
    );
  }
  const set = await db.questionSet.create({
    data: {
      ownerId,
      title,
      items: { create: questions.map((question, position) => ({ questionId: question.id, position })) },
    },
  });
  return { set, questions };
}
