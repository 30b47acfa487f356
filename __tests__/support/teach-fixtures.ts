// Accounts of every role and stories of every visibility, for the teacher tests. Import after test-database.
import { db } from "@/server/db";
import { getUserFromHeaders } from "@/server/session";
import { signIn, signUp } from "./auth-client";

const password = "correct horse battery";

export interface Account {
  id: string;
  cookie: string;
}

/** Signs up over HTTP, then gives the account its role as an admin would (a role cannot be chosen at sign-up). */
export async function account(name: string, role: "student" | "teacher" | "admin"): Promise<Account> {
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const { cookie } = await signUp({ name, email, password });
  const user = await getUserFromHeaders(new Headers({ cookie }));
  if (!user) throw new Error(`teach fixtures: could not sign up ${name}`);
  await db.user.update({ where: { id: user.id }, data: { role } });
  // Sign in again: the session the sign-up made was looked up (and remembered) with the role it had then.
  const again = await signIn(email, password);
  return { id: user.id, cookie: again.cookie };
}

let counter = 0;

/** A story with one article and `count` questions (4 options each, the answer second), owned and shared as given. */
export async function story(options: {
  ownerId: string | null;
  visibility: "private" | "class" | "library";
  count?: number;
  publishedOn?: string;
  topic?: string;
}) {
  counter += 1;
  const topic = options.topic ?? "polity";
  const publishedOn = new Date(`${options.publishedOn ?? "2025-06-15"}T00:00:00.000Z`);
  const created = await db.story.create({
    data: { title: `Story ${counter}`, topic, ownerId: options.ownerId, visibility: options.visibility },
  });
  const article = await db.article.create({
    data: {
      contentHash: `teach-${counter}`,
      file: `teach-${counter}.txt`,
      title: `Article ${counter}`,
      topic,
      storyId: created.id,
      publishedOn,
      rawText: "raw",
      cleanText: "clean",
    },
  });
  const questions = [];
  for (let index = 0; index < (options.count ?? 1); index++) {
    const answer = `Answer ${counter}.${index}`;
    questions.push(
      await db.question.create({
        data: {
          factKey: `${created.id}|teach-${index}`,
          kind: "who",
          prompt: `Who is ${counter}.${index}?`,
          answer,
          aliases: JSON.stringify([`Alias ${counter}.${index}`]),
          options: JSON.stringify([`Other ${index}a`, answer, `Other ${index}b`, `Other ${index}c`]),
          explanation: "Because.",
          topic,
          storyId: created.id,
          score: 1,
          flashcardFront: `Who is ${counter}.${index}?`,
          flashcardBack: answer,
          clozeText: "_____",
          publishedOn,
          sources: { create: { articleId: article.id, sentence: `${answer} is ${counter}.${index}.` } },
        },
      }),
    );
  }
  return { story: created, article, questions };
}

/** A class taught by `teacherId` that the story is shared with, with the given members. */
export async function shareWithClass(options: { storyId: string; teacherId: string; memberIds?: string[] }) {
  counter += 1;
  return db.class.create({
    data: {
      name: `Class ${counter}`,
      teacherId: options.teacherId,
      joinCode: `CODE${counter}X${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
      stories: { create: { storyId: options.storyId } },
      members: { create: (options.memberIds ?? []).map((userId) => ({ userId })) },
    },
  });
}

/** A JSON request from the app's own pages, as the teacher pages send them. */
export function jsonRequest(
  method: string,
  path: string,
  body: unknown,
  cookie: string,
  origin = "http://localhost:3000",
) {
  return new Request(`http://localhost:3000${path}`, {
    method,
    headers: { "content-type": "application/json", origin, cookie },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

export const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** items[index], failing the test when it is missing. */
export function one<T>(items: readonly T[], index = 0): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index} of ${items.length}`);
  return item;
}
