// Stored content for tests that need questions without running the generator.
import { db } from "@/server/db";

let counter = 0;

export async function createStoryWithQuestions(options: {
  title: string;
  topic: string;
  publishedOn: string | null;
  prompts: string[];
  text?: string;
  /** Whose story it is; the library's (no owner, visible to all) by default. */
  ownerId?: string | null;
  visibility?: "private" | "class" | "library";
}) {
  counter += 1;
  const story = await db.story.create({
    data: {
      title: options.title,
      topic: options.topic,
      ownerId: options.ownerId ?? null,
      visibility: options.visibility ?? "library",
    },
  });
  const text = options.text ?? options.prompts.map((prompt) => `Fact behind: ${prompt}.`).join(" ");
  const publishedOn = options.publishedOn ? new Date(`${options.publishedOn}T00:00:00.000Z`) : null;
  const article = await db.article.create({
    data: {
      contentHash: `fixture-${counter}-${options.title}`,
      file: `${options.title}.txt`,
      title: options.title,
      publishedOn,
      source: "Fixture Wire",
      topic: options.topic,
      storyId: story.id,
      rawText: text,
      cleanText: text,
    },
  });
  const questions = [];
  for (const [index, prompt] of options.prompts.entries()) {
    questions.push(
      await db.question.create({
        data: {
          factKey: `fixture-${counter}-${index}`,
          kind: "who",
          prompt,
          answer: `Answer ${index}`,
          aliases: "[]",
          options: JSON.stringify([`Answer ${index}`, "B", "C", "D"]),
          explanation: "Because.",
          topic: options.topic,
          storyId: story.id,
          score: 1,
          flashcardFront: prompt,
          flashcardBack: `Answer ${index}`,
          clozeText: "_____",
          publishedOn,
          sources: { create: { articleId: article.id, sentence: `Fact behind: ${prompt}.` } },
        },
      }),
    );
  }
  return { story, article, questions };
}

export async function giveCard(options: {
  userId: string;
  questionId: string;
  state: number;
  stability: number;
}) {
  return db.card.create({
    data: {
      userId: options.userId,
      questionId: options.questionId,
      due: new Date(Date.UTC(2025, 6, 1)),
      state: options.state,
      stability: options.stability,
    },
  });
}
