import "../support/test-database";
import { db } from "@/server/db";
import { describeIngestQueue } from "./ingest-queue-cases";

afterAll(() => db.$disconnect());

describeIngestQueue("sqlite");
