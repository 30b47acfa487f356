import path from "node:path";

/**
 * Where the embedded SQLite database lives when DATABASE_URL is unset.
 * Kept apart from server/env.ts because the Prisma CLI and the start script load it too,
 * outside Next.js, where "server-only" cannot be imported.
 */
export const DEFAULT_DATABASE_URL = `file:${path.join(process.cwd(), "data", "app.db")}`;

/** The file path of a `file:` URL, or null for a server database such as PostgreSQL. */
export function sqliteFilePath(databaseUrl: string): string | null {
  return databaseUrl.startsWith("file:") ? databaseUrl.slice("file:".length) : null;
}
