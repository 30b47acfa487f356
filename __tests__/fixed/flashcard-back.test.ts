import "../support/test-database";
import { randomUUID } from "node:crypto";
import answers from "@/pages/api/answers";
import { getStudyFlashcards } from "@/server/data/study-questions";
import { db } from "@/server/db";
import { signUp } from "../support/auth-client";
import { nodeRoute } from "../support/node-route";
import { createQuestion } from "../support/study-fixtures";

// Issue 8, item 9: the flashcard page sent every card's back (the answer) to the browser with its front, before
// anything was recorded, which also gave away the quiz's answers.
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
  cookie = (await signUp({ name: "Flip", email: "flip@example.com", password: "correct horse battery" }))
    .cookie;
});
afterAll(() => db.$disconnect());

it("flashcards page: its cards carry the front only, never the back or the sources", async () => {
  const question = await createQuestion({ answer: "Secret Answer" });
  const cards = await getStudyFlashcards({
    questionIds: [question.id],
    userId: (await db.user.findFirstOrThrow()).id,
  });
  expect(cards).toHaveLength(1);
  expect(Object.keys(cards[0] ?? {}).sort()).toEqual(["front", "id", "topic", "version"]);
  expect(JSON.stringify(cards)).not.toContain("Secret Answer");
});

it("api/answers: the flip is recorded before the back is sent, and the rating re-rates that one review", async () => {
  const question = await createQuestion({ answer: "Secret Answer" });
  const clientId = randomUUID();
  const flip = { mode: "flashcard", questionId: question.id, clientId, durationMs: 4_000 };
  const revealed = await post(flip);
  expect(revealed.status).toBe(200);
  expect(await revealed.json()).toMatchObject({ back: "Secret Answer", correct: false, rating: 1 });
  const logged = await db.reviewLog.findMany({ where: { card: { questionId: question.id } } });
  expect(logged).toMatchObject([{ clientId, rating: 1, correct: false, response: "revealed" }]);

  const rated = await (await post({ ...flip, rating: 3 })).json();
  expect(rated).toMatchObject({ clientId, back: "Secret Answer", correct: true, rating: 3 });
  const reviews = await db.reviewLog.findMany({ where: { card: { questionId: question.id } } });
  expect(reviews).toMatchObject([
    { clientId, rating: 3, correct: true, response: "good", overridden: false },
  ]);
  const card = await db.card.findFirstOrThrow({ where: { questionId: question.id } });
  // Scheduled as a first review rated Good (a lapse from the flip's Again would count here).
  expect(card).toMatchObject({ reps: 1, lapses: 0 });
  expect(new Date(rated.nextDue).getTime()).toBe(card.due.getTime());
  expect(card.due.getTime() - new Date(rated.reviewedAt).getTime()).toBeGreaterThan(5 * 60_000);

  // The same rating again (a retry) changes nothing.
  expect(await (await post({ ...flip, rating: 3 })).json()).toEqual(rated);
  expect(await db.reviewLog.count({ where: { card: { questionId: question.id } } })).toBe(1);
});

it("api/answers: a flip never rated stays recorded as Again; a rating under another question's flip is a conflict", async () => {
  const [first, second] = [await createQuestion(), await createQuestion()];
  const clientId = randomUUID();
  expect((await post({ mode: "flashcard", questionId: first.id, clientId, durationMs: 1 })).status).toBe(200);
  const wrong = await post({ mode: "flashcard", questionId: second.id, clientId, durationMs: 1, rating: 4 });
  expect(wrong.status).toBe(409);
  expect(await db.reviewLog.findMany({ where: { clientId } })).toMatchObject([
    { rating: 1, response: "revealed" },
  ]);
});
