import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pages/api/answers.ts is the one Pages Router route. Bundling its dependencies (as the App Router always does)
  // lets Next.js resolve `import "server-only"` for it; left external, Node loads the package's throwing entry.
  bundlePagesRouterDependencies: true,
};

export default nextConfig;
