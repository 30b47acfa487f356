"use server";

import { updateSettings } from "@/server/data/settings";
import { fieldErrors } from "@/server/http";
import { getCurrentUser } from "@/server/session";
import { type SettingsFormState, ZUpdateSettingsRequest } from "./update-settings.schema";

/** Saves the signed-in user's own study settings. */
export async function updateSettingsAction(
  _previous: SettingsFormState,
  formData: FormData,
): Promise<SettingsFormState> {
  const parsed = ZUpdateSettingsRequest.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", message: "Please fix the fields below.", fields: fieldErrors(parsed.error) };
  }
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again to save." };
  await updateSettings({
    userId: user.id,
    desiredRetention: parsed.data.retentionPercent / 100,
    newCardsPerDay: parsed.data.newCardsPerDay,
    timeZone: parsed.data.timeZone,
  });
  return { status: "saved", message: "Settings saved." };
}
