import "../../support/test-database";
import { db } from "@/server/db";
import { describeGradedVersions } from "./graded-version-cases";

afterAll(() => db.$disconnect());

describeGradedVersions("sqlite");
