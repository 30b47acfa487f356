// Lighthouse (mobile preset, the default config) on home, the quiz and Today, signed in as the demo student, against
// a private production build over a throwaway database; Debian's chromium. Prints performance and accessibility
// scores, the first-load JavaScript of each page and every failing accessibility audit with its elements.
// A figure to read, not a test: `npm run bench:pages`. Targets (issue 3): performance >= 90, accessibility >= 95.
// `npm run bench:pages -- --screenshot` also saves docs/screenshot-home.png (home at 1280x800, signed in).
import { mkdirSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { chromium } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts";
import { type BenchServer, signIn, startBenchServer } from "./bench-server";

const CHROMIUM = process.env.BENCH_CHROMIUM ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];
const PAGES = [
  { name: "home", path: "/" },
  { name: "quiz", path: "/study/quiz" },
  { name: "today", path: "/today" },
];
/** Lighthouse runs per page; the run with the median performance score is reported. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCREENSHOT = path.join(process.cwd(), "docs", "screenshot-home.png");

type Audit = Result["audits"][string];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const score = (value: number | null | undefined) => (value == null ? "n/a" : String(Math.round(value * 100)));

interface ScriptRow {
  url: string;
  transferSize: number;
  resourceSize: number;
}

/** Scripts the page loaded (same origin: the app's own JavaScript), from Lighthouse's network-requests audit. */
function scripts(lhr: Result, base: string): ScriptRow[] {
  const items = (lhr.audits["network-requests"]?.details as { items?: Record<string, unknown>[] } | undefined)
    ?.items;
  return (items ?? [])
    .filter((item) => item.resourceType === "Script" && String(item.url).startsWith(base))
    .map((item) => ({
      url: String(item.url),
      transferSize: Number(item.transferSize ?? 0),
      resourceSize: Number(item.resourceSize ?? 0),
    }));
}

/** Each element an audit flagged: its selector and HTML snippet, with the failure summary when there is one. */
function flaggedElements(audit: Audit): string[] {
  const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items.flatMap((item) => {
    const node = item.node as { selector?: string; snippet?: string; explanation?: string } | undefined;
    if (!node) return [];
    const why = node.explanation ? `\n        ${node.explanation.split("\n").join("\n        ")}` : "";
    return [`${node.selector ?? "?"}  ${node.snippet ?? ""}${why}`];
  });
}

async function audit(url: string, cookie: string, port: number): Promise<Result> {
  const runner = await lighthouse(
    url,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: { Cookie: cookie },
    },
    undefined,
  );
  if (!runner) throw new Error(`lighthouse returned nothing for ${url}`);
  if (runner.lhr.runtimeError)
    throw new Error(`${url}: ${runner.lhr.runtimeError.code} ${runner.lhr.runtimeError.message}`);
  return runner.lhr;
}

async function screenshot(server: BenchServer, cookie: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: "en-GB",
      timezoneId: "UTC",
      extraHTTPHeaders: { Cookie: cookie },
    });
    const page = await context.newPage();
    await page.goto(`${server.base}/`, { waitUntil: "networkidle" });
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(
      `screenshot: ${path.relative(process.cwd(), SCREENSHOT)} (1280x800, signed in as the demo student)`,
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const server = await startBenchServer({ label: "bench-pages" });
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    const student = DEMO_ACCOUNTS.find((account) => account.role === "student");
    if (!student) throw new Error("no demo student in prisma/demo-accounts.ts");
    const cookie = await signIn(server.base, student.email, DEMO_PASSWORD);
    console.log(`setup: signed in as ${student.email}`);
    if (process.argv.includes("--screenshot")) await screenshot(server, cookie);

    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
    // One unmeasured visit so the server's first-request work (route modules loading) is not in the figures.
    for (const page of PAGES) await fetch(`${server.base}${page.path}`, { headers: { cookie } });

    const rows: string[] = [];
    const failures: string[] = [];
    let met = true;
    for (const page of PAGES) {
      const url = `${server.base}${page.path}`;
      const runs: Result[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await audit(url, cookie, chrome.port));
      runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)] as Result;
      if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) {
        throw new Error(
          `${page.path} ended at ${lhr.finalDisplayedUrl}: the session cookie was not accepted`,
        );
      }
      const performance = lhr.categories.performance?.score ?? 0;
      const accessibility = lhr.categories.accessibility?.score ?? 0;
      if (performance < 0.9 || accessibility < 0.95) met = false;
      const js = scripts(lhr, server.base);
      const transfer = js.reduce((sum, row) => sum + row.transferSize, 0);
      const parsed = js.reduce((sum, row) => sum + row.resourceSize, 0);
      const metric = (id: string) => lhr.audits[id]?.displayValue ?? "n/a";
      rows.push(
        `${page.name.padEnd(6)} ${page.path.padEnd(12)} perf ${score(performance).padStart(3)}  a11y ${score(accessibility).padStart(3)}  ` +
          `first-load JS ${kb(transfer)} transferred (${kb(parsed)} uncompressed, ${js.length} files)  ` +
          `FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`,
      );
      for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
        const result = lhr.audits[ref.id];
        if (!result || result.score === null || result.score >= 1 || ref.weight === 0) continue;
        const elements = flaggedElements(result);
        failures.push(
          `${page.name}: ${ref.id} (weight ${ref.weight}) — ${result.title}` +
            (elements.length ? `\n      ${elements.join("\n      ")}` : ""),
        );
      }
    }
    console.log(`
Lighthouse ${RUNS > 1 ? `(median of ${RUNS} runs) ` : ""}mobile preset, signed in as the demo student, production build of ${server.source}
${rows.join("\n")}
failing accessibility audits: ${failures.length === 0 ? "none" : `\n  ${failures.join("\n  ")}`}
target: performance >= 90, accessibility >= 95 on every page — ${met ? "met" : "NOT met"}`);
  } finally {
    await chrome?.kill();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
