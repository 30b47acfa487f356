// Browser flow of classes and a timed test (run by run.ts after sign-up, at both viewports): the demo teacher
// makes a class and sets a 1-minute test with negative marking; the student signed up by run.ts joins with the
// code, starts, answers, reloads and resumes, and is cut off when the time runs out. Question sets have no page on
// this branch, so the teacher's set is written to the database; so is the attempt's deadline, moved a few
// seconds ahead instead of waiting out the minute.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { type Browser, expect, freshRequest, type Page } from "./driver";

interface ClassViewport {
  name: string;
  width: number;
  height: number;
  timeZone: string;
}

/** `databaseUrl` is the served app's database: the flow writes the teacher's set and the moved deadline to it. */
type ClassFlow = (page: Page, viewport: ClassViewport, base: string, databaseUrl: string) => Promise<void>;

function withDatabase<T>(databaseUrl: string, work: (database: Database.Database) => T): T {
  const database = new Database(databaseUrl.replace(/^file:/, ""), { timeout: 5_000 });
  try {
    return work(database);
  } finally {
    database.close();
  }
}

/** As Prisma's SQLite adapter stores a DateTime. */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** A set of three library questions (the seeded samples), owned by the demo teacher. */
function insertSet(databaseUrl: string, title: string): void {
  withDatabase(databaseUrl, (database) => {
    const teacher = database
      .prepare("SELECT id FROM users WHERE email = ?")
      .pluck()
      .get("teacher@example.com");
    const questions = database
      .prepare(
        `SELECT q.id FROM questions q JOIN stories s ON s.id = q.story_id
         WHERE q.retired_at IS NULL AND s.visibility = 'library' ORDER BY q.id LIMIT 3`,
      )
      .pluck()
      .all() as string[];
    if (typeof teacher !== "string" || questions.length < 3) throw new Error("no demo teacher or questions");
    const setId = randomUUID();
    const now = sqliteDate(new Date());
    database
      .prepare(
        "INSERT INTO question_sets (id, owner_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
      )
      .run(setId, teacher, title, now, now);
    const item = database.prepare(
      "INSERT INTO question_set_items (set_id, question_id, position) VALUES (?, ?, ?)",
    );
    questions.forEach((questionId, position) => {
      item.run(setId, questionId, position);
    });
  });
}

async function noHorizontalScroll(page: Page, viewport: ClassViewport): Promise<void> {
  if (viewport.width > 400) return;
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > viewport.width)
    throw new Error(`page is ${width}px wide at a ${viewport.width}px viewport (${page.url()})`);
}

async function teacherPage(page: Page, viewport: ClassViewport, base: string): Promise<Page> {
  const browser = page.context().browser() as Browser;
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: "en-GB",
    timezoneId: viewport.timeZone,
  });
  const teacher = await context.newPage();
  teacher.setDefaultTimeout(10_000);
  await teacher.goto(`${base}/sign-in?next=/classes`);
  await teacher.getByLabel("Email").fill("teacher@example.com");
  await teacher.getByLabel("Password").fill("study-demo-2025");
  await teacher.getByRole("button", { name: "Sign in" }).click();
  await teacher.waitForURL((url) => url.pathname === "/classes", { timeout: 15_000 });
  return teacher;
}

const classTest: ClassFlow = async (page, viewport, base, databaseUrl) => {
  const className = `E2E class ${viewport.name} ${Date.now()}`;
  const title = `Timed test ${viewport.name} ${Date.now()}`;
  const teacher = await teacherPage(page, viewport, base);
  let code = "";
  try {
    // The teacher makes a class and reads its code.
    await expect(teacher.getByRole("heading", { name: "Classes you teach" })).toBeVisible();
    await teacher.getByLabel("New class").fill(className);
    await teacher.getByRole("button", { name: "Make class" }).click();
    const made = teacher.getByRole("status").getByText(/Its join code is [A-Z0-9]{7}\./);
    await expect(made).toBeVisible();
    code = /join code is ([A-Z0-9]{7})/.exec((await made.textContent()) ?? "")?.[1] ?? "";
    await noHorizontalScroll(teacher, viewport);

    // ... and gives a set to it as a 1-minute test with UPSC negative marking.
    insertSet(databaseUrl, `E2E set ${viewport.name}`);
    await teacher.goto(`${base}/assignments/new`);
    await teacher.getByLabel("Title").fill(title);
    await teacher
      .getByLabel("Question set")
      .selectOption({ label: `E2E set ${viewport.name} (3 questions)` });
    await teacher.getByRole("checkbox", { name: new RegExp(`^${className}`) }).check();
    await teacher.getByLabel("Time limit (minutes)").fill("1");
    await teacher
      .getByLabel("Negative marking (per wrong answer)")
      .selectOption({ label: "1/3 of a mark (as in UPSC prelims)" });
    await noHorizontalScroll(teacher, viewport);
    await teacher.getByRole("button", { name: "Set assignment" }).click();
    await teacher.waitForURL((url) => url.pathname === "/assignments");
    await expect(teacher.getByText(title)).toBeVisible();
  } finally {
    await teacher.context().close();
  }

  // The student joins with the code.
  await page.goto(`${base}/classes`);
  await page.getByLabel("Class code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("heading", { name: className })).toBeVisible();

  // The test is in their list; they start it and answer two questions.
  await page.goto(`${base}/assignments`);
  const entry = page.getByRole("link", { name: new RegExp(title) });
  await expect(entry.getByText("Open")).toBeVisible();
  await entry.click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText(/3 questions · 1 minute · 0.33 marks off per wrong answer/)).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByText("Question 1 of 3 · 0 answered")).toBeVisible();
  await expect(page.getByText(/^Time left /)).toBeVisible();
  await page.getByRole("radio").first().check();
  await expect(page.getByRole("status").getByText("Answer saved.")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Question 2 of 3 · 1 answered")).toBeVisible();
  await page.getByRole("radio").nth(1).check();
  await expect(page.getByText("Question 2 of 3 · 2 answered")).toBeVisible();
  await noHorizontalScroll(page, viewport);
  await page.screenshot({ path: `test-results/e2e/${viewport.name}-class-test.png`, fullPage: true });

  // A reload resumes with the saved answers.
  await page.reload();
  await expect(page.getByText("Question 1 of 3 · 2 answered")).toBeVisible();
  await expect(page.getByRole("radio").first()).toBeChecked();
  await expect(page.getByRole("button", { name: "Question 2, answered" })).toBeVisible();

  // Instead of waiting out the minute, the stored deadline moves to 3 seconds from now; the page learns of it on
  // reload, and the server cuts the test off then.
  const assignmentId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  withDatabase(databaseUrl, (database) => {
    database
      .prepare("UPDATE attempts SET deadline_at = ? WHERE assignment_id = ?")
      .run(sqliteDate(new Date(Date.now() + 3_000)), assignmentId);
  });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Submitted" })).toBeVisible({ timeout: 15_000 });
  await expect(
    page.getByText(/Time ran out, so the answers you had saved were submitted\. 2 of 3 answered\./),
  ).toBeVisible();
  const view = await (await freshRequest(page).get(`${base}/api/assignments/${assignmentId}`)).json();
  const unanswered = view.attempt.questions[2].id;
  const late = await freshRequest(page).post(`${base}/api/assignments/${assignmentId}/answers`, {
    headers: { origin: base, "content-type": "application/json" },
    data: { questionId: unanswered, choice: 0, clientId: randomUUID() },
  });
  if (late.status() !== 409)
    throw new Error(`an answer after the deadline got ${late.status()}, expected 409`);
  await noHorizontalScroll(page, viewport);
  await page.screenshot({ path: `test-results/e2e/${viewport.name}-class-test-cut-off.png`, fullPage: true });
};

export const CLASS_FLOWS: [string, ClassFlow][] = [["class and timed test", classTest]];
