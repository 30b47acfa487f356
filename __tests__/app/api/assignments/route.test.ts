import "../../../support/test-database";
import { db } from "@/server/db";
import { describeAssignments } from "./assignment-cases";

afterAll(() => db.$disconnect());

describeAssignments("sqlite");
