/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AttemptViewData } from "@/app/assignments/[id]/_components/attempt-types";
import { TakeAssignment } from "@/app/assignments/[id]/_components/take-assignment";

const now = new Date().toISOString();
const assignment: AttemptViewData["assignment"] = {
  id: "as1",
  title: "Polity test",
  mode: "test",
  opensAt: now,
  dueAt: new Date(Date.now() + 3_600_000).toISOString(),
  timeLimitSec: 600,
  negativeMark: 0,
  questionCount: 2,
  reveal: "submit",
};
const open: AttemptViewData = {
  assignment,
  status: "open",
  now,
  attempt: null,
  reviewAvailable: false,
  reviewAvailableAt: null,
};
const started: AttemptViewData = {
  ...open,
  status: "in_progress",
  attempt: {
    startedAt: now,
    deadlineAt: new Date(Date.now() + 600_000).toISOString(),
    submittedAt: null,
    questions: [
      { id: "q1", prompt: "Which body passed the bill?", options: ["Council", "Assembly"] },
      { id: "q2", prompt: "Which year was it passed?", options: ["2023", "2024"] },
    ],
    answers: [],
  },
};

const json = (body: unknown) => ({ ok: true, status: 200, json: async () => body });

describe("TakeAssignment", () => {
  it("TakeAssignment: a page load's answer that arrives after Start's does not put the Start button back", async () => {
    // The load's GET answers last, with the view from before the start.
    let answerLoad: (value: unknown) => void = () => {};
    const fetchMock = jest.fn((url: string, init?: RequestInit) => {
      if (init?.method === "POST" && url.endsWith("/start")) return Promise.resolve(json(started));
      return new Promise((resolve) => {
        answerLoad = resolve;
      });
    });
    global.fetch = fetchMock as unknown as typeof fetch;
    render(<TakeAssignment initial={open} opensLabel="now" dueLabel="in an hour" />);

    await userEvent.click(await screen.findByRole("button", { name: "Start" }));
    expect(await screen.findByText("Which body passed the bill?")).toBeInTheDocument();
    answerLoad(json(open));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByText("Which body passed the bill?")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start" })).not.toBeInTheDocument();
  });
});
