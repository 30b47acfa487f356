import { z } from "zod";
import { isTimeZone } from "../time-zone";

/** The settings form: desired retention as a percentage (70-99), new cards per day (0-500), an IANA time zone. */
export const ZUpdateSettingsRequest = z.object({
  retentionPercent: z.coerce
    .number({ error: "Enter a number." })
    .int("Use a whole percentage.")
    .min(70, "Desired retention must be at least 70%.")
    .max(99, "Desired retention can be at most 99%."),
  newCardsPerDay: z.coerce
    .number({ error: "Enter a number." })
    .int("Use a whole number.")
    .min(0, "New cards per day cannot be negative.")
    .max(500, "New cards per day can be at most 500."),
  timeZone: z
    .string({ error: "Choose a time zone." })
    .refine(isTimeZone, "Choose a time zone from the list."),
});
export type TUpdateSettingsRequest = z.infer<typeof ZUpdateSettingsRequest>;

export interface SettingsFormState {
  status: "idle" | "saved" | "error";
  message?: string;
  fields?: Record<string, string[]>;
}
