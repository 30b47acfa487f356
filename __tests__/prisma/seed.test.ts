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

  it("seed: sample stories are the library's, the demo teacher is an approved teacher, nobody is admin", () => {
    const sqlite = new Database(testDatabaseFile, { readonly: true });
    const stories = sqlite.prepare("SELECT owner_id AS ownerId, visibility FROM stories").all();
    const roles = sqlite
      .prepare(
        `SELECT u.email, u.role, r.status FROM users u LEFT JOIN teacher_requests r ON r.user_id = u.id
         ORDER BY u.email`,
      )
      .all();
    sqlite.close();
    expect(stories.length).toBeGreaterThan(0);
    expect(stories).toEqual(stories.map(() => ({ ownerId: null, visibility: "library" })));
    // The seed's data is what the teachers migration makes of seeded content (added by nobody: library).
    expect(roles).toEqual([
      { email: "student@example.com", role: "student", status: null },
      { email: "teacher@example.com", role: "teacher", status: "approved" },
    ]);
  });
});
