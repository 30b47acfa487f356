// playwright-core has no test runner and no `expect`: a minimal retrying one for the few assertions the suite needs.
import { type Browser, chromium, type Locator, type Page } from "playwright-core";

export { type Browser, chromium, type Locator, type Page };

const TIMEOUT = 10_000;

async function poll(description: string, check: () => Promise<boolean>, timeout = TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
      lastError = null;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const why = lastError instanceof Error ? ` (${lastError.message.split("\n")[0]})` : "";
  throw new Error(`timed out after ${timeout}ms: ${description}${why}`);
}

export function expect(locator: Locator) {
  const name = String(locator);
  return {
    toBeVisible: (options?: { timeout?: number }) =>
      poll(`${name} to be visible`, () => locator.first().isVisible(), options?.timeout),
    toBeChecked: () => poll(`${name} to be checked`, () => locator.isChecked()),
    toBeFocused: () =>
      poll(`${name} to be focused`, () => locator.evaluate((element) => element === document.activeElement)),
    toHaveText: (text: string) =>
      poll(
        `${name} to have text ${JSON.stringify(text)}`,
        async () => (await locator.textContent())?.trim() === text,
      ),
    toHaveValue: (value: string) =>
      poll(
        `${name} to have value ${JSON.stringify(value)}`,
        async () => (await locator.inputValue()) === value,
      ),
  };
}

type RequestOptions = Parameters<Page["request"]["fetch"]>[1];

/**
 * `page.request` (the page's cookies) on a connection of its own each time. Playwright's API client keeps idle
 * sockets for reuse, and Node's server closes an idle one after 5 s: a request sent on it just then fails with
 * ECONNRESET (once, in CI: a favicon fetched 5.7 s after the security flow's POST). Browsers resend such a
 * request; this client does not, so it asks the server to close each connection after its response.
 */
export function freshRequest(page: Page) {
  const fetch = (method: string, url: string, options: RequestOptions = {}) =>
    page.request.fetch(url, { ...options, method, headers: { ...options.headers, connection: "close" } });
  return {
    get: (url: string, options?: RequestOptions) => fetch("GET", url, options),
    post: (url: string, options?: RequestOptions) => fetch("POST", url, options),
  };
}
