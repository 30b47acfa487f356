import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { testDatabaseFile } from "../support/test-database";

const ROOT = process.cwd();

describe("prisma/seed.ts", () => {
  it("seed: the demo accounts get the time zone of the machine the seed runs on", () => {
    const result = spawnSync(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "prisma/seed.ts"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: `file:${testDatabaseFile}`, TZ: "Europe/Paris" },
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(result.status).toBe(0);
    const sqlite = new Database(testDatabaseFile, { readonly: true });
    const zones = sqlite
      .prepare(
        "SELECT u.email, s.time_zone AS zone FROM users u LEFT JOIN user_settings s ON s.user_id = u.id ORDER BY u.email",
      )
      .all();
    sqlite.close();
    expect(zones).toEqual([
      { email: "student@example.com", zone: "Europe/Paris" },
      { email: "teacher@example.com", zone: "Europe/Paris" },
    ]);
  }, 120_000);
});
