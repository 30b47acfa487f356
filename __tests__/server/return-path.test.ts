import { safeReturnPath } from "@/server/return-path";

const APP = "https://study.example";

// Each row is a `next` value as the page receives it (search params already decoded once), and what the helper
// returns. Whatever it returns, a browser resolving it against the app's own URL must stay on the app.
const rows: [string, unknown, string][] = [
  ["a plain path", "/study/quiz", "/study/quiz"],
  ["query and fragment", "/sets/abc?mode=quiz#top", "/sets/abc?mode=quiz#top"],
  ["the root", "/", "/"],
  ["a tab after the slash (/%09/evil.example)", "/\t/evil.example", "/"],
  ["a newline after the slash", "/\n/evil.example", "/"],
  ["a carriage return and newline", "/\r\n/evil.example", "/"],
  ["a newline inside a path (kept encoded, never raw in a header)", "/study\nquiz", "/studyquiz"],
  ["protocol-relative", "//evil.example", "/"],
  ["protocol-relative with a path", "//evil.example/study", "/"],
  ["slash backslash", "/\\evil.example", "/"],
  ["backslash backslash", "\\\\evil.example", "/"],
  ["slash tab slash backslash", "/\t\\evil.example", "/"],
  ["three slashes", "///evil.example", "/"],
  ["a dot segment that collapses to //", "/.//evil.example", "/"],
  ["dot-dot segments that collapse to //", "/a/..//evil.example", "/"],
  ["an encoded dot segment", "/%2e//evil.example", "/"],
  ["encoded slashes stay a path", "/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ["an encoded backslash stays a path", "/%5Cevil.example", "/%5Cevil.example"],
  ["encoded slashes without a leading slash", "%2F%2Fevil.example", "/"],
  ["an encoded tab without decoding", "/%09/evil.example", "/%09/evil.example"],
  ["javascript:", "javascript:alert(1)", "/"],
  ["javascript: after a slash", "/javascript:alert(1)", "/javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>", "/"],
  ["an absolute URL", "https://evil.example/", "/"],
  ["an absolute URL with credentials", "https://study.example@evil.example/", "/"],
  ["a scheme without slashes", "http:evil.example", "/"],
  ["a leading space", " /study", "/"],
  ["a leading space before //", " //evil.example", "/"],
  ["a relative path", "study/quiz", "/"],
  ["an empty string", "", "/"],
  ["not a string", ["/a", "/b"], "/"],
  ["undefined", undefined, "/"],
  ["unicode slash look-alikes stay a path", "/\u2215\u2215evil.example", "/%E2%88%95%E2%88%95evil.example"],
  ["a fullwidth solidus stays a path", "/\uFF0F\uFF0Fevil.example", "/%EF%BC%8F%EF%BC%8Fevil.example"],
];

describe("safeReturnPath", () => {
  it.each(rows)("safeReturnPath: %s", (_name, input, expected) => {
    const result = safeReturnPath(input);
    expect(result).toBe(expected);
    expect(new URL(result, APP).origin).toBe(APP);
    // Nothing a header or the browser would read differently: only printable ASCII, no backslash.
    expect(result).toMatch(/^[!-[\]-~]+$/);
  });
});
