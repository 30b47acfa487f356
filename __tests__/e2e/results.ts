// Browser flow of results (issue 9), run by run.ts after sign-up at both viewports: a class, an assignment and
// its attempts are stored straight into the app's database, then the signed-in student reads their result, and
// the demo teacher (made by the seed) reads the results page and downloads the CSV.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { parse } from "csv-parse/sync";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { PrismaClient } from "../../prisma/generated/client";
import { expect, freshRequest, type Page } from "./driver";

interface ResultsViewport {
  name: string;
  width: number;
  height: number;
  timeZone: string;
}

type ResultsFlow = (
  page: Page,
  viewport: ResultsViewport,
  base: string,
  databaseUrl: string,
) => Promise<void>;

const SHOTS = path.join(process.cwd(), "test-results", "e2e");
const HOUR = 60 * 60 * 1000;
const FORMULA_NAME = '=HYPERLINK("http://evil.example","x")';

async function noHorizontalScroll(page: Page, viewport: ResultsViewport): Promise<void> {
  if (viewport.width > 400) return;
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > viewport.width)
    throw new Error(`page is ${width}px wide at a ${viewport.width}px viewport (${page.url()})`);
}

interface Seeded {
  assignmentId: string;
  title: string;
  /** The key of the question the student got wrong, shown on their result. */
  missedKey: string;
  studentEmail: string;
  studentName: string;
}

/**
 * The signed-in student's class with the demo teacher: an assignment of three questions with negative marking
 * 0.5, the student's submitted attempt (1 right, 1 wrong, 1 blank = 0.5), a classmate with full marks whose
 * name is a spreadsheet formula, and one who has not started.
 */
async function seed(db: PrismaClient, viewport: ResultsViewport, studentEmail: string): Promise<Seeded> {
  const teacherEmail = DEMO_ACCOUNTS.find((account) => account.role === "teacher")?.email ?? "";
  const [teacher, student] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: teacherEmail } }),
    db.user.findUniqueOrThrow({ where: { email: studentEmail } }),
  ]);
  const questions = await db.question.findMany({
    where: { retiredAt: null },
    orderBy: { id: "asc" },
    take: 3,
  });
  if (questions.length < 3) throw new Error("results flow: the seed has fewer than 3 questions");
  const stamp = `${viewport.name}-${Date.now()}`;
  const classmates = await Promise.all(
    [FORMULA_NAME, "Ravi Notstarted"].map((name, index) =>
      db.user.create({
        data: { id: `e2e-${stamp}-${index}`, name, email: `e2e-${stamp}-${index}@example.test` },
      }),
    ),
  );
  const now = Date.now();
  const klass = await db.class.create({
    data: {
      name: `E2E class ${viewport.name}`,
      teacherId: teacher.id,
      joinCode: `E2E${stamp.replace(/\W/g, "").toUpperCase()}`,
      members: { create: [student, ...classmates].map((user) => ({ userId: user.id })) },
    },
  });
  const title = `E2E results ${viewport.name}`;
  const assignment = await db.assignment.create({
    data: {
      title,
      createdById: teacher.id,
      mode: "test",
      reveal: "submit",
      negativeMark: 0.5,
      opensAt: new Date(now - 24 * HOUR),
      dueAt: new Date(now + 24 * HOUR),
      classes: { create: { classId: klass.id } },
      questions: {
        create: questions.map((question, position) => ({
          questionId: question.id,
          version: question.version,
          position,
        })),
      },
    },
  });
  const wrongOption = (answer: string, options: string) =>
    (JSON.parse(options) as string[]).find((option) => option !== answer) ?? `${answer}?`;
  const [first, second] = questions as [(typeof questions)[0], (typeof questions)[0]];
  const attempt = (userId: string, answers: [string, string, boolean][]) =>
    db.attempt.create({
      data: {
        assignmentId: assignment.id,
        userId,
        startedAt: new Date(now - 2 * HOUR),
        deadlineAt: new Date(now + 24 * HOUR),
        submittedAt: new Date(now - 2 * HOUR + 10 * 60_000),
        layout: "{}",
        answers: {
          create: answers.map(([questionId, choice, correct], index) => ({
            questionId,
            choice,
            correct,
            clientId: `e2e-${stamp}-${userId}-${index}`,
            answeredAt: new Date(now - 2 * HOUR + (index + 1) * 60_000),
          })),
        },
      },
    });
  await attempt(student.id, [
    [first.id, first.answer, true],
    [second.id, wrongOption(second.answer, second.options), false],
  ]);
  await attempt(
    classmates[0]?.id ?? "",
    questions.map((question) => [question.id, question.answer, true]),
  );
  return {
    assignmentId: assignment.id,
    title,
    missedKey: second.answer,
    studentEmail,
    studentName: student.name,
  };
}

async function signedInEmail(page: Page, base: string): Promise<string> {
  const response = await freshRequest(page).get(`${base}/api/auth/get-session`);
  const session = (await response.json()) as { user?: { email?: string } } | null;
  if (!session?.user?.email) throw new Error("results flow: the page is not signed in");
  return session.user.email;
}

type CsvRow = Record<string, string>;

export const RESULTS_FLOWS: [string, ResultsFlow][] = [
  [
    "results: the student's result, the teacher's results and CSV",
    async (page, viewport, base, databaseUrl) => {
      const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
      let seeded: Seeded;
      try {
        seeded = await seed(db, viewport, await signedInEmail(page, base));
      } finally {
        await db.$disconnect();
      }

      // The student: their score, the key of the question they missed, the class average.
      await page.goto(`${base}/assignments/${seeded.assignmentId}/result`);
      await expect(page.getByRole("heading", { name: `Your result: ${seeded.title}` })).toBeVisible();
      await expect(page.getByText(/^0\.5 of 3$/)).toBeVisible();
      await expect(page.getByText("Class average over 2 submitted attempts.")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Your answers" })).toBeVisible();
      await expect(page.getByText(seeded.missedKey, { exact: true }).first()).toBeVisible();
      await expect(page.getByText("Not answered")).toBeVisible();
      await noHorizontalScroll(page, viewport);
      await page.screenshot({
        path: path.join(SHOTS, `${viewport.name}-results-student.png`),
        fullPage: true,
      });

      // The teacher, in a browser of their own.
      const browser = page.context().browser();
      if (!browser) throw new Error("results flow: no browser");
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        locale: "en-GB",
        timezoneId: viewport.timeZone,
        acceptDownloads: true,
      });
      try {
        const teacher = await context.newPage();
        teacher.setDefaultTimeout(10_000);
        const problems: string[] = [];
        teacher.on("pageerror", (error) => problems.push(String(error)));
        teacher.on("console", (message) => {
          if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
            problems.push(`CSP violation: ${message.text()}`);
          }
        });
        await teacher.goto(
          `${base}/sign-in?next=${encodeURIComponent(`/assignments/${seeded.assignmentId}/results`)}`,
        );
        await teacher.getByLabel("Email").fill(DEMO_ACCOUNTS.find((a) => a.role === "teacher")?.email ?? "");
        await teacher.getByLabel("Password").fill(DEMO_PASSWORD);
        await teacher.getByRole("button", { name: "Sign in" }).click();
        await expect(teacher.getByRole("heading", { name: `Results: ${seeded.title}` })).toBeVisible({
          timeout: 15_000,
        });
        await expect(teacher.getByRole("heading", { name: "Finished: 2" })).toBeVisible();
        await expect(teacher.getByRole("heading", { name: "Not started: 1" })).toBeVisible();
        await expect(
          teacher.getByRole("img", {
            name: "2 finished attempts out of 3: average 1.75, median 1.75, lowest 0.5, highest 3.",
          }),
        ).toBeVisible();
        await expect(
          teacher.getByRole("table").filter({ hasText: "Score distribution as a table" }),
        ).toBeVisible();
        const students = teacher.getByRole("region", { name: "Students" });
        await expect(
          students.getByRole("row").filter({ hasText: seeded.studentEmail }).getByText("0.5 / 3"),
        ).toBeVisible();
        await noHorizontalScroll(teacher, viewport);
        await teacher.screenshot({
          path: path.join(SHOTS, `${viewport.name}-results-teacher.png`),
          fullPage: true,
        });

        // The student's page in the class, from their name.
        await students.getByRole("link", { name: seeded.studentName, exact: true }).click();
        await expect(teacher.getByRole("heading", { name: "Mastery by topic" })).toBeVisible();
        await expect(teacher.getByRole("link", { name: seeded.title })).toBeVisible();
        await expect(teacher.getByText(/^0\.5 \/ 3$/)).toBeVisible();
        await expect(teacher.getByRole("meter").first()).toBeVisible();
        await noHorizontalScroll(teacher, viewport);
        await teacher.screenshot({
          path: path.join(SHOTS, `${viewport.name}-results-class-student.png`),
          fullPage: true,
        });
        await teacher.goBack();
        await expect(teacher.getByRole("heading", { name: `Results: ${seeded.title}` })).toBeVisible();

        const [download] = await Promise.all([
          teacher.waitForEvent("download"),
          teacher.getByRole("link", { name: "Download CSV" }).click(),
        ]);
        const expectedName = `results-e2e-results-${viewport.name}.csv`;
        if (download.suggestedFilename() !== expectedName) {
          throw new Error(`downloaded ${download.suggestedFilename()}, expected ${expectedName}`);
        }
        const rows = parse(await readFile(await download.path()), { bom: true, columns: true }) as CsvRow[];
        const byEmail = new Map(rows.map((row) => [row.Email, row]));
        const mine = byEmail.get(seeded.studentEmail);
        const got = [mine?.Status, mine?.Score, mine?.Max, mine?.Correct, mine?.Wrong, mine?.Unanswered];
        if (
          rows.length !== 3 ||
          JSON.stringify(got) !== JSON.stringify(["Finished", "0.5", "3", "1", "1", "1"])
        ) {
          throw new Error(`CSV has ${rows.length} rows; the student's figures are ${JSON.stringify(got)}`);
        }
        const names = rows.map((row) => row.Name);
        if (!names.includes(`'${FORMULA_NAME}`) || names.some((name) => /^[=+\-@]/.test(name ?? ""))) {
          throw new Error(`CSV names are not guarded against formulas: ${JSON.stringify(names)}`);
        }
        if (problems.length) throw new Error(`teacher's page: ${problems.join("; ")}`);
      } finally {
        await context.close();
      }
    },
  ],
];
