// Browser flows for the study pages' rough edges (issue 8: items 4, 10, 11, 12), run by run.ts after its own
// quiz, flashcard and typed flows, at both viewports.
import path from "node:path";
import { expect, type Locator, type Page } from "./driver";

interface Viewport {
  name: string;
  width: number;
  height: number;
}
type Flow = (page: Page, viewport: Viewport, base: string) => Promise<void>;

const SHOTS = path.join(process.cwd(), "test-results", "e2e");

/** Throws unless `locator` is wholly on screen, below the sticky header and above the phone's tab bar. */
async function inClearView(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const header = await page.locator("header").first().boundingBox();
  const nav = await page.getByRole("navigation", { name: "Main" }).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !header || !nav || !viewport) throw new Error(`${what}: not laid out`);
  // The tab bar is fixed at the bottom on phones; on wide screens it is a sticky row under the header.
  const barAtBottom = nav.y > viewport.height / 2;
  const top = barAtBottom ? header.y + header.height : nav.y + nav.height;
  const bottom = barAtBottom ? nav.y : viewport.height;
  if (box.y < top - 1 || box.y + box.height > bottom + 1) {
    throw new Error(
      `${what} is at y=${Math.round(box.y)}..${Math.round(box.y + box.height)}, outside the clear view ${Math.round(top)}..${Math.round(bottom)}`,
    );
  }
}

/** The client ids of the answers the page posted, in order. */
function recordClientIds(page: Page): string[] {
  const ids: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/answers") {
      ids.push(String(JSON.parse(request.postData() ?? "{}").clientId));
    }
  });
  return ids;
}

export const STUDY_FLOWS: [string, Flow][] = [
  [
    "quiz: busy server and offline",
    async (page, viewport, base) => {
      await page.goto(`${base}/study/quiz`);
      const ids = recordClientIds(page);
      let calls = 0;
      // First a 503 (a held write lock), which the page resends by itself; then the connection drops.
      await page.route("**/api/answers", async (route) => {
        calls++;
        if (calls === 1) {
          await route.fulfill({
            status: 503,
            headers: { "content-type": "application/json", "retry-after": "0" },
            body: JSON.stringify({ error: { code: "unavailable", message: "The server is busy." } }),
          });
        } else {
          await route.abort("internetdisconnected");
        }
      });
      await page.getByRole("radio").first().check();
      await page.getByRole("button", { name: "Check answer" }).click();
      const alert = page.getByRole("alert").filter({ hasText: /not saved/ });
      await expect(alert).toBeVisible();
      if (calls !== 2) throw new Error(`expected the 503 to be resent once by itself, saw ${calls} requests`);
      const text = (await alert.textContent()) ?? "";
      if (/failed to fetch/i.test(text)) throw new Error(`raw network error shown: ${text}`);
      await inClearView(page, alert, "the offline message and its Try again button");
      await expect(alert.getByRole("button", { name: "Try again" })).toBeFocused();
      await page.screenshot({ path: path.join(SHOTS, `${viewport.name}-quiz-offline.png`) });

      await page.unroute("**/api/answers");
      await alert.getByRole("button", { name: "Try again" }).click();
      await expect(page.getByRole("status").getByText(/^(Correct!|Not quite\.)$/)).toBeVisible();
      if (ids.length !== 3 || new Set(ids).size !== 1) {
        throw new Error(`every attempt must carry the same client id, saw ${JSON.stringify(ids)}`);
      }
    },
  ],
  [
    "quiz: a whole session, verdicts in view, summary, review my mistakes",
    async (page, viewport, base) => {
      await page.goto(`${base}/study/quiz`);
      const answers = new Map<string, string>();
      const verdict = page.getByRole("status").getByText(/^(Correct!|Not quite\.)$/);
      let first = true;
      for (let turn = 0; turn < 80; turn++) {
        if (await page.getByRole("heading", { name: "Session complete" }).isVisible()) break;
        const prompt = ((await page.locator("#quiz-prompt").textContent()) ?? "").trim();
        const known = answers.get(prompt);
        const option = known
          ? page.getByRole("radio", { name: known, exact: true })
          : page.getByRole("radio").first();
        await option.check();
        await page.getByRole("button", { name: "Check answer" }).click();
        await expect(verdict).toBeVisible();
        const answer = page.getByRole("status").getByText(/^Answer:/);
        const next = page.getByRole("button", { name: /^(Next question|Finish)$/ });
        // After the check, the verdict, the answer and Next are on screen, whatever the number of sources.
        await inClearView(page, verdict, `the verdict of "${prompt}"`);
        await inClearView(page, answer, `the answer of "${prompt}"`);
        await inClearView(page, next, `Next after "${prompt}"`);
        await expect(next).toBeFocused();
        if (first) await page.screenshot({ path: path.join(SHOTS, `${viewport.name}-quiz-verdict.png`) });
        first = false;
        answers.set(prompt, ((await answer.locator("strong").textContent()) ?? "").trim());
        await next.click();
      }
      const summary = page.getByRole("region", { name: "Session complete" });
      await expect(summary).toBeVisible();
      await expect(summary.getByText(/^\d+ of \d+ \(\d+%\)$/)).toBeVisible();
      await expect(summary.getByText(/^(\d+ min( \d+ s)?|\d+ s)$/)).toBeVisible();
      const missed = summary.getByRole("list", { name: "Questions missed" }).locator(":scope > li");
      const count = await missed.count();
      if (count === 0) throw new Error("expected at least one missed question (answering the first option)");
      for (let index = 0; index < count; index++) {
        await expect(missed.nth(index).getByText(/^Answer:/)).toBeVisible();
        await expect(
          missed
            .nth(index)
            .getByRole("link", { name: /^Source: / })
            .first(),
        ).toBeVisible();
      }
      await page.screenshot({ path: path.join(SHOTS, `${viewport.name}-quiz-summary.png`), fullPage: true });

      await summary.getByRole("button", { name: "Review my mistakes" }).click();
      await expect(page.getByText(new RegExp(`^Question 1 of ${count} · `))).toBeVisible();
      for (let index = 0; index < count; index++) {
        const prompt = ((await page.locator("#quiz-prompt").textContent()) ?? "").trim();
        const known = answers.get(prompt);
        if (!known) throw new Error(`"${prompt}" was not in the first session`);
        await page.getByRole("radio", { name: known, exact: true }).check();
        await page.getByRole("button", { name: "Check answer" }).click();
        await expect(page.getByRole("status").getByText("Correct!")).toBeVisible();
        await page.getByRole("button", { name: /^(Next question|Finish)$/ }).click();
      }
      const again = page.getByRole("region", { name: "Session complete" });
      await expect(again.getByText(`${count} of ${count} (100%)`)).toBeVisible();
      await expect(again.getByText("No mistakes this time.")).toBeVisible();
    },
  ],
];
