// Shared by the benchmark scripts (bench-api, bench-pages): a production build of the app served on a loopback
// port over a throwaway SQLite database (migrated and seeded), built in a private copy of the app so it never
// touches the shared `.next/` of other builds. The copy is the last commit (`git archive HEAD`), so half-done edits
// in the working tree do not break the build; BENCH_SOURCE=worktree copies the working tree as it is instead.
// Not a test: the scripts print figures to read.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, type ServedApp, serveApp, step } from "./server-process";

const ROOT = process.cwd();
/** Left out of the copy: big, machine-local or rebuilt (node_modules is hard-linked instead). */
const SKIP = new Set([
  ".git",
  ".next",
  "node_modules",
  "data",
  "test-results",
  "bench-results",
  "coverage",
  "out",
]);

export interface BenchServer {
  /** http://127.0.0.1:PORT */
  base: string;
  /** The SQLite file the server uses. */
  dbFile: string;
  /** The private copy of the app that was built and is served. */
  appDir: string;
  /** What was built: "commit abc1234" or "working tree on abc1234". */
  source: string;
  log(): string;
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  label: string;
  /** Runs after migrate + seed and before the build, e.g. to insert synthetic rows into `dbFile`. */
  prepare?: (dbFile: string) => void | Promise<void>;
}

/**
 * The app at HEAD (or the working tree as it is, without .git/.next/data, when BENCH_SOURCE=worktree), with
 * node_modules hard-linked (same filesystem, no copy) and the git-ignored Prisma client copied.
 */
function copyApp(target: string): string {
  const started = Date.now();
  const source = process.env.BENCH_SOURCE === "worktree" ? "worktree" : "HEAD";
  mkdirSync(target, { recursive: true });
  if (source === "worktree") {
    for (const entry of readdirSync(ROOT)) {
      if (SKIP.has(entry)) continue;
      cpSync(path.join(ROOT, entry), path.join(target, entry), { recursive: true });
    }
  } else {
    execFileSync("sh", ["-c", `git -C "${ROOT}" archive --format=tar HEAD | tar -x -C "${target}"`]);
    cpSync(path.join(ROOT, "prisma", "generated"), path.join(target, "prisma", "generated"), {
      recursive: true,
    });
  }
  try {
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(target, "node_modules")]);
  } catch {
    cpSync(path.join(ROOT, "node_modules"), path.join(target, "node_modules"), { recursive: true });
  }
  const commit = execFileSync("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"], {
    encoding: "utf8",
  }).trim();
  const label = source === "HEAD" ? `commit ${commit}` : `working tree on ${commit}`;
  console.log(
    `setup: private copy of the app (${label}) in ${target} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
  return label;
}

/** Copies, migrates, seeds, builds and starts the app; call `stop()` in a finally. */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `cas-${options.label}-`));
  // BENCH_APP_DIR: build into (and keep) this folder, or reuse the build already there; the database is always fresh.
  const keptDir = process.env.BENCH_APP_DIR ? path.resolve(process.env.BENCH_APP_DIR) : null;
  const appDir = keptDir ?? path.join(tmp, "app");
  const reuse = keptDir !== null && existsSync(path.join(keptDir, ".next", "BUILD_ID"));
  const dbFile = path.join(tmp, "bench.db");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATABASE_URL: `file:${dbFile}`,
    BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    BETTER_AUTH_URL: base,
    PRISMA_QUERY_ENGINE_LIBRARY: "package.json",
    NEXT_TELEMETRY_DISABLED: "1",
  } as unknown as NodeJS.ProcessEnv;
  const bin = (name: string) => path.join(appDir, "node_modules", ".bin", name);
  let server: ServedApp | null = null;

  const stop = async () => {
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  };

  try {
    const source = reuse ? `prebuilt ${appDir}` : copyApp(appDir);
    step("migrate", "npm", ["run", "--silent", "db:migrate"], appDir, env);
    step("seed", "npm", ["run", "--silent", "seed"], appDir, env);
    if (options.prepare) {
      const started = Date.now();
      await options.prepare(dbFile);
      console.log(`setup: prepare (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    }
    if (!reuse) step("next build", bin("next"), ["build"], appDir, { ...env, NODE_ENV: "production" });
    // BENCH_CPU_PROF_DIR: each worker writes a V8 CPU profile there when the benchmark stops it.
    const profile = process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof-dir", process.env.BENCH_CPU_PROF_DIR] : [];
    server = await serveApp({
      cwd: appDir,
      env,
      base,
      args: ["--port", String(port), "--host", "127.0.0.1", ...profile],
    });
    const served = server;
    return { base, dbFile, appDir, source, log: () => served.log(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Signs in through better-auth's HTTP API and returns the Cookie header value for later requests. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return sessionCookie(response, email);
}

/** The Cookie header value of the session a sign-in or sign-up response set. */
function sessionCookie(response: Response, email: string): string {
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (!cookies.some((cookie) => cookie?.includes("session_token")))
    throw new Error(`signing in as ${email} set no session cookie`);
  return cookies.join("; ");
}

/**
 * Creates an account through better-auth's HTTP API (password hashed by the library) and returns the Cookie header
 * value of the session it starts. `headers` are added to the request (e.g. X-Forwarded-For behind a trusted proxy).
 */
export async function signUp(
  base: string,
  user: { name: string; email: string; password: string },
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, ...headers },
    body: JSON.stringify({ ...user, role: "student" }),
  });
  if (!response.ok)
    throw new Error(`sign-up as ${user.email} failed: ${response.status} ${await response.text()}`);
  return sessionCookie(response, user.email);
}

/** The value at percentile `p` (0-100) of ascending `sorted`. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
