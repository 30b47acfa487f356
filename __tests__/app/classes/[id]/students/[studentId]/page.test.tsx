import "../../../../../support/test-database";
import { renderToStaticMarkup } from "react-dom/server";
import StudentPage from "@/app/classes/[id]/students/[studentId]/page";
import { db } from "@/server/db";
import { signedInAs } from "../../../../../support/next-request";
import {
  createResultsFixture,
  type ResultsFixture,
  resultsSnapshot,
} from "../../../../../support/results-fixtures";

// The page reads the request's session cookie through next/headers: here, the cookie of the user under test.
jest.mock("next/headers", () => jest.requireActual("../../../../../support/next-request").nextHeaders);
jest.mock("next/navigation", () => jest.requireActual("../../../../../support/next-request").nextNavigation);

let fixture: ResultsFixture;

beforeAll(async () => {
  fixture = await createResultsFixture(new Date());
});
afterAll(() => db.$disconnect());

async function render(cookie: string | null, studentId = fixture.users.s1.id): Promise<string> {
  signedInAs(cookie);
  return renderToStaticMarkup(
    await StudentPage({ params: Promise.resolve({ id: fixture.classes.classA.id, studentId }) }),
  );
}

describe("class student page", () => {
  it("student page: results across the class's assignments and mastery by topic", async () => {
    const html = await render(fixture.users.teacherA.cookie);
    expect(html).toContain("Asha Student</h1>");
    expect(html).toContain(
      `href="/assignments/${fixture.assignments.x.id}/results">Weekly test: economy and polity`,
    );
    expect(html).toMatch(/Score<\/dt><dd[^>]*>1.5 \/ 4<\/dd>/);
    expect(html).toMatch(/Status<\/dt><dd>Not started<\/dd>/);
    expect(html).toContain(
      'role="meter" aria-label="economy accuracy" aria-valuemin="0" aria-valuemax="100" aria-valuenow="75"',
    );
    expect(html).toContain(
      'aria-label="polity accuracy" aria-valuemin="0" aria-valuemax="100" aria-valuenow="50"',
    );
    expect(html).toContain("2 right, 1 wrong, 1 blank of 4");
    expect(html).toContain("1 mastered of 2 studied");
  });

  it.each([
    ["another teacher", "teacherB"],
    ["an admin who does not teach the class", "admin"],
    ["the student", "s1"],
    ["another student of the class", "s2"],
  ] as const)("student page: %s gets 404 and nothing changes", async (_who, key) => {
    const before = await resultsSnapshot();
    await expect(render(fixture.users[key].cookie)).rejects.toThrow("NEXT_NOT_FOUND");
    expect(await resultsSnapshot()).toBe(before);
  });

  it("student page: a student outside the class is 404 for its teacher", async () => {
    await expect(render(fixture.users.teacherA.cookie, fixture.users.s3.id)).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
  });
});
