import "../../support/test-database";
import "../../support/prisma-answer-writer";
import { db } from "@/server/db";
import { describeGradedVersions } from "./graded-version-cases";

afterAll(() => db.$disconnect());

describeGradedVersions("prisma");
