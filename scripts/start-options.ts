// What `npm start` reads from the environment (scripts/start.ts).
import { z } from "zod";

export const DEFAULT_PORT = 3000;

const StartEnv = z.object({
  PORT: z.coerce
    .number({ error: "PORT must be a number" })
    .int("PORT must be a whole number")
    .min(1, "PORT must be 1-65535")
    .max(65_535, "PORT must be 1-65535")
    .default(DEFAULT_PORT),
  BETTER_AUTH_URL: z.url().optional(),
});

export interface StartOptions {
  port: number;
  /** The address sign-in cookies and origin checks are made for: BETTER_AUTH_URL, or localhost on `port`. */
  publicUrl: string;
}

/** The port and public address of `npm start`; throws with a readable message when PORT is not a port. */
export function startOptions(env: Record<string, string | undefined>): StartOptions {
  const parsed = StartEnv.safeParse({ ...env, PORT: env.PORT?.trim() || undefined });
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  const { PORT, BETTER_AUTH_URL } = parsed.data;
  return { port: PORT, publicUrl: BETTER_AUTH_URL ?? `http://localhost:${PORT}` };
}
