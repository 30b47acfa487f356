/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom";
import userEvent from "@testing-library/user-event";
import { FlashcardSession } from "@/app/study/flashcards/_components/flashcard-session";
import { QuizSession } from "@/app/study/quiz/_components/quiz-session";

const question = {
  id: "q1",
  version: 1,
  kind: "person",
  topic: "Defence",
  prompt: "Who was named the chief of army staff?",
  options: ["Manoj Pande", "Upendra Dwivedi", "Dinesh Tripathi", "A P Singh"],
};

const feedback = {
  clientId: "id",
  correct: false,
  overridden: false,
  rating: 1,
  nextDue: new Date(Date.now() + 60_000).toISOString(),
  correctAnswer: "Upendra Dwivedi",
  explanation: "He took over in June.",
  back: "Upendra Dwivedi",
  sources: [
    { articleId: "a1", articleTitle: "New army chief", sentence: "Upendra Dwivedi was named chief." },
  ],
};

let fetchMock: jest.Mock;

/** jsdom has no Response; the components read status, ok, headers.get and json(). */
function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    json: async () => body,
  };
}

beforeEach(() => {
  // jsdom has no Response; the components only read ok and json().
  fetchMock = jest.fn(async () => reply(200, feedback));
  global.fetch = fetchMock as unknown as typeof fetch;
  Object.defineProperty(global, "crypto", {
    value: { randomUUID: () => "00000000-0000-4000-8000-000000000000" },
    configurable: true,
  });
});

describe("QuizSession", () => {
  it("quiz: keys 1-4 choose, Enter submits, feedback shows the answer and the source link", async () => {
    const user = userEvent.setup();
    render(<QuizSession questions={[question]} />);
    expect(screen.getByRole("group", { name: question.prompt })).toBeInTheDocument();
    await user.keyboard("3");
    expect(screen.getByRole("radio", { name: /Dinesh Tripathi/ })).toBeChecked();
    await user.keyboard("{Enter}");

    await screen.findByText("Not quite.");
    const sent = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(sent).toMatchObject({
      mode: "quiz",
      questionId: "q1",
      version: 1,
      choice: 2,
      clientId: expect.any(String),
    });
    expect(screen.getByRole("status")).toHaveTextContent("Upendra Dwivedi");
    expect(screen.getByRole("link", { name: /New army chief/ })).toHaveAttribute("href", "/articles/a1");

    // Wrong is rated Again: the question comes back later in the session.
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByText(/^Question 2 of 2 · Defence · again$/)).toBeInTheDocument());
  });

  it("quiz: the check button waits for a choice", () => {
    render(<QuizSession questions={[question]} />);
    expect(screen.getByRole("button", { name: "Check answer" })).toBeDisabled();
  });
});

describe("FlashcardSession", () => {
  const card = {
    id: "q1",
    version: 1,
    topic: "Defence",
    front: "Chief of army staff?",
    intervals: { again: "1m", hard: "6m", good: "10m", easy: "8d" },
  };

  it("flashcards: flips, shows the source, and each rating button names its next interval", async () => {
    const user = userEvent.setup();
    render(<FlashcardSession cards={[card]} />);
    expect(screen.queryByText("Upendra Dwivedi")).not.toBeInTheDocument();
    await user.keyboard(" ");
    expect(await screen.findByText("Upendra Dwivedi")).toBeInTheDocument();
    expect(screen.getByText(/“Upendra Dwivedi was named chief\.”/)).toBeInTheDocument();
    for (const [label, interval] of [
      ["Again", "1m"],
      ["Hard", "6m"],
      ["Good", "10m"],
      ["Easy", "8d"],
    ]) {
      expect(screen.getByRole("button", { name: `${label}, next in ${interval}` })).toBeInTheDocument();
    }
    await user.click(screen.getByRole("button", { name: /^Easy/ }));
    await screen.findByRole("heading", { name: "Session complete" });
    expect(JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body))).toMatchObject({
      mode: "flashcard",
      rating: 4,
    });
  });

  it("flashcards: key 1 rates Again once flipped", async () => {
    const user = userEvent.setup();
    render(<FlashcardSession cards={[card]} />);
    await user.keyboard("1");
    expect(fetchMock).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    await screen.findByRole("button", { name: /^Again/ });
    await user.keyboard("1");
    await screen.findByText("Rated Again: this card comes back later.");
    expect(JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body))).toMatchObject({ rating: 1 });
  });
});
