import "server-only";

// Any fixed origin will do: a return path is accepted only if the URL parser, resolving it against this base,
// stays on this origin. The parser is what the browser runs on the Location header, so it also sees what a
// string check misses: tabs and newlines it strips, backslashes it reads as slashes, dot segments it removes.
const BASE = new URL("http://return-path.invalid");

/** A same-origin path (with query and fragment) to come back to after signing in; anything else becomes "/". */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  const url = URL.parse(value, BASE);
  if (!url || url.origin !== BASE.origin) return "/";
  // The serialised form is percent-encoded (no raw control character reaches a header); it must itself resolve
  // to the same place, which "/.//evil.example" (serialised as "//evil.example") does not.
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (URL.parse(path, BASE)?.href !== url.href) return "/";
  return path;
}
