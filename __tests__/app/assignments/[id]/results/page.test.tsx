import "../../../../support/test-database";
import { renderToStaticMarkup } from "react-dom/server";
import ResultsPage from "@/app/assignments/[id]/results/page";
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

async function render(cookie: string | null, id = fixture.assignments.x.id): Promise<string> {
  signedInAs(cookie);
  return renderToStaticMarkup(await ResultsPage({ params: Promise.resolve({ id }) }));
}

describe("assignment results page", () => {
  it("results page: who has finished, the distribution as a chart and as a table, each student and question", async () => {
    const html = await render(fixture.users.teacherA.cookie);
    expect(html).toContain("Results: Weekly test: economy and polity");
    expect(html).toContain(">Finished: 3</h3>");
    expect(html).toContain(
      '>In progress: 1</h3><ul class="mt-1 space-y-0.5 text-sm [overflow-wrap:anywhere]"><li>+Deepak</li></ul>',
    );
    expect(html).toContain(">Not started: 1</h3>");
    // The chart is named by the summary before it; the table says the same in text.
    expect(html).toMatch(/<svg role="img" aria-labelledby="distribution-summary"/);
    expect(html).toMatch(
      /<p id="distribution-summary"[^>]*>3 finished attempts out of 4: average 1.33, median 1.5, lowest -1.5, highest 4.<\/p>/,
    );
    expect(html).toMatch(/<th scope="row"[^>]*>-2 to under -1<\/th><td[^>]*>1<\/td>/);
    expect(html).toMatch(/<th scope="row"[^>]*>4 \(full marks\)<\/th><td[^>]*>1<\/td>/);
    // The students' table scrolls inside a labelled, focusable region, not the page.
    expect(html).toMatch(/<section aria-labelledby="students-heading" tabindex="0" class="overflow-x-auto/);
    expect(html).toContain(`href="/classes/${fixture.classes.classA.id}/students/${fixture.users.s1.id}"`);
    expect(html).toContain("1.5 / 4");
    expect(html).toContain("-1.5 / 4");
    expect(html).toContain("time ran out");
    expect(html).toContain("Article 356 (2 students)");
    expect(html).toContain(`href="/assignments/${fixture.assignments.x.id}/results.csv"`);
    // Names are text, never markup.
    expect(html).toContain("=HYPERLINK(&quot;http://evil.example&quot;,&quot;Chitra&quot;)");
  });

  it.each([
    ["another teacher", "teacherB"],
    ["an admin who teaches none of its classes", "admin"],
    ["a student of the class", "s1"],
    ["a student outside it", "s3"],
  ] as const)("results page: %s gets 404 and nothing changes", async (_who, key) => {
    const before = await resultsSnapshot();
    await expect(render(fixture.users[key].cookie)).rejects.toThrow("NEXT_NOT_FOUND");
    expect(await resultsSnapshot()).toBe(before);
  });

  it("results page: signed out, it sends to sign-in and back", async () => {
    const id = fixture.assignments.x.id;
    await expect(render(null)).rejects.toThrow(
      `NEXT_REDIRECT /sign-in?next=${encodeURIComponent(`/assignments/${id}/results`)}`,
    );
  });

  it("results page: an unknown or malformed id is 404", async () => {
    await expect(render(fixture.users.teacherA.cookie, "no-such-assignment")).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
    await expect(render(fixture.users.teacherA.cookie, "x".repeat(500))).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
