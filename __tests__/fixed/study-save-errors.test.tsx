/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom";
import userEvent from "@testing-library/user-event";
import { FlashcardSession } from "@/app/study/flashcards/_components/flashcard-session";
import { QuizSession } from "@/app/study/quiz/_components/quiz-session";
import { TypedSession } from "@/app/study/typed/_components/typed-session";

// Issue 8, items 4 and 10: a 503 (the database's write lock was held) failed the answer, and an offline answer
// showed a raw "Failed to fetch" with no way to retry but answering again.

const question = {
  id: "q1",
  version: 1,
  kind: "person",
  topic: "Defence",
  prompt: "Who was named the chief of army staff?",
  options: ["Manoj Pande", "Upendra Dwivedi", "Dinesh Tripathi", "A P Singh"],
};
const card = {
  id: "q1",
  version: 1,
  topic: "Defence",
  front: "Chief of army staff?",
  intervals: { again: "1m", hard: "6m", good: "10m", easy: "8d" },
};
const feedback = {
  clientId: "00000000-0000-4000-8000-000000000001",
  correct: true,
  overridden: false,
  rating: 3,
  nextDue: new Date(Date.now() + 600_000).toISOString(),
  correctAnswer: "Upendra Dwivedi",
  explanation: "",
  back: "Upendra Dwivedi",
  sources: [
    { articleId: "a1", articleTitle: "New army chief", sentence: "Upendra Dwivedi was named chief." },
  ],
};

function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    json: async () => body,
  };
}
const busy = () => reply(503, { error: { code: "unavailable", message: "busy" } }, { "retry-after": "0" });
const offline = () => Promise.reject(new TypeError("Failed to fetch"));

let fetchMock: jest.Mock;
let ids = 0;
const sentIds = () => fetchMock.mock.calls.map((call) => JSON.parse(String(call[1]?.body)).clientId);

beforeEach(() => {
  fetchMock = jest.fn();
  global.fetch = fetchMock as unknown as typeof fetch;
  Object.defineProperty(global, "crypto", {
    value: { randomUUID: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, "0")}` },
    configurable: true,
  });
  Element.prototype.scrollIntoView = jest.fn();
});

describe("study pages: saving an answer", () => {
  it("quiz: a 503 is retried by itself with the same client id, and the verdict shows", async () => {
    fetchMock
      .mockImplementationOnce(async () => busy())
      .mockImplementationOnce(async () => reply(200, feedback));
    const user = userEvent.setup();
    render(<QuizSession questions={[question]} />);
    await user.click(screen.getByRole("radio", { name: /Upendra Dwivedi/ }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    await screen.findByText("Correct!");
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(new Set(sentIds()).size).toBe(1);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("quiz: offline, a sentence a person understands and a Try again that resends the same answer", async () => {
    fetchMock.mockImplementationOnce(offline).mockImplementationOnce(async () => reply(200, feedback));
    const user = userEvent.setup();
    render(<QuizSession questions={[question]} />);
    await user.click(screen.getByRole("radio", { name: /Upendra Dwivedi/ }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/not saved.*online/i);
    expect(alert).not.toHaveTextContent("Failed to fetch");
    const retry = screen.getByRole("button", { name: "Try again" });
    expect(retry).toHaveFocus();
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    await user.click(retry);
    await screen.findByText("Correct!");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(sentIds()).toHaveLength(2);
    expect(new Set(sentIds()).size).toBe(1);
  });

  it("quiz: a 503 that outlasts the automatic retries says so, and Try again keeps the client id", async () => {
    fetchMock
      .mockImplementationOnce(async () => busy())
      .mockImplementationOnce(async () => busy())
      .mockImplementationOnce(async () => busy())
      .mockImplementationOnce(async () => reply(200, feedback));
    const user = userEvent.setup();
    render(<QuizSession questions={[question]} />);
    await user.click(screen.getByRole("radio", { name: /Upendra Dwivedi/ }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("busy");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByText("Correct!");
    expect(sentIds()).toHaveLength(4);
    expect(new Set(sentIds()).size).toBe(1);
  });

  it("typed: offline, Try again resends the same answer", async () => {
    fetchMock.mockImplementationOnce(offline).mockImplementationOnce(async () => reply(200, feedback));
    const user = userEvent.setup();
    render(<TypedSession questions={[question]} />);
    await user.type(screen.getByRole("textbox", { name: question.prompt }), "Upendra Dwivedi");
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/online/);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByText("Correct!");
    expect(new Set(sentIds()).size).toBe(1);
  });

  it("flashcards: offline, Try again resends the same flip, then the same rating", async () => {
    fetchMock
      .mockImplementationOnce(offline)
      .mockImplementationOnce(async () => reply(200, feedback))
      .mockImplementationOnce(offline)
      .mockImplementationOnce(async () => reply(200, feedback));
    const user = userEvent.setup();
    render(<FlashcardSession cards={[card]} />);
    await user.click(screen.getByRole("button", { name: "Show answer" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/online/);
    expect(screen.queryByText("Upendra Dwivedi")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await user.click(await screen.findByRole("button", { name: /^Easy/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/online/);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("heading", { name: "Session complete" });
    const ratings = fetchMock.mock.calls.map((call) => JSON.parse(String(call[1]?.body)).rating);
    expect(ratings).toEqual([undefined, undefined, 4, 4]);
    await waitFor(() => expect(new Set(sentIds()).size).toBe(1));
  });
});
