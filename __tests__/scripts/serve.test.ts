import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/scripts/server-process";

const ROOT = process.cwd();
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SERVE = path.join(ROOT, "scripts", "serve.ts");

function serve(args: string[], cwd = ROOT) {
  return spawnSync(TSX, [SERVE, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
}

describe("scripts/serve.ts", () => {
  it("serve: refuses a bad port or worker count with usage, exit 2", () => {
    const badPort = serve(["--port", "http"]);
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toMatch(/port/);
    expect(badPort.stderr).toMatch(/usage: serve --port N/);
    expect(serve(["--port", "3000", "--workers", "0"]).status).toBe(2);
    expect(serve([]).status).toBe(2);
  });

  it("serve: stops with exit 1 when its workers die on start (no production build here)", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "serve-no-build-"));
    const result = serve(["--port", String(await freePort()), "--workers", "2"], empty);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/2 Next\.js worker processes/);
    expect(result.stderr).toMatch(/died \d+ ms after starting .*; stopping\./);
  }, 60_000);
});
