import { ZSignUpRequestSchema } from "@/server/actions/auth-form.schema";
import { ZUpdateSettingsRequest } from "@/server/actions/update-settings.schema";
import {
  addLocalDays,
  DEFAULT_TIME_ZONE,
  formatLocalTime,
  isTimeZone,
  localDateKey,
  startOfLocalDay,
  timeZoneNames,
} from "@/server/time-zone";

describe("time-zone", () => {
  it.each([
    ["Asia/Kolkata", true],
    ["UTC", true],
    ["America/New_York", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
    ["<script>", false],
  ])("time-zone: isTimeZone(%j) is %s", (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });

  it("time-zone: lists UTC first, then every IANA zone", () => {
    const names = timeZoneNames();
    expect(names[0]).toBe(DEFAULT_TIME_ZONE);
    expect(names.length).toBeGreaterThan(300);
    expect(names).toEqual(expect.arrayContaining(["Europe/London", "America/New_York", "Asia/Tokyo"]));
    expect(new Set(names).size).toBe(names.length);
    expect(names.every(isTimeZone)).toBe(true);
  });

  it("time-zone: the day starts at local midnight", () => {
    const now = new Date("2026-11-23T20:10:00Z"); // 01:40 on the 24th in India
    expect(startOfLocalDay(now, "Asia/Kolkata").toISOString()).toBe("2026-11-23T18:30:00.000Z");
    expect(startOfLocalDay(now, "UTC").toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(localDateKey(now, "Asia/Kolkata")).toBe("2026-11-24");
    expect(localDateKey(now, "UTC")).toBe("2026-11-23");
    expect(formatLocalTime(now, "Asia/Kolkata")).toBe("24 Nov 2026, 01:40 GMT+5:30");
    expect(formatLocalTime(now, "UTC")).toBe("23 Nov 2026, 20:10 UTC");
  });

  it("time-zone: adding days keeps local midnight across a daylight-saving change", () => {
    const saturday = startOfLocalDay(new Date("2026-03-07T12:00:00Z"), "America/New_York");
    expect(saturday.toISOString()).toBe("2026-03-07T05:00:00.000Z");
    // Sunday 8 March has 23 hours in New York.
    expect(addLocalDays(saturday, 1, "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(addLocalDays(saturday, 2, "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(addLocalDays(saturday, -1, "America/New_York").toISOString()).toBe("2026-03-06T05:00:00.000Z");
  });

  it("time-zone: settings refuse an unknown zone; sign-up drops one instead of refusing the account", () => {
    const settings = { retentionPercent: "90", newCardsPerDay: "20" };
    expect(ZUpdateSettingsRequest.safeParse({ ...settings, timeZone: "Asia/Kolkata" }).success).toBe(true);
    const bad = ZUpdateSettingsRequest.safeParse({ ...settings, timeZone: "Mars/Olympus_Mons" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ["timeZone"],
      message: "Choose a time zone from the list.",
    });

    const account = { name: "Asha", email: "asha@example.com", password: "long-enough-1", role: "student" };
    expect(ZSignUpRequestSchema.parse({ ...account, timeZone: "Asia/Kolkata" }).timeZone).toBe(
      "Asia/Kolkata",
    );
    expect(ZSignUpRequestSchema.parse({ ...account, timeZone: "Nowhere/Else" }).timeZone).toBeUndefined();
    expect(ZSignUpRequestSchema.parse(account).timeZone).toBeUndefined();
  });
});
