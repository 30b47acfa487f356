/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import userEvent from "@testing-library/user-event";
import { QuizSession } from "@/app/study/quiz/_components/quiz-session";

// Issue 8, item 11: after "Check answer" the page jumped to the Next button under every source, so on a question
// with several sources the verdict and the answer scrolled off the screen; copies of one sentence showed twice.

const question = {
  id: "q1",
  version: 1,
  kind: "venue",
  topic: "Diplomacy",
  prompt: "Where was the SCO summit held?",
  options: ["Astana", "Tromso", "Oslo", "Bishkek"],
};
const sentence = "The Harbour summit was held in Tromso on Saturday.";
const feedback = {
  clientId: "00000000-0000-4000-8000-000000000001",
  correct: true,
  overridden: false,
  rating: 3,
  nextDue: new Date(Date.now() + 600_000).toISOString(),
  correctAnswer: "Tromso",
  explanation: "China hosted it.",
  sources: [
    { articleId: "a1", articleTitle: "Wire copy", sentence },
    { articleId: "a2", articleTitle: "Same wire copy", sentence: `${sentence.toUpperCase()} ` },
    {
      articleId: "a3",
      articleTitle: "Another paper",
      sentence: "The Harbour summit was held in Tromso on Saturday",
    },
    { articleId: "a4", articleTitle: "Meetings", sentence: "Leaders met on the sidelines in Tromso." },
  ],
};

beforeEach(() => {
  global.fetch = jest.fn(async () => ({
    status: 200,
    ok: true,
    headers: { get: () => null },
    json: async () => feedback,
  })) as unknown as typeof fetch;
  Object.defineProperty(global, "crypto", {
    value: { randomUUID: () => "00000000-0000-4000-8000-000000000001" },
    configurable: true,
  });
  Element.prototype.scrollIntoView = jest.fn();
});

it("quiz: the verdict, the answer and Next come before the sources, in view, and each statement shows once", async () => {
  const user = userEvent.setup();
  render(<QuizSession questions={[question]} />);
  await user.click(screen.getByRole("radio", { name: /Tromso/ }));
  await user.click(screen.getByRole("button", { name: "Check answer" }));
  const status = screen.getByRole("status");
  const verdict = await within(status).findByText("Correct!");
  const answer = within(status).getByText(/^Answer:/);
  const next = within(status).getByRole("button", { name: "Finish" });
  const firstSource = within(status).getAllByRole("link", { name: /^Source: / })[0];
  if (!firstSource) throw new Error("no source link");
  for (const early of [verdict, answer, next]) {
    expect(early.compareDocumentPosition(firstSource) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }
  // Scrolled to the verdict's block (verdict, answer, Next), and Next has the focus without scrolling past it.
  const scrolled = (Element.prototype.scrollIntoView as jest.Mock).mock.contexts as Element[];
  expect(scrolled.some((element) => element.contains(verdict) && element.contains(next))).toBe(true);
  expect(next).toHaveFocus();

  expect(within(status).getAllByText(/^“/)).toHaveLength(2);
  expect(within(status).getAllByText(/held in Tromso on Saturday/i)).toHaveLength(1);
  expect(within(status).getByText(/Leaders met on the sidelines/)).toBeInTheDocument();
  expect(
    within(status)
      .getAllByRole("link", { name: /^Source: / })
      .map((link) => link.textContent),
  ).toEqual(["Source: Wire copy", "Source: Same wire copy", "Source: Another paper", "Source: Meetings"]);
});
