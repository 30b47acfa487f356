import "../support/test-database";
import { db } from "@/server/db";

describe("db", () => {
  afterAll(() => db.$disconnect());

  it("db: talks to the migrated database in WAL mode", async () => {
    expect(await db.user.count()).toBe(0);
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode?.journal_mode).toBe("wal");
  });
});
