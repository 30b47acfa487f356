import "../../../../support/test-database";
import { parse } from "csv-parse/sync";
import { GET } from "@/app/assignments/[id]/results.csv/route";
import { getAssignmentResults } from "@/server/assignments/results";
import { db } from "@/server/db";
import {
  createResultsFixture,
  type ResultsFixture,
  resultsSnapshot,
} from "../../../../support/results-fixtures";

let fixture: ResultsFixture;

beforeAll(async () => {
  fixture = await createResultsFixture(new Date());
});
afterAll(() => db.$disconnect());

function download(assignmentId: string, cookie?: string): Promise<Response> {
  return GET(
    new Request(`http://localhost:3000/assignments/${assignmentId}/results.csv`, {
      headers: cookie ? { cookie } : {},
    }),
    { params: Promise.resolve({ id: assignmentId }) },
  );
}

type Row = Record<string, string>;

async function rowsOf(response: Response): Promise<Row[]> {
  return parse(await response.text(), { bom: true, columns: true }) as Row[];
}

describe("GET /assignments/[id]/results.csv", () => {
  it("results.csv: a CSV attachment named after the assignment", async () => {
    const response = await download(fixture.assignments.x.id, fixture.users.teacherA.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="results-weekly-test-economy-and-polity.csv"',
    );
  });

  it("results.csv: parsed back, one row per student with the figures of the results page", async () => {
    const response = await download(fixture.assignments.x.id, fixture.users.teacherA.cookie);
    const rows = await rowsOf(response);
    const results = await getAssignmentResults({
      user: { ...fixture.users.teacherA, name: "", role: "teacher" },
      assignmentId: fixture.assignments.x.id,
      now: new Date(),
    });
    expect(rows).toHaveLength(results.students.length);
    const columns = Object.keys(rows[0] ?? {});
    expect(columns.slice(0, 12)).toEqual([
      "Name",
      "Email",
      "Class",
      "Status",
      "Started",
      "Submitted",
      "Time taken (s)",
      "Score",
      "Max",
      "Correct",
      "Wrong",
      "Unanswered",
    ]);
    expect(columns.slice(12)).toEqual(results.questions.map((q) => `Q${q.position}: ${q.prompt}`));
    for (const [index, student] of results.students.entries()) {
      const row = rows[index] as Row;
      expect(row.Email).toBe(student.email);
      expect(row.Class).toBe("Class A");
      expect(row.Score).toBe(student.marks ? String(student.marks.score) : "");
      expect(row.Correct).toBe(student.marks ? String(student.marks.correct) : "");
      expect(row.Wrong).toBe(student.marks ? String(student.marks.wrong) : "");
      expect(row.Unanswered).toBe(student.marks ? String(student.marks.unanswered) : "");
      expect(row.Max).toBe("4");
      expect(row.Started).toBe(student.startedAt ?? "");
      expect(row.Submitted).toBe(student.finishedAt ?? "");
      expect(row["Time taken (s)"]).toBe(student.timeTakenSec === null ? "" : String(student.timeTakenSec));
      expect(columns.slice(12).map((column) => row[column])).toEqual(student.choices.map((c) => c ?? ""));
    }
    const byEmail = new Map(rows.map((row) => [row.Email, row]));
    expect(byEmail.get(fixture.users.s1.email)).toMatchObject({
      Name: "Asha Student",
      Status: "Finished",
      Score: "1.5",
      Correct: "2",
      Wrong: "1",
      Unanswered: "1",
      "Q1: Economy question 1?": "Repo rate",
      "Q4: Polity question 2?": "",
    });
    expect(byEmail.get(fixture.users.s2.email)).toMatchObject({
      Status: "Finished (time ran out)",
      Score: "-1.5",
      "Time taken (s)": "3600",
    });
    expect(byEmail.get(fixture.users.s6.email)).toMatchObject({
      Status: "Not started",
      Score: "",
      Started: "",
    });
  });

  it("results.csv: names a spreadsheet would run as formulas are written as text", async () => {
    const rows = await rowsOf(await download(fixture.assignments.x.id, fixture.users.teacherA.cookie));
    const names = rows.map((row) => row.Name);
    expect(names).toEqual(
      expect.arrayContaining(['\'=HYPERLINK("http://evil.example","Chitra")', "'+Deepak", "'@Esha"]),
    );
    for (const row of rows) {
      for (const cell of Object.values(row)) {
        expect(cell).not.toMatch(/^[=+@\t\r]/);
        // A leading minus only on a number (a negative score).
        if (cell.startsWith("-")) expect(Number.isFinite(Number(cell))).toBe(true);
      }
    }
  });

  it.each([
    ["another teacher", "teacherB", 404],
    ["an admin who teaches none of its classes", "admin", 404],
    ["a student of the class", "s1", 404],
    ["a student outside it", "s3", 404],
    ["someone signed out", null, 403],
  ] as const)("results.csv: %s is refused and nothing changes", async (_who, key, status) => {
    const before = await resultsSnapshot();
    const response = await download(fixture.assignments.x.id, key ? fixture.users[key].cookie : undefined);
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toContain("Repo rate");
    expect(text).not.toContain("Asha");
    expect(await resultsSnapshot()).toBe(before);
  });

  it("results.csv: an unknown assignment is 404; an admin teaching one of its classes gets that class only", async () => {
    expect((await download("no-such-assignment", fixture.users.teacherA.cookie)).status).toBe(404);
    expect((await download("x".repeat(500), fixture.users.teacherA.cookie)).status).toBe(404);
    const rows = await rowsOf(await download(fixture.assignments.y.id, fixture.users.admin.cookie));
    expect(rows.map((row) => [row.Name, row.Class, row.Score])).toEqual([
      ["Farid in class C", "Class C", "0"],
    ]);
  });
});
