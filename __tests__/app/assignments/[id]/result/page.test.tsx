import "../../../../support/test-database";
import { renderToStaticMarkup } from "react-dom/server";
import ResultPage from "@/app/assignments/[id]/result/page";
import { db } from "@/server/db";
import { signedInAs } from "../../../../support/next-request";
import {
  createResultsFixture,
  type ResultsFixture,
  resultsSnapshot,
} from "../../../../support/results-fixtures";

// The page reads the request's session cookie through next/headers: here, the cookie of the user under test.
jest.mock("next/headers", () => jest.requireActual("../../../../support/next-request").nextHeaders);
jest.mock("next/navigation", () => jest.requireActual("../../../../support/next-request").nextNavigation);

let fixture: ResultsFixture;

beforeAll(async () => {
  fixture = await createResultsFixture(new Date());
});
afterAll(() => db.$disconnect());

async function render(cookie: string | null, id: string): Promise<string> {
  signedInAs(cookie);
  return renderToStaticMarkup(await ResultPage({ params: Promise.resolve({ id }) }));
}

/** The keys and explanations of the fixture's questions. */
const KEYS = ["Repo rate", "Mara Lind", "Article 370", "Lok Sabha", "Explained:"];

describe("student's result page", () => {
  it("result page: the score, each question with the student's answer, the key, why, its source, and the class average", async () => {
    const html = await render(fixture.users.s1.cookie, fixture.assignments.x.id);
    expect(html).toContain("Your result: Weekly test: economy and polity");
    expect(html).toMatch(/Your score<\/dt><dd[^>]*>1.5 <span[^>]*>of 4<\/span>/);
    expect(html).toMatch(/Class average<\/dt><dd[^>]*>1.33<\/dd>/);
    expect(html).toContain("Class average over 3 submitted attempts.");
    expect(html).toMatch(/Your answer: <\/dt><dd[^>]*>Article 356<\/dd>/);
    expect(html).toMatch(/Correct answer: <\/dt><dd[^>]*>Article 370<\/dd>/);
    expect(html).toMatch(/Your answer: <\/dt><dd[^>]*>none<\/dd>/);
    expect(html).toContain("Explained: Mara Lind.");
    expect(html).toMatch(/<a class="text-brand-700 underline" href="\/articles\/[^"]+">Economy<\/a>/);
  });

  it.each([
    ["a test in progress", "s2", "y", "You have not submitted this assignment yet."],
    ["a test not started", "s1", "y", "You have not started this assignment."],
    ["a test submitted, revealed at the due time", "s1", "z", "appear here after the due time"],
  ] as const)(
    "result page: %s says why, and no key is in the page",
    async (_name, who, assignment, message) => {
      const html = await render(fixture.users[who].cookie, fixture.assignments[assignment].id);
      expect(html).toContain("No result to show yet");
      expect(html).toContain(message);
      for (const key of KEYS) expect(html).not.toContain(key);
    },
  );

  it.each([
    ["a student outside its classes", "s3"],
    ["its teacher", "teacherA"],
  ] as const)("result page: %s gets 404 and nothing changes", async (_who, key) => {
    const before = await resultsSnapshot();
    await expect(render(fixture.users[key].cookie, fixture.assignments.x.id)).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
    expect(await resultsSnapshot()).toBe(before);
  });

  it("result page: signed out, it sends to sign-in and back", async () => {
    const id = fixture.assignments.x.id;
    await expect(render(null, id)).rejects.toThrow(
      `NEXT_REDIRECT /sign-in?next=${encodeURIComponent(`/assignments/${id}/result`)}`,
    );
  });
});
