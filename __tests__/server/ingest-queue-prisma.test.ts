import "../support/test-database";
import "../support/prisma-ingest-writer";
import { db } from "@/server/db";
import { describeIngestQueue } from "./ingest-queue-cases";

afterAll(() => db.$disconnect());

describeIngestQueue("prisma");
