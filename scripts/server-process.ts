// Starting the production app from a script (the e2e suite, the benchmarks): a free loopback port, setup
// steps that stop on the first failure, and waiting until the server answers.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs one setup command, prints how long it took, and throws with its output when it fails. */
export function step(
  label: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): void {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`setup: ${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}

/** Resolves once `url` answers below 500; throws if the server exits or 60 s pass. */
export async function waitForServer(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early (${server.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer at ${url} within 60s:\n${log()}`);
}

export interface ServedApp {
  /** Everything the server printed so far. */
  log(): string;
  /** SIGTERM to the server's whole process group (the primary and its workers); waits up to 5 s for it to exit. */
  stop(): Promise<void>;
}

/**
 * Serves the production build in `cwd` as `npm start` does (scripts/serve.ts: one Next.js worker per core and the
 * ingest worker that reads added articles) in a
 * process group of its own, and resolves once `${base}/sign-in` answers; stops it again if it never does.
 * `args` are serve.ts's (--port, --host, --cpu-prof-dir).
 */
export async function serveApp(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  base: string;
  args: string[];
}): Promise<ServedApp> {
  const tsx = path.join(options.cwd, "node_modules", ".bin", "tsx");
  const server = spawn(tsx, ["scripts/serve.ts", ...options.args], {
    cwd: options.cwd,
    env: { ...options.env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const log = () => output;
  const stop = async () => {
    if (!server.pid || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      server.kill("SIGTERM");
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  try {
    await waitForServer(`${options.base}/sign-in`, server, log);
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`setup: ${options.base} (${/serve: (.*)/.exec(output)?.[1] ?? "serve"})`);
  return { log, stop };
}
