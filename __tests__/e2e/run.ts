// End-to-end suite: builds the app, serves it on a free port over a throwaway SQLite database,
// and drives Debian's chromium through playwright-core at two viewports.
// Run with `npm run test:e2e`. Prints "N passed, N failed" last and exits non-zero on any failure.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, step as runStep, type ServedApp, serveApp } from "../../scripts/server-process";
import { ADD_FLOWS } from "./add";
import { adminFlows } from "./admin";
import { CLASS_FLOWS } from "./classes";
import { type Browser, chromium, expect, freshRequest, type Page } from "./driver";
import { RESULTS_FLOWS } from "./results";
import { STUDY_FLOWS } from "./study-flows";
import { TEACH_FLOWS } from "./teach-questions";

const ROOT = process.cwd();
const SHOTS = path.join(ROOT, "test-results", "e2e");
const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const step = (label: string, command: string, args: string[], env: NodeJS.ProcessEnv) =>
  runStep(label, command, args, ROOT, env);

interface Viewport {
  name: string;
  width: number;
  height: number;
  /** The browser's time zone, which sign-up saves; Today shows times with this zone's name. */
  timeZone: string;
  zoneLabel: string;
}

const VIEWPORTS: Viewport[] = [
  { name: "desktop", width: 1280, height: 800, timeZone: "UTC", zoneLabel: "UTC" },
  { name: "mobile", width: 360, height: 640, timeZone: "Asia/Kolkata", zoneLabel: "GMT+5:30" },
];

async function shot(page: Page, viewport: Viewport, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${viewport.name}-${name}.png`), fullPage: true });
}

async function noHorizontalScroll(page: Page, viewport: Viewport): Promise<void> {
  if (viewport.width > 400) return;
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > viewport.width)
    throw new Error(`page is ${width}px wide at a ${viewport.width}px viewport (${page.url()})`);
}

/** `databaseUrl` is the served app's database, for flows that store their own rows first. */
type Flow = (page: Page, viewport: Viewport, base: string, databaseUrl: string) => Promise<void>;

/** The served app's environment (its database), set by main() before any flow runs. */
let appEnv: NodeJS.ProcessEnv = process.env;
const grantAdmin = (email: string) =>
  step("npm run admin -- grant", "npm", ["run", "--silent", "admin", "--", "grant", email, "admin"], appEnv);

const FLOWS: [string, Flow][] = [
  [
    "sign-up",
    async (page, viewport, base) => {
      await page.goto(`${base}/sign-up`);
      await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();
      const email = `e2e-${viewport.name}-${Date.now()}-${randomBytes(3).toString("hex")}@example.com`;
      await page.getByLabel("Name").fill(`E2E ${viewport.name}`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("e2e-password-123");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"), { timeout: 15_000 });
      await noHorizontalScroll(page, viewport);
      await shot(page, viewport, "sign-up");
    },
  ],
  [
    "quiz",
    async (page, viewport, base) => {
      await page.goto(`${base}/study/quiz`);
      await expect(page.getByRole("heading", { name: "Today's review" })).toBeVisible();
      const options = page.getByRole("radio");
      await expect(options.first()).toBeVisible();
      await page.locator("body").click({ position: { x: 1, y: 1 } });
      await page.keyboard.press("1");
      await expect(options.first()).toBeChecked();
      await page.keyboard.press("Enter");
      const status = page.getByRole("status");
      await expect(status.getByText(/^(Correct!|Not quite\.)$/)).toBeVisible();
      await expect(status.getByText(/^Answer:/)).toBeVisible();
      await expect(status.getByRole("link", { name: /^Source: / }).first()).toBeVisible();
      await expect(status.getByText(/^Next review /)).toBeVisible();
      await expect(page.getByRole("button", { name: /^(Next question|Finish)$/ })).toBeFocused();
      await noHorizontalScroll(page, viewport);
      await shot(page, viewport, "quiz");
    },
  ],
  [
    "flashcards",
    async (page, viewport, base) => {
      await page.goto(`${base}/study/flashcards`);
      await expect(page.getByRole("region", { name: "Flashcard" })).toBeVisible();
      await expect(page.getByText(/^Card 1 of \d+/)).toBeVisible();
      await page.getByRole("button", { name: "Show answer" }).click();
      const ratings = page.getByRole("group", { name: "How well did you know it?" });
      const good = ratings.getByRole("button", { name: /^Good, next in / });
      await expect(good).toBeVisible();
      await noHorizontalScroll(page, viewport);
      await shot(page, viewport, "flashcards-flipped");
      await good.click();
      await expect(page.getByRole("status").getByText("Rated Good. Next card.")).toBeVisible();
      await expect(
        page.getByText(/^Card 2 of \d+/).or(page.getByRole("heading", { name: "Session complete" })),
      ).toBeVisible();
      await noHorizontalScroll(page, viewport);
      await shot(page, viewport, "flashcards-rated");
    },
  ],
  [
    "typed",
    async (page, viewport, base) => {
      await page.goto(`${base}/study/typed`);
      const box = page.locator("#typed-answer");
      await expect(box).toBeVisible();
      const prompt = (await page.locator("#typed-prompt").textContent())?.trim() ?? "";
      await expect(page.getByRole("textbox", { name: prompt })).toBeVisible();
      await page.getByRole("textbox", { name: prompt }).fill("Geneva");
      await page.getByRole("button", { name: "Check answer" }).click();
      const status = page.getByRole("status");
      await expect(
        status.getByText(/^(Correct!|Correct, spelt .+|Not quite\.|Marked as right\.)$/),
      ).toBeVisible();
      await expect(status.getByText(/^Answer:/)).toBeVisible();
      await noHorizontalScroll(page, viewport);
      await shot(page, viewport, "typed");
    },
  ],
  ...STUDY_FLOWS,
  [
    "today",
    async (page, viewport, base) => {
      await page.goto(`${base}/today`);
      await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
      // Either the queue ("N due · M new", each card with its due date or "new"), or "Your next card is due …".
      // The cards just answered are in learning and not due yet, so a fresh account sees the remaining new ones.
      const zone = viewport.zoneLabel.replace("+", "\\+");
      const card = page.getByRole("listitem").filter({ hasText: new RegExp(`· (due .+ ${zone}|new)$`) });
      const nextDue = page.getByText(new RegExp(`Your next card is due .+ ${zone}\\.`));
      await expect(card.first().or(nextDue)).toBeVisible();
      if (await card.first().isVisible()) {
        await expect(page.getByText(/^\d+ due · \d+ new$/)).toBeVisible();
        await expect(page.getByRole("link", { name: "Start quiz" })).toBeVisible();
      }
      // The cards answered above come back within minutes: Today lists them with their next due time.
      const comingUp = page
        .getByRole("list", { name: "Cards coming up in the next 24 hours" })
        .getByRole("listitem");
      await expect(comingUp.filter({ hasText: new RegExp(`next due .+ ${zone}$`) }).first()).toBeVisible();
      await noHorizontalScroll(page, viewport);
      await shot(page, viewport, "today");
    },
  ],
  [
    "stats",
    async (page, viewport, base) => {
      await page.goto(`${base}/stats`);
      await expect(page.getByRole("heading", { name: "Stats", exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Reviews per day" })).toBeVisible();
      // Quiz + flashcard + typed answers above: at least 3 reviews today.
      const heatmap = page.getByRole("img", { name: /^Reviews over the last year: \d+ on \d+ days/ });
      await expect(heatmap).toBeVisible();
      const label = (await heatmap.getAttribute("aria-label")) ?? "";
      const total = Number(/: (\d+) on/.exec(label)?.[1] ?? 0);
      if (total < 3) throw new Error(`heatmap counts ${total} reviews, expected at least 3: ${label}`);
      await noHorizontalScroll(page, viewport);
      await shot(page, viewport, "stats");
    },
  ],
  [
    "settings",
    async (page, viewport, base) => {
      await page.goto(`${base}/settings`);
      await expect(page.getByRole("heading", { name: "Settings", exact: true })).toBeVisible();
      // Sign-up saved the browser's zone (which the browser may name by an alias, e.g. Asia/Calcutta).
      const zone = page.getByRole("combobox", { name: "Time zone" });
      const saved = await zone.inputValue();
      const offset = await page.evaluate(
        (timeZone) =>
          new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" })
            .format(new Date(0))
            .split(" ")
            .at(-1),
        saved,
      );
      const expected = viewport.zoneLabel === "UTC" ? "UTC" : viewport.zoneLabel;
      if (offset !== expected) throw new Error(`saved time zone ${saved} (${offset}), expected ${expected}`);
      await zone.selectOption("Europe/London");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("status")).toHaveText("Settings saved.");
      await page.reload();
      await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Europe/London");
      await noHorizontalScroll(page, viewport);
      await shot(page, viewport, "settings");
    },
  ],
  [
    "security",
    async (page, _viewport, base) => {
      const home = await page.goto(`${base}/`);
      // A nonce and no inline-script allowance; never framed.
      checkSecurityHeaders(
        "home",
        home?.headers() ?? {},
        /^(?=.*script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$))(?=.*frame-ancestors 'none')(?!.*script-src[^;]*unsafe-inline)/,
      );
      // Another site's page posting an answer with the visitor's cookie.
      const forged = await freshRequest(page).post(`${base}/api/answers`, {
        headers: { origin: "https://evil.example", "content-type": "text/plain" },
        data: "{}",
      });
      if (forged.status() !== 403)
        throw new Error(`a cross-site answer got ${forged.status()}, expected 403`);
      checkSecurityHeaders(
        "POST /api/answers",
        forged.headers(),
        /default-src 'none'; frame-ancestors 'none'/,
      );
      // A return path with a tab (/%09/evil.example) stays on this site.
      await page.goto(`${base}/sign-in?next=/%09/evil.example`);
      const landed = new URL(page.url());
      if (landed.origin !== new URL(base).origin || landed.pathname !== "/") {
        throw new Error(`sign-in sent the browser to ${page.url()}`);
      }
    },
  ],
  ...ADD_FLOWS,
  ...adminFlows(grantAdmin),
  ...TEACH_FLOWS,
  ...RESULTS_FLOWS,
  ...CLASS_FLOWS,
];

/** Response headers every page and every API answer carries (issue 8, item 8). */
function checkSecurityHeaders(what: string, headers: Record<string, string>, policy: RegExp): void {
  const problems = [
    policy.test(headers["content-security-policy"] ?? "")
      ? null
      : `content-security-policy is ${headers["content-security-policy"]}`,
    headers["x-content-type-options"] === "nosniff" ? null : "no X-Content-Type-Options: nosniff",
    headers["referrer-policy"] === "same-origin" ? null : `referrer-policy is ${headers["referrer-policy"]}`,
    headers["x-powered-by"] === undefined ? null : `x-powered-by is sent: ${headers["x-powered-by"]}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`${what}: ${problems.join("; ")}`);
}

async function main(): Promise<number> {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "cas-e2e-"));
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const databaseUrl = `file:${path.join(tmp, "e2e.db")}`;
  const env = {
    ...inherited,
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    BETTER_AUTH_URL: base,
    PRISMA_QUERY_ENGINE_LIBRARY: "package.json",
    NEXT_TELEMETRY_DISABLED: "1",
  } as unknown as NodeJS.ProcessEnv; // no NODE_ENV: as in scripts/start.ts, the children pick their own
  appEnv = env;
  let server: ServedApp | null = null;
  let browser: Browser | null = null;
  try {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    step("migrate", "npm", ["run", "--silent", "db:migrate"], env);
    step("seed", "npm", ["run", "--silent", "seed"], env);
    step("next build", bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    server = await serveApp({ cwd: ROOT, env, base, args: ["--port", String(port)] });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        locale: "en-GB",
        timezoneId: viewport.timeZone,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(String(error)));
      // Chromium reports each Content-Security-Policy violation as a console error: any one fails the flow.
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
          pageErrors.push(`CSP violation: ${message.text()}`);
        }
      });
      let broken = false;
      for (const [name, flow] of FLOWS) {
        const title = `${viewport.name} ${viewport.width}x${viewport.height} › ${name}`;
        if (broken) {
          failed++;
          console.log(`✖ ${title} (skipped: sign-up failed)`);
          continue;
        }
        const t0 = Date.now();
        try {
          pageErrors.length = 0;
          await flow(page, viewport, base, databaseUrl);
          if (pageErrors.length) throw new Error(`uncaught page errors: ${pageErrors.join("; ")}`);
          passed++;
          console.log(`✔ ${title} (${Date.now() - t0}ms)`);
        } catch (error) {
          failed++;
          if (name === "sign-up") broken = true;
          console.log(
            `✖ ${title} (${Date.now() - t0}ms)\n  ${String(error instanceof Error ? error.message : error)
              .split("\n")
              .join("\n  ")}`,
          );
          await page
            .screenshot({ path: path.join(SHOTS, `${viewport.name}-${name}-failed.png`), fullPage: true })
            .catch(() => {});
        }
      }
      await context.close();
    }
  } catch (error) {
    failed++;
    console.log(`✖ setup\n  ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close().catch(() => {});
    const serverLog = server?.log() ?? "";
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
    if (failed > 0 && serverLog.trim())
      console.log(`--- server log ---\n${serverLog.trim().split("\n").slice(-40).join("\n")}`);
  }
  console.log(`duration ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
