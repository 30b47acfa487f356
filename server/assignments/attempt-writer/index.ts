import "server-only";
import { answerWriter } from "@/server/data/answer-store";
import { prismaAttemptWriter } from "./prisma";
import { sqliteAttemptWriter } from "./sqlite";
import type { AttemptWriter } from "./types";

export type { AttemptWriter, SaveOutcome, StoredAttemptAnswer } from "./types";

/** The same writer as answers take (server/data/answer-store): the SQLite writer connection on a SQLite file. */
export const attemptWriter: AttemptWriter =
  answerWriter === "sqlite" ? sqliteAttemptWriter : prismaAttemptWriter;
