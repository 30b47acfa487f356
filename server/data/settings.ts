import "server-only";
import { db } from "@/server/db";
import { DEFAULT_TIME_ZONE } from "@/server/time-zone";
import { answerStore } from "./answer-store";

export const SETTINGS_LIMITS = {
  desiredRetention: { min: 0.7, max: 0.99, default: 0.9 },
  newCardsPerDay: { min: 0, max: 500, default: 20 },
} as const;

export interface StudySettings {
  desiredRetention: number;
  newCardsPerDay: number;
  /** IANA time zone name; the user's days start at midnight there. */
  timeZone: string;
}

const DEFAULTS: StudySettings = {
  desiredRetention: SETTINGS_LIMITS.desiredRetention.default,
  newCardsPerDay: SETTINGS_LIMITS.newCardsPerDay.default,
  timeZone: DEFAULT_TIME_ZONE,
};

/** The user's study settings, or the defaults (0.9 retention, 20 new cards a day, UTC) before they change any. */
export async function getSettings(options: { userId: string }): Promise<StudySettings> {
  return (await answerStore.findSettings(options.userId)) ?? DEFAULTS;
}

const settingsSelect = { desiredRetention: true, newCardsPerDay: true, timeZone: true } as const;

/**
 * Saves the user's study settings; callers validate the ranges (see SETTINGS_LIMITS) and the time zone
 * (isTimeZone). A setting left out keeps its saved value, or its default.
 */
export async function updateSettings(
  options: { userId: string } & Partial<StudySettings>,
): Promise<StudySettings> {
  const { userId, ...changes } = options;
  return db.userSettings.upsert({
    where: { userId },
    create: { userId, ...changes },
    update: changes,
    select: settingsSelect,
  });
}
