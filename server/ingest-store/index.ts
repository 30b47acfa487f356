import "server-only";
import { env } from "@/server/env";
import { sqliteFile } from "@/server/sqlite-writer";
import { prismaGenerationStore } from "./prisma";
import { sqliteGenerationStore } from "./sqlite";
import type { GenerationStore } from "./types";

export { NEW_PREFIX, planGeneration, STORED_PREFIX } from "./plan";
export type {
  GenerationStore,
  IngestInput,
  IngestReport,
  IngestStatus,
  Pending,
  StoredContextArticle,
} from "./types";

/**
 * Which writer stores generations, chosen here and nowhere else: on a SQLite file the synchronous writer
 * connection, on PostgreSQL Prisma. INGEST_WRITER=prisma forces Prisma on SQLite too (tests of that path).
 */
export const ingestWriter: "sqlite" | "prisma" =
  sqliteFile && env.INGEST_WRITER !== "prisma" ? "sqlite" : "prisma";

export const generationStores: Record<typeof ingestWriter, GenerationStore> = {
  sqlite: sqliteGenerationStore,
  prisma: prismaGenerationStore,
};
