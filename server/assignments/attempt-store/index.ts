import "server-only";
import { answerWriter } from "@/server/data/answer-store";
import { prismaAttemptStore } from "./prisma";
import { sqliteAttemptStore } from "./sqlite";
import type { AttemptStore } from "./types";

export type { AttemptStore, SaveOutcome, StoredAttemptAnswer } from "./types";

/** The same writer as answers take (server/data/answer-store): the SQLite writer connection on a SQLite file. */
export const attemptStore: AttemptStore = answerWriter === "sqlite" ? sqliteAttemptStore : prismaAttemptStore;
