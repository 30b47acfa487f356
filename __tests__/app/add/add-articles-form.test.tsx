/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { AddArticlesForm } from "@/app/add/_components/add-articles-form";

const LIMITS = { maxFiles: 50, maxFileBytes: 200 * 1024, maxTotalBytes: 2 * 1024 * 1024 };

function renderForm() {
  return render(
    <AddArticlesForm
      limits={LIMITS}
      limitsSentence="Up to 50 files."
      initialProgress={null}
      initialError={null}
    />,
  );
}

/** A fetch response as the form reads it (jsdom has no Response). */
const json = (body: unknown, status = 200) =>
  Promise.resolve({ ok: status >= 200 && status < 300, status, json: async () => body });

describe("AddArticlesForm", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    Element.prototype.scrollIntoView = jest.fn();
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it("AddArticlesForm: shows how many articles are read until all are, then the report", async () => {
    const progress = [
      { done: 0, reports: [] },
      { done: 2, reports: [] },
      {
        done: 3,
        reports: ["a", "b", "c"].map((name, index) => ({
          file: `${name}.txt`,
          status: index === 2 ? "duplicate" : "added",
          questions: index === 2 ? 0 : 4,
          message: index === 2 ? "Already added." : "Added.",
          articleId: `article-${index}`,
        })),
      },
    ];
    const fetchMock = jest.fn((url: string) =>
      url === "/add/articles"
        ? json({ batchId: "batch-12345678", total: 3 }, 202)
        : json({ batchId: "batch-12345678", total: 3, ...progress.shift() }),
    );
    global.fetch = fetchMock as unknown as typeof fetch;
    renderForm();

    fireEvent.change(screen.getByLabelText("Paste one article"), { target: { value: "An article." } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Add articles" }));
    });
    expect(screen.getByRole("status")).toHaveTextContent("0 of 3 articles read…");
    expect(screen.getByLabelText("Paste one article")).toHaveValue("");
    expect(window.location.search).toBe("?batch=batch-12345678");

    for (const expected of ["0 of 3 articles read…", "2 of 3 articles read…", "2 of 3 articles added."]) {
      await act(async () => {
        await jest.advanceTimersByTimeAsync(1000);
      });
      expect(screen.getByRole("status")).toHaveTextContent(expected);
    }
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getAllByRole("link", { name: "Open article" })).toHaveLength(3);
    const polls = fetchMock.mock.calls.length;
    await act(async () => {
      await jest.advanceTimersByTimeAsync(5000);
    });
    expect(fetchMock.mock.calls.length).toBe(polls);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });

  it("AddArticlesForm: a refused upload shows the server's message and keeps the pasted text", async () => {
    global.fetch = jest.fn(() =>
      json({ error: { code: "rate_limited", message: "Try again in 12 minutes; nothing was added." } }, 429),
    ) as unknown as typeof fetch;
    renderForm();
    fireEvent.change(screen.getByLabelText("Paste one article"), { target: { value: "Keep me." } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Add articles" }));
    });
    expect(screen.getByRole("alert")).toHaveTextContent("Try again in 12 minutes; nothing was added.");
    expect(screen.getByLabelText("Paste one article")).toHaveValue("Keep me.");
  });

  it("AddArticlesForm: a network failure says so in a sentence and keeps the pasted text", async () => {
    global.fetch = jest.fn(() => Promise.reject(new TypeError("Failed to fetch"))) as unknown as typeof fetch;
    renderForm();
    fireEvent.change(screen.getByLabelText("Paste one article"), { target: { value: "Keep me too." } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Add articles" }));
    });
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The server could not be reached; nothing was added. Check your connection and try again.",
    );
    expect(screen.getByLabelText("Paste one article")).toHaveValue("Keep me too.");
  });
});
