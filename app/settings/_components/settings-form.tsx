"use client";

import { useActionState, useEffect, useState } from "react";

/** Mirrors the server action's returned state; client components do not import from server/. */
export interface SettingsState {
  status: "idle" | "saved" | "error";
  message?: string;
  fields?: Record<string, string[]>;
}

const initial: SettingsState = { status: "idle" };

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p id={id} className="text-sm text-red-700">
      {messages.join(" ")}
    </p>
  ) : null;
}

export function SettingsForm(props: {
  action: (previous: SettingsState, formData: FormData) => Promise<SettingsState>;
  retentionPercent: number;
  newCardsPerDay: number;
  timeZone: string;
  timeZones: readonly string[];
}) {
  const { retentionPercent, newCardsPerDay } = props;
  const [state, action, pending] = useActionState(props.action, initial);
  const fields = state.status === "error" ? state.fields : undefined;
  const [timeZone, setTimeZone] = useState(props.timeZone);
  const [deviceZone, setDeviceZone] = useState<string | null>(null);
  useEffect(() => setDeviceZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  // Browsers may name a zone by an alias the list lacks ("Asia/Kolkata" for "Asia/Calcutta"): keep it choosable.
  const timeZones = props.timeZones.includes(timeZone) ? props.timeZones : [timeZone, ...props.timeZones];
  return (
    <form action={action} className="space-y-5 rounded-xl border border-slate-200 bg-white p-5">
      <div className="space-y-1">
        <label htmlFor="retentionPercent" className="block font-semibold">
          Desired retention (%)
        </label>
        <p id="retention-help" className="text-sm text-slate-600">
          How likely you want to be to remember a card when it comes back (70–99). Higher means more reviews.
        </p>
        <input
          id="retentionPercent"
          name="retentionPercent"
          type="number"
          inputMode="numeric"
          min={70}
          max={99}
          required
          defaultValue={retentionPercent}
          aria-describedby="retention-help retention-error"
          aria-invalid={fields?.retentionPercent ? true : undefined}
          className="min-h-12 w-32 rounded-lg border-2 border-slate-300 px-3 text-lg"
        />
        <FieldError id="retention-error" messages={fields?.retentionPercent} />
      </div>
      <div className="space-y-1">
        <label htmlFor="newCardsPerDay" className="block font-semibold">
          New cards per day
        </label>
        <p id="new-help" className="text-sm text-slate-600">
          How many questions you have not seen yet to add to Today each day (0–500).
        </p>
        <input
          id="newCardsPerDay"
          name="newCardsPerDay"
          type="number"
          inputMode="numeric"
          min={0}
          max={500}
          required
          defaultValue={newCardsPerDay}
          aria-describedby="new-help new-error"
          aria-invalid={fields?.newCardsPerDay ? true : undefined}
          className="min-h-12 w-32 rounded-lg border-2 border-slate-300 px-3 text-lg"
        />
        <FieldError id="new-error" messages={fields?.newCardsPerDay} />
      </div>
      <div className="space-y-1">
        <label htmlFor="timeZone" className="block font-semibold">
          Time zone
        </label>
        <p id="zone-help" className="text-sm text-slate-600">
          Your day starts at midnight here: the daily limit of new cards, your streak and the calendar follow
          it.
        </p>
        <select
          id="timeZone"
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          aria-describedby="zone-help zone-error"
          aria-invalid={fields?.timeZone ? true : undefined}
          className="min-h-12 w-full max-w-xs rounded-lg border-2 border-slate-300 bg-white px-3 text-lg"
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {deviceZone && deviceZone !== timeZone ? (
          <button
            type="button"
            onClick={() => setTimeZone(deviceZone)}
            className="block min-h-12 text-left font-semibold text-brand-900 underline"
          >
            Use this device's time zone ({deviceZone.replaceAll("_", " ")})
          </button>
        ) : null}
        <FieldError id="zone-error" messages={fields?.timeZone} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 rounded-xl bg-brand-600 px-6 font-semibold text-white disabled:opacity-50"
      >
        {pending ? "Saving…" : "Save"}
      </button>
      <p
        role="status"
        aria-live="polite"
        className={state.status === "error" ? "text-red-700" : "text-green-800"}
      >
        {state.message ?? ""}
      </p>
    </form>
  );
}
