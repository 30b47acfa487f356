import "../support/test-database";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { db } from "@/server/db";

const ROOT = process.cwd();

/** `npm run admin -- ...args`, against this file's database. */
function admin(...args: string[]) {
  const result = spawnSync(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/admin.ts", "--", ...args],
    {
      cwd: ROOT,
      // This file's database, set by support/test-database.
      env: { ...process.env },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const roleOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).role;

beforeAll(async () => {
  for (const name of ["ada", "ben", "cy"]) {
    await db.user.create({ data: { id: name, name, email: `${name}@example.com` } });
  }
  await db.teacherRequest.createMany({ data: [{ userId: "ben" }, { userId: "cy" }] });
});
afterAll(() => db.$disconnect());

describe("scripts/admin.ts", () => {
  it("admin CLI: grant sets a role; the email is matched as sign-up stores it", async () => {
    const result = admin("grant", " ADA@example.com ", "admin");
    expect(result).toMatchObject({ status: 0 });
    expect(result.out).toContain("is now admin (was student)");
    expect(await roleOf("ada@example.com")).toBe("admin");
  }, 120_000);

  it("admin CLI: approve makes a teacher, decline leaves a student, list shows both", async () => {
    expect(admin("approve", "ben@example.com").status).toBe(0);
    expect(admin("decline", "cy@example.com").status).toBe(0);
    expect(await roleOf("ben@example.com")).toBe("teacher");
    expect(await roleOf("cy@example.com")).toBe("student");
    expect(
      await db.teacherRequest.findMany({ orderBy: { userId: "asc" }, select: { status: true } }),
    ).toEqual([{ status: "approved" }, { status: "declined" }]);
    const list = admin("list");
    expect(list.status).toBe(0);
    expect(list.out).toMatch(/^admin\s+ada@example\.com \(ada\)$/m);
    expect(list.out).toMatch(/^teacher\s+ben@example\.com \(ben\) · teacher request approved$/m);
    expect(list.out).toMatch(/^student\s+cy@example\.com \(cy\) · teacher request declined$/m);
    expect(list.out).toContain("3 accounts, 0 teacher requests pending.");
  }, 120_000);

  it.each([
    [["grant", "nobody@example.com", "teacher"], 1, "There is no account with the email nobody@example.com."],
    [["approve", "ada@example.com"], 1, "That account has not asked to teach."],
    [["grant", "ada@example.com", "student"], 1, "This is the last admin"],
    [["grant", "ben@example.com", "owner"], 2, "The role must be one of: student, teacher, admin."],
    [["grant", "not-an-email", "teacher"], 2, "EMAIL must be an email address"],
    [["promote", "ben@example.com"], 2, 'Unknown command "promote".'],
    [[], 2, "Unknown command (none)."],
    [["approve"], 2, "approve takes one EMAIL."],
  ])(
    "admin CLI: %j exits %i with a clear message and changes nothing",
    async (args, status, message) => {
      const before = await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true } });
      const result = admin(...args);
      expect(result.status).toBe(status);
      expect(result.err).toContain(message);
      if (status === 2) expect(result.err).toContain("Usage:");
      expect(await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true } })).toEqual(
        before,
      );
    },
    120_000,
  );
});
