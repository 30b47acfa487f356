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

export default createJestConfig(config);
