import "server-only";
import {
  fromSqliteDate,
  type SqliteConnection,
  sqliteConnection,
  toSqliteDate,
  writeTransaction,
} from "@/server/sqlite-writer";
import { type GenerationPlan, plannedFactKeys, resolveGeneration } from "./plan";
import type { ExistingQuestion, GenerationStore, GenerationWrites } from "./types";

// Tables and columns are the @@map and @map names of prisma/schema.prisma; dates are stored as Prisma stores them
// (toSqliteDate), ids are made by plan.ts with the scheme of the schema's @default(cuid()).

type Row<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

const date = (value: Date | null) => (value ? toSqliteDate(value) : null);

function prepare(connection: SqliteConnection) {
  return {
    storedQuestions: connection.prepare<
      [string],
      { id: string; factKey: string; publishedOn: string | null; articleId: string | null }
    >(
      `SELECT q.id, q.fact_key AS factKey, q.published_on AS publishedOn, s.article_id AS articleId
       FROM questions q LEFT JOIN question_sources s ON s.question_id = q.id
       WHERE q.fact_key IN (SELECT value FROM json_each(?))`,
    ),
    insertStory: connection.prepare<Row<GenerationWrites["stories"][number]>>(
      `INSERT INTO stories (id, title, topic, owner_id, visibility, created_at)
       VALUES (@id, @title, @topic, @ownerId, @visibility, @createdAt)`,
    ),
    insertArticle: connection.prepare<Row<GenerationWrites["articles"][number]>>(
      `INSERT INTO articles (id, content_hash, file, title, published_on, source, topic, story_id, duplicate_of_id,
         raw_text, clean_text, warning, added_by_id, created_at)
       VALUES (@id, @contentHash, @file, @title, @publishedOn, @source, @topic, @storyId, @duplicateOfId,
         @rawText, @cleanText, @warning, @addedById, @createdAt)`,
    ),
    insertQuestion: connection.prepare<Row<GenerationWrites["questions"][number]>>(
      `INSERT INTO questions (id, fact_key, kind, prompt, answer, aliases, options, explanation, topic, story_id,
         score, flashcard_front, flashcard_back, cloze_text, published_on, created_at)
       VALUES (@id, @factKey, @kind, @prompt, @answer, @aliases, @options, @explanation, @topic, @storyId,
         @score, @flashcardFront, @flashcardBack, @clozeText, @publishedOn, @createdAt)`,
    ),
    insertSource: connection.prepare<GenerationWrites["sources"][number]>(
      `INSERT INTO question_sources (question_id, article_id, sentence) VALUES (@questionId, @articleId, @sentence)`,
    ),
    dateQuestion: connection.prepare<{ id: string; publishedOn: string }>(
      "UPDATE questions SET published_on = @publishedOn WHERE id = @id",
    ),
  };
}

let prepared: ReturnType<typeof prepare> | null = null;
/** The statements, prepared once on the writer connection. */
const statements = () => (prepared ??= prepare(sqliteConnection()));

function storedQuestions(factKeys: string[]): ExistingQuestion[] {
  const byId = new Map<string, ExistingQuestion>();
  for (const row of statements().storedQuestions.all(JSON.stringify(factKeys))) {
    const question = byId.get(row.id) ?? {
      id: row.id,
      factKey: row.factKey,
      publishedOn: row.publishedOn === null ? null : fromSqliteDate(row.publishedOn),
      sourceArticleIds: [],
    };
    if (row.articleId !== null) question.sourceArticleIds.push(row.articleId);
    byId.set(row.id, question);
  }
  return [...byId.values()];
}

/**
 * The generation through the SQLite writer connection, one synchronous transaction of prepared statements (as
 * answers are written): it holds the write lock for the microseconds its statements take, never across an
 * await, so answers hardly wait behind an ingest. Prisma's interactive transaction held it for 6 to 57 ms.
 */
export const sqliteGenerationStore: GenerationStore = (plan: GenerationPlan) => {
  const sql = statements();
  return writeTransaction(() => {
    const writes = resolveGeneration(plan, storedQuestions(plannedFactKeys(plan)));
    for (const story of writes.stories)
      sql.insertStory.run({ ...story, createdAt: toSqliteDate(story.createdAt) });
    for (const article of writes.articles) {
      sql.insertArticle.run({
        ...article,
        publishedOn: date(article.publishedOn),
        createdAt: toSqliteDate(article.createdAt),
      });
    }
    for (const question of writes.questions) {
      sql.insertQuestion.run({
        ...question,
        publishedOn: date(question.publishedOn),
        createdAt: toSqliteDate(question.createdAt),
      });
    }
    for (const source of writes.sources) sql.insertSource.run(source);
    for (const { id, publishedOn } of writes.questionDates) {
      sql.dateQuestion.run({ id, publishedOn: toSqliteDate(publishedOn) });
    }
    return writes.outcomes;
  });
};
