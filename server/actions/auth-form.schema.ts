import "server-only";
import { z } from "zod";
import { isTimeZone } from "../time-zone";

export const MIN_PASSWORD_LENGTH = 8;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Keep your email address under 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));
const name = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Keep your name under 100 characters.")
  // No control characters, no bidirectional overrides (which make a name display as something else) and no
  // angle brackets (markup has no place in a name, escaped or not).
  .regex(
    /^[^\p{Cc}\u202A-\u202E\u2066-\u2069<>]*$/u,
    "Use letters, spaces and punctuation only in your name.",
  );
const next = z.string().optional();

/**
 * What a user may set about themselves, on every path that creates or changes a user (the forms, better-auth's
 * own /api/auth/* endpoints, server code): server/auth-guards.ts applies it in better-auth's database hooks.
 * The role is not here: nobody chooses their own.
 */
export const ZUserProfileSchema = z.object({
  name,
  email,
  image: z
    .url({ protocol: /^https$/, error: "Use an https address for your picture." })
    .max(2048)
    .nullish(),
});

export const ZSignInRequestSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password."),
  next,
});
export type TSignInRequest = z.infer<typeof ZSignInRequestSchema>;

export const ZSignUpRequestSchema = z.object({
  name,
  email,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`)
    .max(128, "Keep your password under 128 characters."),
  next,
  /** Filled in by the browser, not typed: an unknown zone is dropped (the account keeps UTC) rather than refused. */
  timeZone: z
    .string()
    .max(64)
    .optional()
    .catch(undefined)
    .transform((zone) => (zone && isTimeZone(zone) ? zone : undefined)),
  /** "I am a teacher": files a request an admin approves; the account is a student until then. */
  teacher: z
    .literal("on", "Tick the box or leave it empty.")
    .optional()
    .transform((value) => value === "on"),
});
export type TSignUpRequest = z.infer<typeof ZSignUpRequestSchema>;

/** What a sign-in or sign-up form shows after a failed attempt. */
export interface AuthFormState {
  message: string | null;
  fields: Record<string, string[]>;
  /** Echoed back so the user does not retype them; never the password. */
  values: { name?: string; email?: string; teacher?: boolean };
}

export const EMPTY_AUTH_FORM_STATE: AuthFormState = { message: null, fields: {}, values: {} };

/** "Try again in 30 seconds." / "in 12 minutes.": when a refused sign-in or sign-up may be tried again. */
export function tryAgainIn(seconds: number): string {
  if (seconds < 90) return `Try again in ${seconds} seconds.`;
  return `Try again in ${Math.ceil(seconds / 60)} minutes.`;
}
