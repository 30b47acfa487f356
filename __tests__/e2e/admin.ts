// Browser flow of who teaches (issue 9), at both viewports (run by run.ts): someone signs up as a teacher and sees
// the request pending; an admin approves it on /admin; the new teacher adds an article and publishes it to the
// library, where another account then reads it. Each person has their own browser context (their own cookies).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, expect, type Page } from "./driver";

interface AdminViewport {
  name: string;
  width: number;
  height: number;
  timeZone: string;
}

/** Makes an account admin the way an instance's operator does: `npm run admin -- grant EMAIL admin`. */
export type GrantAdmin = (email: string) => void;
type AdminFlow = (page: Page, viewport: AdminViewport, base: string) => Promise<void>;

/** A different article at each viewport: both run against one database. */
const ARTICLE: Record<string, string> = { desktop: "appoint", mobile: "award" };
const READ_TIMEOUT = 60_000;
const PASSWORD = "e2e-password-123";

async function noHorizontalScroll(page: Page, viewport: AdminViewport): Promise<void> {
  if (viewport.width > 400) return;
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > viewport.width)
    throw new Error(`page is ${width}px wide at a ${viewport.width}px viewport (${page.url()})`);
}

/** A browser context of its own, like the run's main one (viewport, locale, time zone). */
async function newPerson(browser: Browser, viewport: AdminViewport): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: "en-GB",
    timezoneId: viewport.timeZone,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function signUp(
  page: Page,
  base: string,
  account: { name: string; email: string; teacher: boolean },
): Promise<void> {
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(PASSWORD);
  if (account.teacher) await page.getByRole("checkbox", { name: "I am a teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"), { timeout: 15_000 });
}

export function adminFlows(grantAdmin: GrantAdmin): [string, AdminFlow][] {
  return [
    [
      "teachers: sign up as a teacher, approved by an admin, publish to the library",
      async (page, viewport, base) => {
        const browser = page.context().browser();
        if (!browser) throw new Error("no browser behind the page");
        const tag = `${viewport.name}-${Date.now()}-${randomBytes(3).toString("hex")}`;
        const teacherName = `Teacher ${viewport.name}`;
        const teacher = { name: teacherName, email: `teach-${tag}@example.com`, teacher: true };
        const admin = { name: `Admin ${viewport.name}`, email: `admin-${tag}@example.com`, teacher: false };
        const asTeacher = await newPerson(browser, viewport);
        const asAdmin = await newPerson(browser, viewport);
        try {
          // Signed up as a teacher: pending, still a student, no way into /admin.
          await signUp(asTeacher, base, teacher);
          await expect(asTeacher.getByText(/^Your request to teach is pending/)).toBeVisible();
          const closed = await asTeacher.goto(`${base}/admin`);
          if (closed?.status() !== 404) throw new Error(`/admin answered ${closed?.status()} to a student`);
          await noHorizontalScroll(asTeacher, viewport);

          // An admin approves the request on /admin.
          await signUp(asAdmin, base, admin);
          grantAdmin(admin.email);
          await asAdmin.goto(`${base}/`);
          // Admins reach it from the header, beside Sign out (the tab bar keeps the study sections).
          await asAdmin.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
          await expect(asAdmin.getByRole("heading", { name: "Teacher requests" })).toBeVisible();
          await noHorizontalScroll(asAdmin, viewport);
          await asAdmin.screenshot({
            path: path.join("test-results", "e2e", `${viewport.name}-admin.png`),
            fullPage: true,
          });
          await asAdmin.getByRole("button", { name: `Approve ${teacherName} (${teacher.email})` }).click();
          await expect(
            asAdmin.getByRole("status").getByText("Request approved: the account is a teacher now."),
          ).toBeVisible();
          await expect(
            asAdmin.getByRole("combobox", { name: `Role of ${teacherName} (${teacher.email})` }),
          ).toBeVisible();
          const role = await asAdmin
            .getByRole("combobox", { name: `Role of ${teacherName} (${teacher.email})` })
            .inputValue();
          if (role !== "teacher") throw new Error(`the approved account's role is ${role}`);

          // The teacher adds an article: private to them until they publish it.
          await asTeacher.goto(`${base}/`);
          await expect(asTeacher.getByRole("heading", { name: `Hello, ${teacherName}` })).toBeVisible();
          const pending = await asTeacher.getByText(/^Your request to teach is pending/).count();
          if (pending !== 0) throw new Error("the home page still says the request is pending");
          await asTeacher.goto(`${base}/add`);
          const name = ARTICLE[viewport.name] ?? "appoint";
          const text = readFileSync(
            path.join(process.cwd(), "__tests__", "questions", "fixtures", `${name}.txt`),
            "utf8",
          );
          await asTeacher.getByLabel("Paste one article").fill(text);
          await asTeacher.getByRole("button", { name: "Add articles" }).click();
          await expect(
            asTeacher.locator("#add-feedback").getByRole("status").getByText("1 of 1 article added."),
          ).toBeVisible({ timeout: READ_TIMEOUT });
          await asTeacher.getByRole("link", { name: "Open article" }).first().click();
          await asTeacher.waitForURL(/\/articles\/[^/?]+$/);
          const articleUrl = asTeacher.url();
          await expect(asTeacher.getByRole("heading", { name: "Who studies this story" })).toBeVisible();
          const privateBefore = await asAdmin.goto(articleUrl);
          if (privateBefore?.status() !== 404) {
            throw new Error(`another account opened the private article: ${privateBefore?.status()}`);
          }

          // Published to the library: every signed-in account reads it.
          await asTeacher.getByRole("radio", { name: "Everyone" }).check();
          await asTeacher.getByRole("button", { name: "Save" }).click();
          await expect(
            asTeacher.getByRole("status").getByText("Saved: this story is in the library, for everyone."),
          ).toBeVisible();
          await expect(asTeacher.getByRole("radio", { name: "Everyone" })).toBeChecked();
          await noHorizontalScroll(asTeacher, viewport);
          await asTeacher.screenshot({
            path: path.join("test-results", "e2e", `${viewport.name}-published.png`),
            fullPage: true,
          });
          const published = await asAdmin.goto(articleUrl);
          if (published?.status() !== 200)
            throw new Error(`the published article answered ${published?.status()}`);
          await expect(asAdmin.getByRole("heading", { name: "Questions from this article" })).toBeVisible();
        } finally {
          await asTeacher.context().close();
          await asAdmin.context().close();
        }
      },
    ],
  ];
}
