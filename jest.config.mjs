import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** Unit, component and integration tests; browser tests live in __tests__/e2e and run with Playwright. */
const config = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/__tests__/e2e/"],
  moduleNameMapper: {
    // Prisma's client loads its query compiler with import(); jest runs CommonJS, so use the .js twin.
    "^@prisma/client/runtime/(.*)\\.mjs$": "@prisma/client/runtime/$1.js",
    "^@/(.*)$": "<rootDir>/$1",
    "^server-only$": "<rootDir>/__tests__/support/server-only.cjs",
  },
};

// Packages published only as ES modules (better-auth and what it imports): compile them to CommonJS too.
// next/jest only lets config append to its ignore list, so replace the list after it resolves.
const esmOnlyPackages = [
  "better-auth",
  "@better-auth",
  "better-call",
  "@better-fetch",
  "jose",
  "@noble",
  "defu",
  "kysely",
  "nanostores",
  "rou3",
  "uncrypto",
  "d3-[a-z-]+",
  "internmap",
];

export default async () => ({
  ...(await createJestConfig(config)()),
  transformIgnorePatterns: [
    `/node_modules/(?!(${esmOnlyPackages.join("|")})/)`,
    "^.+\\.module\\.(css|sass|scss)$",
  ],
});
