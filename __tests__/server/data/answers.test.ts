import "../../support/test-database";
import { getCard, getOrCreateCard } from "@/server/data/cards";
import { db } from "@/server/db";
import { createQuestion, createUser } from "../../support/study-fixtures";
import { describeAnswers } from "./answer-cases";

const now = new Date(2022, 11, 29, 12, 30);

afterAll(() => db.$disconnect());

describeAnswers("sqlite");

describe("cards: ownership", () => {
  it("cards: another user's card is 404", async () => {
    const owner = await createUser();
    const other = await createUser();
    const question = await createQuestion();
    const card = await getOrCreateCard({ userId: owner.id, questionId: question.id, now });
    await expect(getCard({ userId: other.id, cardId: card.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await getCard({ userId: owner.id, cardId: card.id })).id).toBe(card.id);
  });
});
