/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QuestionEditor } from "@/app/teach/questions/_components/question-editor";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh, push: jest.fn() }) }));

const initial = {
  prompt: "Who chairs the council?",
  answer: "Meera Rao",
  aliases: ["Rao"],
  options: ["Meera Rao", "Anil Kapoor", "Lata Iyer"],
  explanation: "Elected in June.",
};

let fetchMock: jest.Mock;
const reply = (status: number, body: unknown) =>
  fetchMock.mockResolvedValueOnce({ ok: status < 300, status, json: async () => body });

beforeEach(() => {
  fetchMock = jest.fn();
  global.fetch = fetchMock;
  refresh.mockClear();
});

const renderEditor = () =>
  render(<QuestionEditor target={{ mode: "edit", questionId: "q1", version: 3 }} initial={initial} />);

describe("QuestionEditor", () => {
  it("QuestionEditor: sends the edited content with the version it started from, then the next version", async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.clear(screen.getByLabelText("Explanation"));
    await user.type(screen.getByLabelText("Explanation"), "Elected unopposed.");
    await user.type(screen.getByLabelText("Other accepted answers"), "\nM. Rao");
    reply(200, { version: 4, changed: true });
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Saved as version 4.")).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe("/api/teach/questions/q1");
    expect(init.method).toBe("PATCH");
    expect(JSON.parse(String(init.body))).toEqual({
      version: 3,
      content: { ...initial, aliases: ["Rao", "M. Rao"], explanation: "Elected unopposed." },
    });
    expect(refresh).toHaveBeenCalled();

    reply(200, { version: 5, changed: true });
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(JSON.parse(String((fetchMock.mock.calls[1] as [string, RequestInit])[1].body)).version).toBe(4);
  });

  it("QuestionEditor: a refused save names the field and keeps everything typed; a conflict says so", async () => {
    const user = userEvent.setup();
    renderEditor();
    const answer = screen.getByLabelText("Answer");
    await user.clear(answer);
    await user.type(answer, "Someone Else");
    reply(422, {
      error: {
        code: "invalid_input",
        message: "content.answer: The answer must be one of the options, spelt the same way.",
        fields: { "content.answer": ["The answer must be one of the options, spelt the same way."] },
      },
    });
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/must be one of the options/);
    expect(answer).toHaveAttribute("aria-invalid", "true");
    expect(answer).toHaveAccessibleDescription(/must be one of the options/);
    expect(answer).toHaveValue("Someone Else");
    expect(screen.getByLabelText("Explanation")).toHaveValue("Elected in June.");

    reply(409, {
      error: { code: "conflict", message: "Someone saved a newer version of this question (version 4)." },
    });
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/newer version/);
    expect(answer).toHaveValue("Someone Else");
    expect(refresh).not.toHaveBeenCalled();
  });

  it("QuestionEditor: offers 2 to 6 options", async () => {
    const user = userEvent.setup();
    renderEditor();
    const add = screen.getByRole("button", { name: "Add an option" });
    await user.click(add);
    await user.click(add);
    await user.click(add);
    expect(screen.getAllByRole("textbox", { name: /^Option \d$/ })).toHaveLength(6);
    expect(add).toBeDisabled();
    for (const index of [6, 5, 4, 3])
      await user.click(screen.getByRole("button", { name: `Remove option ${index}` }));
    expect(screen.getAllByRole("textbox", { name: /^Option \d$/ })).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Remove option 1" })).toBeDisabled();
  });
});
