import "server-only";
import { db } from "@/server/db";
import { TtlCache } from "@/server/ttl-cache";

export const SETTINGS_LIMITS = {
  desiredRetention: { min: 0.7, max: 0.99, default: 0.9 },
  newCardsPerDay: { min: 0, max: 500, default: 20 },
} as const;

export interface StudySettings {
  desiredRetention: number;
  newCardsPerDay: number;
}

const DEFAULTS: StudySettings = {
  desiredRetention: SETTINGS_LIMITS.desiredRetention.default,
  newCardsPerDay: SETTINGS_LIMITS.newCardsPerDay.default,
};

/** The user's study settings, or the defaults (0.9 retention, 20 new cards a day) before they change any. */
export async function getSettings(options: { userId: string }): Promise<StudySettings> {
  return settingsCache.get(options.userId, async () => {
    const row = await db.userSettings.findUnique({
      where: { userId: options.userId },
      select: { desiredRetention: true, newCardsPerDay: true },
    });
    return row ?? DEFAULTS;
  });
}

/** Read on every answer, changed rarely: cached per process for 30 s and dropped here when the user saves. */
const settingsCache = new TtlCache<StudySettings>(30_000);

/** Saves the user's study settings; callers validate the ranges (see SETTINGS_LIMITS). */
export async function updateSettings(options: { userId: string } & StudySettings): Promise<StudySettings> {
  const { userId, desiredRetention, newCardsPerDay } = options;
  settingsCache.delete(userId);
  return db.userSettings.upsert({
    where: { userId },
    create: { userId, desiredRetention, newCardsPerDay },
    update: { desiredRetention, newCardsPerDay },
    select: { desiredRetention: true, newCardsPerDay: true },
  });
}
