/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import "@testing-library/jest-dom";
import userEvent from "@testing-library/user-event";
import { TypedSession } from "@/app/study/typed/_components/typed-session";

// Issue 8, item 13: a typed answer accepted despite a typo got a plain "Correct!"; it now says what was accepted.
// The server side (acceptedAs in the answer's result) is covered in __tests__/fixed/typo-spelling-api.test.ts.

const question = {
  id: "q1",
  version: 1,
  kind: "person",
  topic: "Awards",
  prompt: "Who won the prize?",
  options: ["Victor", "Viktor", "Hugo", "Marcel"],
};

function feedback(acceptedAs: string | null) {
  return {
    clientId: "00000000-0000-4000-8000-000000000001",
    correct: true,
    overridden: false,
    rating: 3,
    nextDue: new Date(Date.now() + 600_000).toISOString(),
    acceptedAs,
    correctAnswer: "Victor",
    explanation: "",
    sources: [],
  };
}

beforeEach(() => {
  Object.defineProperty(global, "crypto", {
    value: { randomUUID: () => "00000000-0000-4000-8000-000000000001" },
    configurable: true,
  });
  Element.prototype.scrollIntoView = jest.fn();
});

it.each([
  ["Vicotr", "Victor", "Correct, spelt Victor"],
  ["victor", null, "Correct!"],
])("typed: %j accepted as %j reads %j", async (typed, acceptedAs, verdict) => {
  global.fetch = jest.fn(async () => ({
    status: 200,
    ok: true,
    headers: { get: () => null },
    json: async () => feedback(acceptedAs),
  })) as unknown as typeof fetch;
  const user = userEvent.setup();
  render(<TypedSession questions={[question]} />);
  await user.type(screen.getByRole("textbox", { name: question.prompt }), typed);
  await user.click(screen.getByRole("button", { name: "Check answer" }));
  expect(
    await screen.findByText((_, element) => element?.textContent === verdict && element.tagName === "P"),
  ).toBeInTheDocument();
});
