import "server-only";
import { db } from "@/server/db";
import { answerStore } from "./answer-store";

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
  return (await answerStore.findSettings(options.userId)) ?? DEFAULTS;
}

/** Saves the user's study settings; callers validate the ranges (see SETTINGS_LIMITS). */
export async function updateSettings(options: { userId: string } & StudySettings): Promise<StudySettings> {
  const { userId, desiredRetention, newCardsPerDay } = options;
  return db.userSettings.upsert({
    where: { userId },
    create: { userId, desiredRetention, newCardsPerDay },
    update: { desiredRetention, newCardsPerDay },
    select: { desiredRetention: true, newCardsPerDay: true },
  });
}
