import "../support/test-database";
import { db } from "@/server/db";
import { describeIngest } from "./ingest-cases";

afterAll(() => db.$disconnect());

describeIngest("sqlite");
