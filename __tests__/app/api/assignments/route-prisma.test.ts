import "../../../support/test-database";
import "../../../support/prisma-answer-writer";
import { db } from "@/server/db";
import { describeAssignments } from "./assignment-cases";

afterAll(() => db.$disconnect());

describeAssignments("prisma");
