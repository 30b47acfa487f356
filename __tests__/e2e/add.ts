// Browser flows of the Add page (run by run.ts after sign-up, at both viewports): paste, one file, several files,
// each rejection, and the favicon. Articles are read by the ingest worker that scripts/serve.ts runs beside the app.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, freshRequest, type Locator, type Page } from "./driver";

interface AddViewport {
  name: string;
  width: number;
}

type AddFlow = (page: Page, viewport: AddViewport, base: string) => Promise<void>;

/** Different news at each viewport: both run against one database, and a text added twice is only "Already added". */
const ARTICLES: Record<string, { paste: string; one: string; several: string[] }> = {
  desktop: { paste: "cricket", one: "isro", several: ["rbi", "tiger", "budget"] },
  mobile: { paste: "tennis", one: "gdp", several: ["olympics", "polity", "treaty"] },
};
const READ_TIMEOUT = 60_000;

const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), "__tests__", "questions", "fixtures", `${name}.txt`));
const txt = (name: string, buffer: Buffer) => ({ name, mimeType: "text/plain", buffer });

function articlesFor(viewport: AddViewport) {
  const articles = ARTICLES[viewport.name];
  if (!articles) throw new Error(`no articles for viewport ${viewport.name}`);
  return articles;
}

/** Fails when `target` is hidden behind the fixed bottom tab bar (phones) or outside the viewport. */
async function inViewAboveTabBar(page: Page, target: Locator): Promise<void> {
  const box = await target.first().boundingBox();
  const bar = await page.getByRole("navigation", { name: "Main" }).boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (!box) throw new Error(`${target} has no box`);
  const barTop = bar && bar.y > height / 2 ? bar.y : height;
  if (box.y < 0 || box.y + Math.min(box.height, 40) > barTop) {
    throw new Error(
      `${target} is at y=${Math.round(box.y)}, not in view above the tab bar (top ${Math.round(barTop)})`,
    );
  }
}

async function noHorizontalScroll(page: Page, viewport: AddViewport): Promise<void> {
  if (viewport.width > 400) return;
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > viewport.width) throw new Error(`page is ${width}px wide at a ${viewport.width}px viewport`);
}

/** The Add page's messages (Next.js has its own alert, the route announcer, elsewhere on the page). */
const feedback = (page: Page) => page.locator("#add-feedback");

/** Waits for "N of M articles added.", in view. */
async function waitForAdded(page: Page, total: number): Promise<void> {
  const noun = total === 1 ? "article" : "articles";
  const done = feedback(page)
    .getByRole("status")
    .getByText(new RegExp(`^\\d+ of ${total} ${noun} added\\.$`));
  await expect(done).toBeVisible({ timeout: READ_TIMEOUT });
  await inViewAboveTabBar(page, done);
}

async function openAdd(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/add`);
  await expect(page.getByRole("heading", { name: "Add articles" })).toBeVisible();
  await expect(
    page.getByText("Up to 50 files of 200 KB each, 2 MB in all (pasted text included)."),
  ).toBeVisible();
}

export const ADD_FLOWS: [string, AddFlow][] = [
  [
    "add: paste",
    async (page, viewport, base) => {
      await openAdd(page, base);
      const text = fixture(articlesFor(viewport).paste).toString("utf8");
      await page.getByLabel("Paste one article").fill(text);
      await page.getByRole("button", { name: "Add articles" }).click();
      await waitForAdded(page, 1);
      await expect(feedback(page).getByRole("status").getByText("1 of 1 article added.")).toBeVisible();
      const report = page.getByRole("list", { name: "Report" }).getByRole("listitem");
      await expect(report.filter({ hasText: "pasted article" }).filter({ hasText: /^Added/ })).toBeVisible();
      await expect(report.getByRole("link", { name: "Open article" })).toBeVisible();
      await expect(page.getByLabel("Paste one article")).toHaveValue("");
      await noHorizontalScroll(page, viewport);
    },
  ],
  [
    "add: one file",
    async (page, viewport, base) => {
      await openAdd(page, base);
      const name = `${articlesFor(viewport).one}.txt`;
      await page
        .getByLabel("Or upload .txt files")
        .setInputFiles([txt(name, fixture(articlesFor(viewport).one))]);
      await page.getByRole("button", { name: "Add articles" }).click();
      await waitForAdded(page, 1);
      const report = page.getByRole("list", { name: "Report" }).getByRole("listitem");
      await expect(report.filter({ hasText: name })).toBeVisible();
      await noHorizontalScroll(page, viewport);
    },
  ],
  [
    "add: several files",
    async (page, viewport, base) => {
      await openAdd(page, base);
      const names = articlesFor(viewport).several;
      await page
        .getByLabel("Or upload .txt files")
        .setInputFiles(names.map((name) => txt(`${name}.txt`, fixture(name))));
      await page.getByRole("button", { name: "Add articles" }).click();
      await waitForAdded(page, names.length);
      const report = page.getByRole("list", { name: "Report" }).getByRole("listitem");
      for (const name of names) await expect(report.filter({ hasText: `${name}.txt` })).toBeVisible();
      if ((await report.count()) !== names.length) throw new Error(`expected ${names.length} reports`);
      await noHorizontalScroll(page, viewport);
    },
  ],
  [
    "add: rejections",
    async (page, viewport, base) => {
      await openAdd(page, base);
      const uploads: string[] = [];
      const countUploads = (request: { method(): string; url(): string }) => {
        if (request.method() === "POST" && new URL(request.url()).pathname === "/add/articles") {
          uploads.push(request.url());
        }
      };
      page.on("request", countUploads);
      const paste = page.getByLabel("Paste one article");
      const chooser = page.getByLabel("Or upload .txt files");
      const submit = page.getByRole("button", { name: "Add articles" });
      const alert = feedback(page).getByRole("alert");
      const refused = async (message: string) => {
        await submit.click();
        await expect(alert).toHaveText(message);
        await inViewAboveTabBar(page, alert);
      };

      await refused("Paste an article or choose at least one .txt file.");
      await paste.fill("x".repeat(201 * 1024));
      await refused("The pasted text is 201 KB; one article may be at most 200 KB.");

      // The paste is kept through each refusal of the files beside it.
      const kept = "Kept text: Parliament passed the bill on Monday.";
      await paste.fill(kept);
      await chooser.setInputFiles([
        { name: "paper.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") },
      ]);
      await refused("paper.pdf is not a .txt file.");
      await chooser.setInputFiles([txt("big.txt", Buffer.alloc(201 * 1024, 0x61))]);
      await refused("big.txt is 201 KB; a file may be at most 200 KB.");
      await chooser.setInputFiles([txt("empty.txt", Buffer.alloc(0))]);
      await refused("empty.txt is empty.");
      await chooser.setInputFiles(
        Array.from({ length: 51 }, (_, index) => txt(`n${index}.txt`, Buffer.from(`Note ${index}.`))),
      );
      await refused("Choose at most 50 files at once.");
      await chooser.setInputFiles(
        Array.from({ length: 11 }, (_, index) => txt(`part${index}.txt`, Buffer.alloc(190 * 1024, 0x62))),
      );
      await refused("Together these are over 2 MB; add them in smaller groups.");
      if (uploads.length > 0) throw new Error(`the browser uploaded a refused add: ${uploads.join(", ")}`);

      // Decoding is the server's check: its refusal shows on the same page, and nothing typed or chosen is lost.
      await chooser.setInputFiles([txt("cafe.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]))]);
      await refused(
        "cafe.txt is not UTF-8 text (save it as UTF-8 or UTF-16 and try again). Nothing was added.",
      );
      if (uploads.length !== 1) throw new Error(`expected one upload, saw ${uploads.length}`);
      await expect(paste).toHaveValue(kept);
      const chosen = await chooser.evaluate((input) =>
        Array.from((input as HTMLInputElement).files ?? []).map((file) => file.name),
      );
      if (chosen.join() !== "cafe.txt") throw new Error(`the file chooser lost its file: ${chosen.join()}`);
      page.off("request", countUploads);
      await noHorizontalScroll(page, viewport);
    },
  ],
  [
    "favicon",
    async (page, _viewport, base) => {
      await page.goto(`${base}/`);
      const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
      if (!href) throw new Error("no <link rel=icon>");
      const response = await freshRequest(page).get(new URL(href, base).toString());
      if (response.status() !== 200 || !response.headers()["content-type"]?.startsWith("image/")) {
        throw new Error(`favicon ${href}: ${response.status()} ${response.headers()["content-type"]}`);
      }
    },
  ],
];
