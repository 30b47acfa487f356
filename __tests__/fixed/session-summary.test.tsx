/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import userEvent from "@testing-library/user-event";
import { FlashcardSession } from "@/app/study/flashcards/_components/flashcard-session";
import { QuizSession } from "@/app/study/quiz/_components/quiz-session";

// Issue 8, item 12: a session ended with "Done: 18 answered." and nothing else, and a card rated Again did not
// come back in the session.

const questions = ["Tromso", "Astana", "Bishkek"].map((answer, index) => ({
  id: `q${index + 1}`,
  version: 1,
  kind: "venue",
  topic: "Diplomacy",
  prompt: `Question ${index + 1}: where?`,
  options: ["Tromso", "Astana", "Bishkek", "Tashkent"],
  answer,
}));

/** The server's verdict for a choice: right when the option is the question's answer. */
function verdictFor(body: { questionId: string; choice?: number; clientId: string }) {
  const question = questions.find((item) => item.id === body.questionId);
  const correct = body.choice !== undefined && question?.options[body.choice] === question?.answer;
  return {
    clientId: body.clientId,
    correct,
    overridden: false,
    rating: correct ? 3 : 1,
    nextDue: new Date(Date.now() + 600_000).toISOString(),
    correctAnswer: question?.answer ?? "",
    back: question?.answer ?? "",
    explanation: "",
    sources: [
      {
        articleId: `a-${body.questionId}`,
        articleTitle: `Report ${body.questionId}`,
        sentence: `It was ${question?.answer}.`,
      },
    ],
  };
}

let ids = 0;
let now = 1_000_000;

beforeEach(() => {
  global.fetch = jest.fn(async (_url: string, init: { body: string }) => ({
    status: 200,
    ok: true,
    headers: { get: () => null },
    json: async () => verdictFor(JSON.parse(init.body)),
  })) as unknown as typeof fetch;
  Object.defineProperty(global, "crypto", {
    value: { randomUUID: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, "0")}` },
    configurable: true,
  });
  Element.prototype.scrollIntoView = jest.fn();
  jest.spyOn(Date, "now").mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

async function answer(user: ReturnType<typeof userEvent.setup>, option: string) {
  await user.click(screen.getByRole("radio", { name: new RegExp(option) }));
  await user.click(screen.getByRole("button", { name: "Check answer" }));
  await screen.findByText(/^(Correct!|Not quite\.)$/);
  now += 20_000;
  await user.click(screen.getByRole("button", { name: /^(Next question|Finish)$/ }));
}

it("quiz: a wrong answer comes back later; the end shows score, time and the missed questions; Review my mistakes studies them", async () => {
  const user = userEvent.setup({ advanceTimers: () => {} });
  render(<QuizSession questions={questions} />);
  expect(screen.getByText(/^Question 1 of 3/)).toBeInTheDocument();
  await answer(user, "Tromso"); // q1 right
  await answer(user, "Tashkent"); // q2 wrong: comes back
  expect(screen.getByText("Question 3: where?")).toBeInTheDocument();
  expect(screen.getByText(/^Question 3 of 4/)).toBeInTheDocument();
  await answer(user, "Bishkek"); // q3 right
  expect(screen.getByText("Question 2: where?")).toBeInTheDocument();
  expect(screen.getByText(/^Question 4 of 4 · Diplomacy · again$/)).toBeInTheDocument();
  await answer(user, "Astana"); // q2 right the second time

  const summary = await screen.findByRole("region", { name: "Session complete" });
  expect(within(summary).getByText("2 of 3 (67%)")).toBeInTheDocument();
  expect(within(summary).getByText("1 min 20 s")).toBeInTheDocument();
  const missed = within(summary).getByRole("list", { name: "Questions missed" });
  expect(
    within(missed)
      .getAllByRole("listitem")
      .filter((item) => item.parentElement === missed),
  ).toHaveLength(1);
  expect(missed).toHaveTextContent("Question 2: where?");
  expect(missed).toHaveTextContent("Answer: Astana");
  expect(within(missed).getByRole("link", { name: "Source: Report q2" })).toHaveAttribute(
    "href",
    "/articles/a-q2",
  );
  expect(screen.queryByText(/Done: \d+ answered/)).not.toBeInTheDocument();

  await user.click(within(summary).getByRole("button", { name: "Review my mistakes" }));
  expect(screen.getByText(/^Question 1 of 1/)).toBeInTheDocument();
  expect(screen.getByText("Question 2: where?")).toBeInTheDocument();
  await answer(user, "Astana");
  const again = await screen.findByRole("region", { name: "Session complete" });
  expect(within(again).getByText("1 of 1 (100%)")).toBeInTheDocument();
  expect(within(again).getByText("No mistakes this time.")).toBeInTheDocument();
});

it("flashcards: a card rated Again comes back after the cards in between, then the session ends with it as missed", async () => {
  const cards = questions.slice(0, 2).map((question) => ({
    id: question.id,
    version: question.version,
    topic: question.topic,
    front: question.prompt,
    intervals: { again: "1m", hard: "6m", good: "10m", easy: "8d" },
  }));
  const user = userEvent.setup();
  render(<FlashcardSession cards={cards} />);
  const rate = async (label: string) => {
    await user.click(screen.getByRole("button", { name: "Show answer" }));
    await user.click(await screen.findByRole("button", { name: new RegExp(`^${label},`) }));
    await act(async () => {});
  };
  await rate("Again");
  expect(await screen.findByText("Question 2: where?")).toBeInTheDocument();
  await rate("Good");
  expect(await screen.findByText("Question 1: where?")).toBeInTheDocument();
  expect(screen.getByText(/^Card 3 of 3 · Diplomacy · again$/)).toBeInTheDocument();
  await rate("Good");
  const summary = await screen.findByRole("region", { name: "Session complete" });
  expect(within(summary).getByText("1 of 2 (50%)")).toBeInTheDocument();
  expect(within(summary).getByRole("list", { name: "Questions missed" })).toHaveTextContent("Answer: Tromso");
});
