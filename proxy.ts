import { type NextRequest, NextResponse } from "next/server";

// Content-Security-Policy for the pages, with a fresh nonce per request. Why a nonce rather than allowing inline
// scripts: the App Router streams its data as inline <script> tags, so the only alternative is
// script-src 'unsafe-inline', which would let any script injected into a page run, and these pages show text
// from articles anyone signed in can add. Next.js reads the nonce from this request header and puts it on every
// script it renders; 'strict-dynamic' then trusts the chunks those scripts load. Its cost, pages rendered per
// request, is already paid: every page reads the session cookie. Styles keep 'unsafe-inline' for React's style
// attributes (the stats bars); a style cannot run code.
function pagePolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    // React's development build evaluates source maps for its error overlay; production has no eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = pagePolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Pages only: API routes and build assets get a fixed policy from next.config.ts, and skip this per-request work
// (POST /api/answers is the hot path).
export const config = {
  matcher: [{ source: "/((?!api/|_next/static/|_next/image).*)" }],
};
