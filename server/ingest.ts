import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/prisma/generated/client";
import { generate } from "@/questions";
import type {
  ArticleInput,
  GeneratedArticle,
  GeneratedQuestion,
  GenerateOptions,
  GenerationResult,
} from "@/questions/types";
import { db } from "./db";

export interface IngestInput {
  /** A path or upload name, shown in the report. */
  file: string;
  text: string;
}

export type QuestionGenerator = (
  inputs: ArticleInput[],
  options: GenerateOptions,
) => GenerationResult | Promise<GenerationResult>;

export type IngestStatus = "added" | "duplicate" | "no_questions" | "error";

export interface IngestReport {
  file: string;
  status: IngestStatus;
  /** Questions this article now backs: new ones plus known facts it repeats. */
  questions: number;
  message: string;
  /** The stored article, when there is one. */
  articleId: string | null;
}

/** How many recently stored articles are searched for stories a new article may join. */
export const STORY_SEARCH_ARTICLES = 1000;
/** At most this many stored articles go to the generator again with the new ones: those of the stories they may join. */
export const STORY_CONTEXT_ARTICLES = 40;
/** A stored story is a candidate when one of its articles shares this many names with a new article. */
const SHARED_NAMES_FOR_CANDIDATE = 4;

// Inputs the generator marks unreadable are reported, not stored: there is nothing to study in them.
const UNSTORED_WARNINGS = new Set(["empty", "binary"]);

const NEW_PREFIX = "new:";
const STORED_PREFIX = "stored:";

/** Whitespace, line endings and Unicode forms do not make a text new. */
export function normaliseForHash(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text)).digest("hex");
}

function parseDay(date: string | null): Date | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return new Date(`${date}T00:00:00.000Z`);
}

function earliest(dates: (Date | null | undefined)[]): Date | null {
  const known = dates.filter((date): date is Date => date instanceof Date);
  if (known.length === 0) return null;
  return new Date(Math.min(...known.map((date) => date.getTime())));
}

function describeAdded(
  article: GeneratedArticle,
  newQuestions: number,
  knownFacts: number,
  duplicateOf: string | null,
) {
  const parts: string[] = [];
  parts.push(`${newQuestions} new question${newQuestions === 1 ? "" : "s"}`);
  if (knownFacts > 0) parts.push(`${knownFacts} known fact${knownFacts === 1 ? "" : "s"} confirmed`);
  if (duplicateOf) parts.push(`same wire copy as "${duplicateOf}"`);
  if (article.warning) parts.push(article.warning.message);
  return `Added "${article.title}": ${parts.join("; ")}.`;
}

interface Pending {
  index: number;
  input: IngestInput;
  hash: string;
}

/**
 * Imports articles: each new text becomes an article of a (possibly existing) story, its facts questions.
 * The same text twice is a no-op; a fact met again adds a source to its question instead of a new question.
 * All writes of one call happen in one transaction.
 */
export async function ingestArticles({
  inputs,
  addedById = null,
  now = new Date(),
  generateQuestions = generate,
}: {
  inputs: IngestInput[];
  addedById?: string | null;
  /** The generator, or a stand-in that runs it elsewhere (the ingest worker runs it in a low-priority thread). */
  generateQuestions?: QuestionGenerator;
  now?: Date;
}): Promise<IngestReport[]> {
  const reports: (IngestReport | undefined)[] = new Array(inputs.length);
  const hashes = inputs.map((input) => contentHash(input.text));

  const stored = await db.article.findMany({
    where: { contentHash: { in: hashes } },
    select: { contentHash: true, title: true, id: true },
  });
  const storedByHash = new Map(stored.map((article) => [article.contentHash, article]));

  const pending: Pending[] = [];
  const firstIndexByHash = new Map<string, number>();
  inputs.forEach((input, index) => {
    const hash = hashes[index] as string;
    const known = storedByHash.get(hash);
    const earlier = firstIndexByHash.get(hash);
    if (known) {
      reports[index] = {
        file: input.file,
        status: "duplicate",
        questions: 0,
        message: `Already added as "${known.title}".`,
        articleId: known.id,
      };
    } else if (earlier !== undefined) {
      reports[index] = {
        file: input.file,
        status: "duplicate",
        questions: 0,
        message: `Same text as ${inputs[earlier]?.file ?? "another file"} in this batch.`,
        articleId: null,
      };
    } else {
      firstIndexByHash.set(hash, index);
      pending.push({ index, input, hash });
    }
  });

  if (pending.length > 0) {
    // The stored articles of the stories the new ones may join go in first, as they were first added.
    const context = await candidateStoryArticles(pending.map(({ input }) => input.text));

    const generatorInputs: ArticleInput[] = [
      ...context.map((article) => ({
        id: `${STORED_PREFIX}${article.id}`,
        file: article.file,
        text: article.rawText,
      })),
      ...pending.map(({ index, input }) => ({
        id: `${NEW_PREFIX}${index}`,
        file: input.file,
        text: input.text,
      })),
    ];

    let result: GenerationResult;
    try {
      result = await generateQuestions(generatorInputs, { now });
    } catch (error) {
      console.error(error);
      for (const { index, input } of pending) {
        reports[index] = {
          file: input.file,
          status: "error",
          questions: 0,
          message: "The question generator failed on this batch.",
          articleId: null,
        };
      }
      return reports as IngestReport[];
    }

    const written = await db.$transaction(
      (tx) => storeGeneration(tx, { pending, context, result, addedById }),
      {
        timeout: 120_000,
        maxWait: 30_000,
      },
    );
    for (const report of written) reports[report.index] = report.report;
  }

  return reports.map(
    (report, index) =>
      report ?? {
        file: inputs[index]?.file ?? "",
        status: "error",
        questions: 0,
        message: "This article was not processed.",
        articleId: null,
      },
  );
}

// Capitalised words that name nothing: sentence openers, days, months, titles.
const NOT_NAMES = new Set(
  (
    "the a an and but or in on at of for to by with from as after before during while when where this that these those " +
    "he she it they we you i his her its their our him them there here what who which why how said says also " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prime " +
    "minister president chief new read more related articles updated published news report reports"
  ).split(" "),
);

/** Capitalised words and acronyms of a text, lower-cased: the names a story shares across its articles. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const [word] of text.matchAll(/\b[A-Z][A-Za-z]{2,}\b/g)) {
    const key = word.toLowerCase();
    if (!NOT_NAMES.has(key)) names.add(key);
  }
  return names;
}

/**
 * The stored articles of the stories new texts may join, oldest first: a story is a candidate when one of its
 * recent articles shares names with a new text, the closest stories first, up to STORY_CONTEXT_ARTICLES articles.
 * The generator decides which of them the new articles really join; it never re-reads the rest of the corpus.
 */
async function candidateStoryArticles(texts: string[]) {
  const wanted = texts.map(namesIn);
  const recent = await db.article.findMany({
    orderBy: { createdAt: "desc" },
    take: STORY_SEARCH_ARTICLES,
    select: { storyId: true, cleanText: true, title: true },
  });
  const scoreByStory = new Map<string, number>();
  for (const article of recent) {
    const names = namesIn(`${article.title}\n${article.cleanText}`);
    const shared = Math.max(...wanted.map((set) => [...set].filter((name) => names.has(name)).length));
    if (shared >= SHARED_NAMES_FOR_CANDIDATE && shared > (scoreByStory.get(article.storyId) ?? 0)) {
      scoreByStory.set(article.storyId, shared);
    }
  }
  const stories = [...scoreByStory.entries()].sort((a, b) => b[1] - a[1]).map(([storyId]) => storyId);
  const sizes = await db.article.groupBy({
    by: ["storyId"],
    where: { storyId: { in: stories } },
    _count: { _all: true },
  });
  const sizeOf = new Map(sizes.map((row) => [row.storyId, row._count._all]));
  const chosen: string[] = [];
  let articles = 0;
  for (const storyId of stories) {
    const size = sizeOf.get(storyId) ?? 0;
    if (chosen.length > 0 && articles + size > STORY_CONTEXT_ARTICLES) continue;
    chosen.push(storyId);
    articles += size;
  }
  if (chosen.length === 0) return [];
  return db.article
    .findMany({
      where: { storyId: { in: chosen } },
      orderBy: { createdAt: "desc" },
      take: STORY_CONTEXT_ARTICLES,
      select: { id: true, file: true, rawText: true, storyId: true, title: true, publishedOn: true },
    })
    .then((rows) => rows.reverse());
}

interface StoredContextArticle {
  id: string;
  storyId: string;
  title: string;
  publishedOn: Date | null;
}

async function storeGeneration(
  tx: Prisma.TransactionClient,
  {
    pending,
    context,
    result,
    addedById,
  }: {
    pending: Pending[];
    context: StoredContextArticle[];
    result: GenerationResult;
    addedById: string | null;
  },
): Promise<{ index: number; report: IngestReport }[]> {
  // Every statement here holds SQLite's one write lock, which answers wait for: a few statements per batch,
  // whatever the number of questions (rows go in with createMany), and nothing computed that could be done before.
  const contextById = new Map(context.map((article) => [`${STORED_PREFIX}${article.id}`, article]));
  const generatedById = new Map(result.articles.map((article) => [article.id, article]));

  // Generator story id -> stored Story id: joined through stored articles first, created for new stories.
  const storyIds = new Map<string, string>();
  for (const article of result.articles) {
    const stored = contextById.get(article.id);
    if (stored && !storyIds.has(article.storyId)) storyIds.set(article.storyId, stored.storyId);
  }

  // Generator article id -> stored Article id and date, for sources and duplicates.
  const articleIds = new Map<string, string>();
  const articleDates = new Map<string, Date | null>();
  for (const [id, article] of contextById) {
    articleIds.set(id, article.id);
    articleDates.set(id, article.publishedOn);
  }

  const outcomes: { index: number; report: IngestReport }[] = [];
  const storedNew: { index: number; file: string; generated: GeneratedArticle; hash: string }[] = [];

  for (const { index, input, hash } of pending) {
    const generated = generatedById.get(`${NEW_PREFIX}${index}`);
    if (!generated) {
      outcomes.push({
        index,
        report: {
          file: input.file,
          status: "error",
          questions: 0,
          message: "The generator returned nothing for this file.",
          articleId: null,
        },
      });
      continue;
    }
    if (generated.warning && UNSTORED_WARNINGS.has(generated.warning.code)) {
      outcomes.push({
        index,
        report: {
          file: input.file,
          status: "no_questions",
          questions: 0,
          message: generated.warning.message,
          articleId: null,
        },
      });
      continue;
    }

    let storyId = storyIds.get(generated.storyId);
    if (!storyId) {
      const story = await tx.story.create({
        data: { title: generated.storyTitle, topic: generated.topic },
        select: { id: true },
      });
      storyId = story.id;
      storyIds.set(generated.storyId, storyId);
    }
    const duplicateOfId = generated.duplicateOf ? (articleIds.get(generated.duplicateOf) ?? null) : null;
    const publishedOn = parseDay(generated.date);
    const article = await tx.article.create({
      data: {
        contentHash: hash,
        file: input.file,
        title: generated.title,
        publishedOn,
        source: generated.source,
        topic: generated.topic,
        storyId,
        duplicateOfId,
        rawText: input.text,
        cleanText: generated.cleanText,
        warning: generated.warning?.message ?? null,
        addedById,
      },
      select: { id: true },
    });
    articleIds.set(generated.id, article.id);
    articleDates.set(generated.id, publishedOn);
    storedNew.push({ index, file: input.file, generated, hash });
  }

  const tallies = await storeQuestions(tx, {
    questions: result.questions,
    newArticleIds: new Set(storedNew.map(({ generated }) => generated.id)),
    storyIds,
    articleIds,
    articleDates,
  });

  for (const { index, file, generated } of storedNew) {
    const articleId = articleIds.get(generated.id) ?? null;
    const newQuestions = tallies.newQuestions.get(generated.id) ?? 0;
    const knownFacts = tallies.knownFacts.get(generated.id) ?? 0;
    const duplicateTitle = generated.duplicateOf
      ? (contextById.get(generated.duplicateOf)?.title ??
        generatedById.get(generated.duplicateOf)?.title ??
        null)
      : null;
    if (newQuestions + knownFacts === 0) {
      const why = generated.warning?.message ?? "No fact in it could be turned into a question.";
      if (articleId && !generated.warning) {
        await tx.article.update({ where: { id: articleId }, data: { warning: why } });
      }
      outcomes.push({
        index,
        report: {
          file,
          status: "no_questions",
          questions: 0,
          message: duplicateTitle ? `${why} Same wire copy as "${duplicateTitle}".` : why,
          articleId,
        },
      });
    } else {
      outcomes.push({
        index,
        report: {
          file,
          status: "added",
          questions: newQuestions + knownFacts,
          message: describeAdded(generated, newQuestions, knownFacts, duplicateTitle),
          articleId,
        },
      });
    }
  }
  return outcomes;
}

interface PlannedQuestion {
  question: GeneratedQuestion;
  storyId: string;
  /** Stored article id -> the sentence it states the fact in. */
  sources: Map<string, string>;
  publishedOn: Date | null;
  /** Generator ids of the new articles among its sources. */
  freshArticles: Set<string>;
}

/**
 * Stores the questions that new articles state: a fact not stored yet becomes a question, a stored one gains the
 * new articles as sources. Counts per new article how many of each it backs.
 */
async function storeQuestions(
  tx: Prisma.TransactionClient,
  {
    questions,
    newArticleIds,
    storyIds,
    articleIds,
    articleDates,
  }: {
    questions: GeneratedQuestion[];
    newArticleIds: Set<string>;
    storyIds: Map<string, string>;
    articleIds: Map<string, string>;
    articleDates: Map<string, Date | null>;
  },
): Promise<{ newQuestions: Map<string, number>; knownFacts: Map<string, number> }> {
  // The generator's key names a fact within its story; stored keys are scoped by the stored story. Two of the
  // generator's stories may map to one stored story: the same stored key twice is one question.
  const planned = new Map<string, PlannedQuestion>();
  for (const question of questions) {
    const fresh = question.sources.filter((source) => newArticleIds.has(source.articleId));
    if (fresh.length === 0) continue;
    const storyId = storyIds.get(question.storyId);
    if (!storyId) throw new Error(`Question ${question.id} belongs to no stored story`);
    const factKey = `${storyId}|${question.factKey}`;
    const plan = planned.get(factKey) ?? {
      question,
      storyId,
      sources: new Map<string, string>(),
      publishedOn: null,
      freshArticles: new Set<string>(),
    };
    for (const source of question.sources) {
      const articleId = articleIds.get(source.articleId);
      if (!articleId || plan.sources.has(articleId)) continue;
      plan.sources.set(articleId, source.sentence);
      plan.publishedOn = earliest([plan.publishedOn, articleDates.get(source.articleId)]);
    }
    for (const source of fresh) plan.freshArticles.add(source.articleId);
    planned.set(factKey, plan);
  }

  const existing = await tx.question.findMany({
    where: { factKey: { in: [...planned.keys()] } },
    select: { id: true, factKey: true, publishedOn: true, sources: { select: { articleId: true } } },
  });
  const existingByKey = new Map(existing.map((question) => [question.factKey, question]));

  const created = await tx.question.createManyAndReturn({
    data: [...planned]
      .filter(([factKey]) => !existingByKey.has(factKey))
      .map(([factKey, { question, storyId, publishedOn }]) => ({
        factKey,
        kind: question.kind,
        prompt: question.prompt,
        answer: question.answer,
        aliases: JSON.stringify(question.aliases),
        options: JSON.stringify(question.options),
        explanation: question.explanation,
        topic: question.topic,
        storyId,
        score: question.score,
        flashcardFront: question.flashcard.front,
        flashcardBack: question.flashcard.back,
        clozeText: question.cloze.text,
        publishedOn,
      })),
    select: { id: true, factKey: true },
  });
  const createdIds = new Map(created.map((question) => [question.factKey, question.id]));

  const newQuestions = new Map<string, number>();
  const knownFacts = new Map<string, number>();
  const sourceRows: { questionId: string; articleId: string; sentence: string }[] = [];
  for (const [factKey, plan] of planned) {
    const stored = existingByKey.get(factKey);
    const questionId = stored?.id ?? createdIds.get(factKey);
    if (!questionId) throw new Error(`Question ${factKey} was neither found nor created`);
    const known = new Set(stored?.sources.map((source) => source.articleId));
    for (const [articleId, sentence] of plan.sources) {
      if (!known.has(articleId)) sourceRows.push({ questionId, articleId, sentence });
    }
    if (stored) {
      const firstSeen = earliest([stored.publishedOn, plan.publishedOn]);
      if (firstSeen && firstSeen.getTime() !== stored.publishedOn?.getTime()) {
        await tx.question.update({ where: { id: stored.id }, data: { publishedOn: firstSeen } });
      }
    }
    const tally = stored ? knownFacts : newQuestions;
    for (const article of plan.freshArticles) tally.set(article, (tally.get(article) ?? 0) + 1);
  }
  if (sourceRows.length > 0) await tx.questionSource.createMany({ data: sourceRows });
  return { newQuestions, knownFacts };
}
