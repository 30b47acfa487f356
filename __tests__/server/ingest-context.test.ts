import "../support/test-database";
import type * as Questions from "@/questions";
import { db } from "@/server/db";
import { describeIngestContext } from "./ingest-context-cases";

jest.mock("@/questions", () => {
  const actual = jest.requireActual<typeof Questions>("@/questions");
  return { ...actual, generate: jest.fn(actual.generate) };
});

afterAll(() => db.$disconnect());

describeIngestContext("sqlite");
