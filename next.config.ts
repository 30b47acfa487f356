import type { NextConfig } from "next";

/** For responses that are not pages (API JSON, build assets): nothing may load from or frame them. */
const NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'";

const nextConfig: NextConfig = {
  // pages/api/answers.ts is the one Pages Router route. Bundling its dependencies (as the App Router always does)
  // lets Next.js resolve `import "server-only"` for it; left external, Node loads the package's throwing entry.
  bundlePagesRouterDependencies: true,
  poweredByHeader: false,
  // Every response. Pages get their Content-Security-Policy (with a per-request nonce) from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          // frame-ancestors 'none' for browsers that predate CSP 2.
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NOTHING_POLICY }] },
      {
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: NOTHING_POLICY }],
      },
      { source: "/_next/image", headers: [{ key: "Content-Security-Policy", value: NOTHING_POLICY }] },
    ];
  },
};

export default nextConfig;
