import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/prisma/database-url";

// Only for development and tests; `npm start` passes a random secret kept in data/.auth-secret.
const DEV_ONLY_AUTH_SECRET = "dev-only-insecure-better-auth-secret-never-used-in-production";

/** "10.0.0.1, 10.1.0.0/16, ::1": addresses and CIDR ranges, comma-separated. */
const proxyList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], "must be IP addresses or CIDR ranges")),
  );

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
    BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
    BETTER_AUTH_URL: z.url().default("http://localhost:3000"),
    // The reverse proxies in front of the app. X-Forwarded-For is believed only as far as it was written by one
    // of these; with none, the client address is the connection's own (server/client-address.ts).
    TRUSTED_PROXIES: proxyList,
    // Sign-up attempts allowed from one client address per hour (a school behind one NAT may need more).
    SIGN_UPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
    // Tests only: "prisma" sends answers through Prisma even on SQLite, so both write paths stay tested.
    ANSWER_WRITER: z.enum(["sqlite", "prisma"]).optional(),
    // Tests only: "prisma" stores added articles through Prisma even on SQLite, the path PostgreSQL takes.
    INGEST_WRITER: z.enum(["sqlite", "prisma"]).optional(),
    // Set by Next.js while it builds: no request is served then, so no secret is needed yet.
    NEXT_PHASE: z.string().optional(),
  })
  .transform((raw, ctx) => {
    if (raw.BETTER_AUTH_SECRET) return { ...raw, BETTER_AUTH_SECRET: raw.BETTER_AUTH_SECRET };
    if (raw.NODE_ENV === "production" && raw.NEXT_PHASE !== "phase-production-build") {
      ctx.addIssue({ code: "custom", path: ["BETTER_AUTH_SECRET"], message: "is required in production" });
      return z.NEVER;
    }
    return { ...raw, BETTER_AUTH_SECRET: DEV_ONLY_AUTH_SECRET };
  });

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** The process environment, validated once. Nothing else reads process.env. */
export const env: Env = parseEnv();
