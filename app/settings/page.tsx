import type { Metadata } from "next";
import { updateSettingsAction } from "@/server/actions/update-settings";
import { getSettings } from "@/server/data/settings";
import { requireUser } from "@/server/session";
import { timeZoneNames } from "@/server/time-zone";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const settings = await getSettings({ userId: user.id });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">Settings</h1>
      <SettingsForm
        action={updateSettingsAction}
        retentionPercent={Math.round(settings.desiredRetention * 100)}
        newCardsPerDay={settings.newCardsPerDay}
        timeZone={settings.timeZone}
        timeZones={timeZoneNames()}
      />
    </section>
  );
}
