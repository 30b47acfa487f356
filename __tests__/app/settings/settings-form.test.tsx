/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { fireEvent, render, screen } from "@testing-library/react";
import { SettingsForm } from "@/app/settings/_components/settings-form";

const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const zones = ["UTC", "Asia/Kolkata", "America/New_York", deviceZone].filter(
  (zone, index, all) => all.indexOf(zone) === index,
);
const savedZone = zones.find((zone) => zone !== deviceZone) ?? "UTC";

describe("SettingsForm", () => {
  it("SettingsForm: shows the saved time zone and offers this device's zone when it differs", () => {
    // The device's zone is left out of the list on purpose: a browser may report an alias the list lacks.
    const listed = zones.filter((zone) => zone !== deviceZone);
    render(
      <SettingsForm
        action={async () => ({ status: "idle" })}
        retentionPercent={90}
        newCardsPerDay={20}
        timeZone={savedZone}
        timeZones={listed}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Time zone" });
    expect(select).toHaveValue(savedZone);
    expect(select).toHaveAccessibleDescription(/Your day starts at midnight here/);
    const useDevice = screen.getByRole("button", { name: /Use this device's time zone/ });
    fireEvent.click(useDevice);
    expect(select).toHaveValue(deviceZone);
    expect(screen.queryByRole("button", { name: /Use this device's time zone/ })).not.toBeInTheDocument();
  });
});
