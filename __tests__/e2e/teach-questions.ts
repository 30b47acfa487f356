// Browser flow of the teacher's question tools (run by run.ts at both viewports, after the student flows): the
// demo teacher builds a set and edits a question (and sees its history); the demo student reports a question
// after answering it; the teacher finds the report and resolves it. Each role has its own browser context, so
// the signed-up student of the other flows stays signed in.
import path from "node:path";
import Database from "better-sqlite3";
import { type Browser, expect, type Page } from "./driver";

interface Viewport {
  name: string;
  width: number;
  height: number;
  timeZone: string;
}
type Flow = (page: Page, viewport: Viewport, base: string, databaseUrl: string) => Promise<void>;

const SHOTS = path.join(process.cwd(), "test-results", "e2e");
const DEMO_PASSWORD = "study-demo-2025";

async function shot(page: Page, viewport: Viewport, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${viewport.name}-${name}.png`), fullPage: true });
}

async function noHorizontalScroll(page: Page, viewport: Viewport): Promise<void> {
  if (viewport.width > 400) return;
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > viewport.width)
    throw new Error(`page is ${width}px wide at a ${viewport.width}px viewport (${page.url()})`);
}

async function signedIn(browser: Browser, viewport: Viewport, base: string, email: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: "en-GB",
    timezoneId: viewport.timeZone,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 15_000 });
  return page;
}

function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** A library story the seed imported (no owner) that has questions. */
function seededStory(databaseUrl: string): string {
  const database = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true });
  try {
    const row = database
      .prepare<[], { id: string }>(
        `SELECT s.id FROM stories s WHERE s.owner_id IS NULL AND s.visibility = 'library'
           AND (SELECT COUNT(*) FROM questions q WHERE q.story_id = s.id AND q.retired_at IS NULL) >= 2
         ORDER BY s.created_at, s.id LIMIT 1`,
      )
      .get();
    if (!row) throw new Error("no seeded library story with questions");
    return row.id;
  } finally {
    database.close();
  }
}

export const TEACH_FLOWS: [string, Flow][] = [
  [
    "teach: edit a question, build a set, review a student's report",
    async (page, viewport, base, databaseUrl) => {
      const browser = page.context().browser();
      if (!browser) throw new Error("no browser behind the page");
      const teacher = await signedIn(browser, viewport, base, "teacher@example.com");
      const student = await signedIn(browser, viewport, base, "student@example.com");
      try {
        // The Teach entry is the teacher's, not the student's.
        await expect(
          student.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }),
        ).toBeVisible();
        if (await student.getByRole("link", { name: "Teach" }).count())
          throw new Error("a student sees Teach");
        const denied = await student.goto(`${base}/teach/questions`);
        if (denied?.status() !== 404)
          throw new Error(`a student got ${denied?.status()} on /teach/questions`);

        // A set to collect questions in.
        await teacher.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teach" }).click();
        await expect(teacher.getByRole("heading", { name: "Questions", exact: true })).toBeVisible();
        await teacher.getByRole("navigation", { name: "Teach" }).getByRole("link", { name: "Sets" }).click();
        const setTitle = `Revision ${viewport.name} ${Date.now()}`;
        await teacher.getByLabel("Title").fill(setTitle);
        await teacher.getByLabel("Description").fill("Made by the browser test.");
        await teacher.getByRole("button", { name: "Create set" }).click();
        await expect(teacher.getByRole("heading", { name: setTitle })).toBeVisible();

        // Browse: as the quiz shows it, the answer hidden until asked for. A seeded library story (owned by
        // nobody), whose reports reach every teacher: other flows publish stories of their own teachers.
        await teacher.goto(`${base}/teach/questions?story=${encodeURIComponent(seededStory(databaseUrl))}`);
        const cards = teacher.getByRole("article");
        await expect(cards.first()).toBeVisible();
        const first = cards.nth(0);
        const second = cards.nth(1);
        if (await first.getByText("Answer", { exact: true }).count())
          throw new Error("the answer shows before asked");
        await first.getByRole("button", { name: "Show answer" }).click();
        await expect(first.getByText("Answer", { exact: true })).toBeVisible();
        await expect(first.getByRole("link").filter({ hasNotText: /^Edit/ }).first()).toBeVisible();
        const prompts: string[] = [];
        for (const card of [first, second]) {
          prompts.push((await card.getAttribute("aria-label")) ?? "");
          await card.getByLabel("Set").selectOption({ label: setTitle });
          await card.getByRole("button", { name: "Add to set" }).click();
          await expect(
            card.getByRole("status").getByText(`Added to ${setTitle}`, { exact: false }),
          ).toBeVisible();
        }
        await noHorizontalScroll(teacher, viewport);
        await shot(teacher, viewport, "teach-questions");

        // Edit the first: a mistake is explained and loses nothing; the fix is saved as a new version.
        await first.getByRole("link", { name: /^Edit/ }).click();
        await expect(teacher.getByRole("heading", { name: "Edit question" })).toBeVisible();
        const explanation = `Checked against the source (${viewport.name}).`;
        await teacher.getByLabel("Explanation").fill(explanation);
        const answer = teacher.getByLabel("Answer", { exact: true });
        const rightAnswer = await answer.inputValue();
        await answer.fill("Nobody at all");
        await teacher.getByRole("button", { name: "Save changes" }).click();
        await expect(teacher.getByRole("alert").getByText(/must be one of the options/)).toBeVisible();
        await expect(teacher.getByLabel("Explanation")).toHaveValue(explanation);
        await answer.fill(rightAnswer);
        await teacher.getByRole("button", { name: "Save changes" }).click();
        await expect(teacher.getByRole("status").getByText(/^Saved as version \d+\.$/)).toBeVisible();
        const history = teacher.getByRole("region", { name: "History" });
        await expect(history.getByText(/^Version \d+: edited by Demo Teacher$/)).toBeVisible();
        await expect(history.getByText(explanation).first()).toBeVisible();
        await expect(history.getByText(/^Version 1: as generated$/)).toBeVisible();
        // The story the edited question belongs to (a library story): the student studies it below.
        const storyHref =
          (await teacher.locator('main a[href^="/sets/story"]').first().getAttribute("href")) ?? "";
        const storySet = decodeURIComponent(storyHref.replace(/^\/sets\//, ""));
        if (!storySet.startsWith("story:")) throw new Error(`no story link on the edit page (${storyHref})`);
        await noHorizontalScroll(teacher, viewport);
        await shot(teacher, viewport, "teach-edit");

        // The set: both questions, in the order added; move the second up, then remove it.
        await teacher.goto(`${base}/teach/sets`);
        await teacher.getByRole("link", { name: new RegExp(setTitle) }).click();
        const items = teacher
          .getByRole("listitem")
          .filter({ has: teacher.getByRole("button", { name: /^Remove/ }) });
        await expect(items.nth(1)).toBeVisible();
        await expect(items.nth(0).getByText(prompts[0] ?? "", { exact: false })).toBeVisible();
        await items
          .nth(1)
          .getByRole("button", { name: /^Move up/ })
          .click();
        await expect(teacher.getByRole("status").getByText("Moved question 2 to position 1.")).toBeVisible();
        await expect(items.nth(0).getByText(prompts[1] ?? "", { exact: false })).toBeVisible();
        await items
          .nth(0)
          .getByRole("button", { name: /^Remove/ })
          .click();
        await expect(teacher.getByRole("status").getByText("Question removed from the set.")).toBeVisible();
        await expect(teacher.getByRole("heading", { name: "1 question" })).toBeVisible();
        await noHorizontalScroll(teacher, viewport);
        await shot(teacher, viewport, "teach-set");

        // The student answers a question, then reports it.
        await student.goto(`${base}/study/quiz?set=${encodeURIComponent(storySet)}`);
        await expect(student.getByRole("radio").first()).toBeVisible();
        await student.getByRole("radio").first().check();
        await student.getByRole("button", { name: "Check answer" }).click();
        await expect(student.getByRole("status").getByText(/^(Correct!|Not quite\.)$/)).toBeVisible();
        await student.getByRole("button", { name: "Report a problem with this question" }).click();
        const dialog = student.getByRole("dialog", { name: "Report this question" });
        await expect(dialog).toBeVisible();
        await dialog.getByRole("radio", { name: /^Ambiguous/ }).check();
        const note = `Two options fit (${viewport.name}).`;
        await dialog.getByLabel("Note (optional)").fill(note);
        await noHorizontalScroll(student, viewport);
        await shot(student, viewport, "teach-report-dialog");
        await dialog.getByRole("button", { name: "Send report" }).click();
        const sent = student.getByText(
          /^(Thanks: your report was sent to the teachers\.|Your report was updated\.)$/,
        );
        const refused = dialog.getByRole("alert").filter({ hasText: /\S/ });
        await expect(sent.or(refused)).toBeVisible();
        if (await refused.count()) throw new Error(`the report was refused: ${await refused.textContent()}`);

        // The teacher sees it, opens the question, and resolves the report.
        await teacher.goto(`${base}/teach/reports`);
        const reportCard = teacher.getByRole("article").filter({ hasText: note });
        await expect(reportCard).toBeVisible();
        await expect(reportCard.getByText("Ambiguous")).toBeVisible();
        await noHorizontalScroll(teacher, viewport);
        await shot(teacher, viewport, "teach-reports");
        await reportCard.getByRole("button", { name: /^Mark resolved/ }).click();
        await expect(reportCard.getByText(/^Resolved/)).toBeVisible();
        await teacher
          .getByRole("article")
          .filter({ hasText: note })
          .getByRole("link", { name: /^Open question/ })
          .click();
        await expect(teacher.getByRole("heading", { name: "Edit question" })).toBeVisible();

        const errors = [...pageErrors(teacher), ...pageErrors(student)];
        if (errors.length) throw new Error(`uncaught page errors: ${errors.join("; ")}`);
      } finally {
        await teacher.context().close();
        await student.context().close();
      }
    },
  ],
];
