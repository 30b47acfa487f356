import "server-only";
import { generate } from "@/questions";
import type { GeneratedQuestion } from "@/questions/types";
import { db } from "./db";
import type { QuestionGenerator } from "./ingest";
import { STORED_PREFIX } from "./ingest-store";
import { newId } from "./ingest-store/plan";

export interface StoryRegeneration {
  storyId: string;
  title: string;
  /** Matched by fact key and already as generated. */
  kept: number;
  /** Matched by fact key and rewritten in place (same id: cards and review logs stay attached). */
  updated: number;
  /** Matched by fact key while retired: studied again. Also counted in kept or updated. */
  restored: number;
  /** Facts the generator states now that no stored question had. */
  added: number;
  /** Stored questions the generator no longer makes: kept for their history, never studied again. */
  retired: number;
  /** Questions a teacher edited, wrote or retired: left exactly as they are. */
  teacherKept: number;
  /** Set when the generator failed on this story: nothing of it was changed. */
  error: string | null;
}

type StoredQuestion = Awaited<ReturnType<typeof storedQuestions>>[number];

type Client = Pick<typeof db, "question">;

const storedQuestions = (client: Client, storyId: string) =>
  client.question.findMany({
    where: { storyId },
    select: {
      id: true,
      factKey: true,
      kind: true,
      prompt: true,
      answer: true,
      aliases: true,
      options: true,
      explanation: true,
      topic: true,
      score: true,
      flashcardFront: true,
      flashcardBack: true,
      clozeText: true,
      publishedOn: true,
      retiredAt: true,
      retiredById: true,
      editedAt: true,
      origin: true,
      sources: { select: { articleId: true, sentence: true } },
    },
  });

/** Edited by a teacher, written by one, or retired by one. */
const isTeacherKept = (question: StoredQuestion) =>
  question.editedAt !== null || question.origin !== "generated" || question.retiredById !== null;

/** The stored columns a generated question sets, as ingest writes them. */
function contentOf(question: GeneratedQuestion, publishedOn: Date | null) {
  return {
    kind: question.kind,
    prompt: question.prompt,
    answer: question.answer,
    aliases: JSON.stringify(question.aliases),
    options: JSON.stringify(question.options),
    explanation: question.explanation,
    topic: question.topic,
    score: question.score,
    flashcardFront: question.flashcard.front,
    flashcardBack: question.flashcard.back,
    clozeText: question.cloze.text,
    publishedOn,
  };
}

function sameContent(stored: StoredQuestion, content: ReturnType<typeof contentOf>): boolean {
  return (Object.keys(content) as (keyof typeof content)[]).every((field) => {
    const value = content[field];
    const before = stored[field];
    return value instanceof Date || before instanceof Date
      ? (value as Date | null)?.getTime() === (before as Date | null)?.getTime()
      : value === before;
  });
}

const sourcesKey = (sources: Map<string, string> | { articleId: string; sentence: string }[]) =>
  [...(sources instanceof Map ? sources : sources.map((s) => [s.articleId, s.sentence] as const))]
    .map(([articleId, sentence]) => `${articleId}\u0000${sentence}`)
    .sort()
    .join("\u0001");

/**
 * Runs the question generator again over one stored story's articles, as ingest gives them to it (oldest first,
 * its `now` the time the newest was added), and brings the story's questions in line by fact key: a fact stated
 * again updates its question in place (and un-retires it), a stored question the generator no longer makes is
 * retired, a new fact becomes a question. Nothing is deleted but the sources the generator no longer gives.
 * One transaction per story.
 */
export async function regenerateStory({
  storyId,
  now = new Date(),
  generateQuestions = generate,
}: {
  storyId: string;
  /** When questions are retired. */
  now?: Date;
  generateQuestions?: QuestionGenerator;
}): Promise<StoryRegeneration> {
  const story = await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { title: true } });
  const articles = await db.article.findMany({
    where: { storyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, file: true, rawText: true, publishedOn: true, createdAt: true },
  });
  const report: StoryRegeneration = {
    storyId,
    title: story.title,
    kept: 0,
    updated: 0,
    restored: 0,
    added: 0,
    retired: 0,
    teacherKept: 0,
    error: null,
  };
  const addedAt = articles.at(-1)?.createdAt ?? now;

  let generated: GeneratedQuestion[] = [];
  if (articles.length > 0) {
    try {
      const result = await generateQuestions(
        articles.map((article) => ({
          id: `${STORED_PREFIX}${article.id}`,
          file: article.file,
          text: article.rawText,
        })),
        { now: addedAt },
      );
      generated = result.questions;
    } catch (error) {
      console.error(error);
      report.error = "The question generator failed on this story; its questions are unchanged.";
      return report;
    }
  }

  // Every input is an article of this story, so every fact is scoped by it, as ingest scopes it. The same key
  // from two of the generator's stories is one question with the sources of both.
  const articleIds = new Map(articles.map((article) => [`${STORED_PREFIX}${article.id}`, article]));
  const facts = new Map<
    string,
    { question: GeneratedQuestion; sources: Map<string, string>; publishedOn: Date | null }
  >();
  for (const question of generated) {
    const factKey = `${storyId}|${question.factKey}`;
    const fact = facts.get(factKey) ?? { question, sources: new Map<string, string>(), publishedOn: null };
    for (const source of question.sources) {
      const article = articleIds.get(source.articleId);
      if (!article || fact.sources.has(article.id)) continue;
      fact.sources.set(article.id, source.sentence);
      if (article.publishedOn && (!fact.publishedOn || article.publishedOn < fact.publishedOn)) {
        fact.publishedOn = article.publishedOn;
      }
    }
    if (fact.sources.size > 0) facts.set(factKey, fact);
  }

  await db.$transaction(async (tx) => {
    // Read inside the transaction, which holds the write lock: what it read is still true when it writes.
    const all = await storedQuestions(tx, storyId);
    // A teacher's word stands over the generator's: what they edited, wrote or retired is neither rewritten,
    // retired nor restored, and its fact is not made again as a new question.
    const current = all.filter((question) => !isTeacherKept(question));
    const teacherKeys = new Set(all.filter(isTeacherKept).map((question) => question.factKey));
    report.teacherKept = all.length - current.length;
    const byKey = new Map(current.map((question) => [question.factKey, question]));

    for (const [factKey, fact] of facts) {
      if (teacherKeys.has(factKey)) continue;
      const content = contentOf(fact.question, fact.publishedOn);
      const existing = byKey.get(factKey);
      if (!existing) {
        const id = newId();
        await tx.question.create({ data: { id, factKey, storyId, createdAt: now, ...content } });
        await tx.questionSource.createMany({
          data: [...fact.sources].map(([articleId, sentence]) => ({ questionId: id, articleId, sentence })),
        });
        report.added += 1;
        continue;
      }
      const contentChanged = !sameContent(existing, content);
      const sourcesChanged = sourcesKey(existing.sources) !== sourcesKey(fact.sources);
      const wasRetired = existing.retiredAt !== null;
      if (contentChanged || wasRetired) {
        await tx.question.update({ where: { id: existing.id }, data: { ...content, retiredAt: null } });
      }
      if (sourcesChanged) {
        await tx.questionSource.deleteMany({ where: { questionId: existing.id } });
        await tx.questionSource.createMany({
          data: [...fact.sources].map(([articleId, sentence]) => ({
            questionId: existing.id,
            articleId,
            sentence,
          })),
        });
      }
      if (contentChanged || sourcesChanged) report.updated += 1;
      else report.kept += 1;
      if (wasRetired) report.restored += 1;
    }

    const gone = current.filter((question) => question.retiredAt === null && !facts.has(question.factKey));
    if (gone.length > 0) {
      await tx.question.updateMany({
        where: { id: { in: gone.map((question) => question.id) } },
        data: { retiredAt: now },
      });
      report.retired = gone.length;
    }
  });
  return report;
}

/** Regenerates every stored story, oldest first, one transaction each. */
export async function regenerateAll({
  now = new Date(),
  generateQuestions = generate,
  onStory,
}: {
  now?: Date;
  generateQuestions?: QuestionGenerator;
  onStory?: (report: StoryRegeneration) => void;
} = {}): Promise<StoryRegeneration[]> {
  const stories = await db.story.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const reports: StoryRegeneration[] = [];
  for (const { id } of stories) {
    const report = await regenerateStory({ storyId: id, now, generateQuestions });
    reports.push(report);
    onStory?.(report);
  }
  return reports;
}
