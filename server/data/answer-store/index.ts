import "server-only";
import { env } from "@/server/env";
import { sqliteFile } from "@/server/sqlite-writer";
import { prismaAnswerStore } from "./prisma";
import { sqliteAnswerStore } from "./sqlite";
import type { AnswerStore } from "./types";

export type { AnswerStore, NewReview, ReviewOverride, StoredReview } from "./types";

/**
 * Which writer records answers, chosen here and nowhere else: on a SQLite file the synchronous writer
 * connection, on PostgreSQL Prisma. ANSWER_WRITER=prisma forces Prisma on SQLite too (tests of that path).
 */
export const answerWriter: "sqlite" | "prisma" =
  sqliteFile && env.ANSWER_WRITER !== "prisma" ? "sqlite" : "prisma";

export const answerStore: AnswerStore = answerWriter === "sqlite" ? sqliteAnswerStore : prismaAnswerStore;
