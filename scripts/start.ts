// npm start: migrate, seed an empty database, build, serve on http://localhost:$PORT (3000 by default).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts";
import { startOptions } from "./start-options";

const ROOT = process.cwd();
const DATA_DIR = path.join(ROOT, "data");
const SECRET_FILE = path.join(DATA_DIR, ".auth-secret");
let options: ReturnType<typeof startOptions>;
try {
  options = startOptions(process.env);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const PORT = String(options.port);

// A random secret made on first start and kept out of git, unless the environment supplies one.
function authSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  if (!existsSync(SECRET_FILE)) {
    writeFileSync(SECRET_FILE, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(SECRET_FILE, "utf8").trim();
}

function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  console.log(`\n▶ ${step}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ ${step} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

mkdirSync(DATA_DIR, { recursive: true });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  BETTER_AUTH_SECRET: authSecret(),
  BETTER_AUTH_URL: options.publicUrl,
  // prisma generate/migrate otherwise try to download a native engine; the JS engine needs none.
  PRISMA_QUERY_ENGINE_LIBRARY: "package.json",
  NEXT_TELEMETRY_DISABLED: "1",
};
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

run("Applying database migrations", bin("prisma"), ["migrate", "deploy"], env);
run("Seeding (only when empty)", bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], env);
run("Building", bin("next"), ["build"], { ...env, NODE_ENV: "production" });

console.log(`
Current Affairs Study is starting on ${options.publicUrl}
Demo logins (password "${DEMO_PASSWORD}"):
${DEMO_ACCOUNTS.map((account) => `  ${account.role.padEnd(8)} ${account.email}`).join("\n")}
Data: ${DATA_DIR}
`);
// One Next.js worker per core, all on PORT (WEB_CONCURRENCY=1 for a single process).
const server = spawnSync(bin("tsx"), ["scripts/serve.ts", "--port", PORT], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: "production" },
});
process.exit(server.status ?? 0);
