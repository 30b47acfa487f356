import "../support/test-database";
import "../support/prisma-ingest-writer";
import { db } from "@/server/db";
import { describeIngest } from "./ingest-cases";

afterAll(() => db.$disconnect());

describeIngest("prisma");
