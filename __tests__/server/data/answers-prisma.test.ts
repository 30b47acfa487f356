import "../../support/test-database";
import "../../support/prisma-answer-writer";
import { db } from "@/server/db";
import { describeAnswers } from "./answer-cases";

afterAll(() => db.$disconnect());

describeAnswers("prisma");
