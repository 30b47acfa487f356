// Rows the study tests need: users and questions with a source article. Import after test-database.
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";

export async function createUser(name = "Student"): Promise<{ id: string }> {
  const id = randomUUID();
  await db.user.create({ data: { id, name, email: `${id}@example.test` } });
  return { id };
}

export interface QuestionFixture {
  id: string;
  answer: string;
  options: string[];
  articleId: string;
}

let counter = 0;

/** A question of its own story: in the library unless `ownerId` and `visibility` say otherwise. */
export async function createQuestion(
  overrides: {
    answer?: string;
    options?: string[];
    aliases?: string[];
    topic?: string;
    ownerId?: string | null;
    visibility?: "private" | "class" | "library";
  } = {},
): Promise<QuestionFixture & { storyId: string }> {
  counter++;
  const answer = overrides.answer ?? "Upendra Dwivedi";
  const options = overrides.options ?? ["Manoj Pande", answer, "Dinesh Tripathi", "A P Singh"];
  const topic = overrides.topic ?? "Defence";
  const story = await db.story.create({
    data: {
      title: `Story ${counter}`,
      topic,
      ownerId: overrides.ownerId ?? null,
      visibility: overrides.visibility ?? "library",
    },
  });
  const article = await db.article.create({
    data: {
      contentHash: `hash-${counter}-${randomUUID()}`,
      file: `article-${counter}.txt`,
      title: `Army chief named ${counter}`,
      topic,
      storyId: story.id,
      rawText: "raw",
      cleanText: `${answer} was named the chief of army staff.`,
    },
  });
  const question = await db.question.create({
    data: {
      factKey: `fact-${counter}-${randomUUID()}`,
      kind: "person",
      prompt: `Who was named the chief of army staff? (${counter})`,
      answer,
      aliases: JSON.stringify(overrides.aliases ?? ["Dwivedi"]),
      options: JSON.stringify(options),
      explanation: `${answer} took over as chief of army staff.`,
      topic,
      storyId: story.id,
      score: 1,
      flashcardFront: "Chief of army staff?",
      flashcardBack: answer,
      clozeText: "____ was named the chief of army staff.",
      sources: {
        create: { articleId: article.id, sentence: `${answer} was named the chief of army staff.` },
      },
    },
  });
  return { id: question.id, answer, options, articleId: article.id, storyId: story.id };
}

/**
 * The instance's admin, made directly: the first account to sign up becomes admin only while there is none, so
 * tests about ordinary sign-ups make one first.
 */
export async function createAdmin(): Promise<{ id: string }> {
  const id = randomUUID();
  await db.user.create({ data: { id, name: "Admin", email: `${id}@example.test`, role: "admin" } });
  return { id };
}
