import "server-only";
import cuid from "@bugsnag/cuid";
import type { GeneratedArticle, GeneratedQuestion, GenerationResult } from "@/questions/types";
import type {
  ExistingQuestion,
  GenerationWrites,
  IngestReport,
  Pending,
  StoredContextArticle,
} from "./types";

// What a generation writes, worked out apart from any database: planGeneration before the write transaction
// (stories and articles), resolveGeneration inside it, once the stored questions it may repeat are read. Both
// writers (prisma.ts, sqlite.ts) then store exactly these rows, so the two paths cannot drift apart.

/** Ids: cuid (v1), the scheme of the schema's @default(cuid()), whose ids sort by creation time (queue.ts relies on it). */
export const newId: () => string = cuid;

export const NEW_PREFIX = "new:";
export const STORED_PREFIX = "stored:";

// Inputs the generator marks unreadable are reported, not stored: there is nothing to study in them.
const UNSTORED_WARNINGS = new Set(["empty", "binary"]);
const NO_FACT = "No fact in it could be turned into a question.";

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

interface PlannedQuestion {
  question: GeneratedQuestion;
  storyId: string;
  /** Stored article id -> the sentence it states the fact in. */
  sources: Map<string, string>;
  publishedOn: Date | null;
  /** Generator ids of the new articles among its sources. */
  freshArticles: Set<string>;
}

interface PlannedArticle {
  index: number;
  file: string;
  generated: GeneratedArticle;
  row: GenerationWrites["articles"][number];
  duplicateTitle: string | null;
}

export interface GenerationPlan {
  createdAt: Date;
  /** Reports settled before any read: files the generator returned nothing for or found unreadable. */
  settled: { index: number; report: IngestReport }[];
  stories: GenerationWrites["stories"];
  articles: PlannedArticle[];
  /** Stored fact key -> the question, its sources and the new articles that state it. */
  questions: Map<string, PlannedQuestion>;
}

/**
 * Maps a generation onto rows: a story for each new story, an article for each stored new text, and the facts
 * new articles state keyed by stored story. Reads nothing, so it runs before the write transaction.
 */
export function planGeneration({
  pending,
  context,
  result,
  addedById,
  createdAt,
}: {
  pending: Pending[];
  context: StoredContextArticle[];
  result: GenerationResult;
  addedById: string | null;
  createdAt: Date;
}): GenerationPlan {
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

  const plan: GenerationPlan = { createdAt, settled: [], stories: [], articles: [], questions: new Map() };

  for (const { index, input, hash } of pending) {
    const generated = generatedById.get(`${NEW_PREFIX}${index}`);
    if (!generated) {
      plan.settled.push({
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
      plan.settled.push({
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
      storyId = newId();
      plan.stories.push({
        id: storyId,
        title: generated.storyTitle,
        topic: generated.topic,
        // A user's add is private to them until they publish it; an add by nobody (seed, CLI) is the library's.
        ownerId: addedById,
        visibility: addedById === null ? "library" : "private",
        createdAt,
      });
      storyIds.set(generated.storyId, storyId);
    }
    // Only a stored article or a new one met earlier in this batch can be the original of a duplicate.
    const duplicateOfId = generated.duplicateOf ? (articleIds.get(generated.duplicateOf) ?? null) : null;
    const publishedOn = parseDay(generated.date);
    const id = newId();
    articleIds.set(generated.id, id);
    articleDates.set(generated.id, publishedOn);
    plan.articles.push({
      index,
      file: input.file,
      generated,
      duplicateTitle: generated.duplicateOf
        ? (contextById.get(generated.duplicateOf)?.title ??
          generatedById.get(generated.duplicateOf)?.title ??
          null)
        : null,
      row: {
        id,
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
        createdAt,
      },
    });
  }

  // The generator's key names a fact within its story; stored keys are scoped by the stored story. Two of the
  // generator's stories may map to one stored story: the same stored key twice is one question.
  const newArticleIds = new Set(plan.articles.map(({ generated }) => generated.id));
  for (const question of result.questions) {
    const fresh = question.sources.filter((source) => newArticleIds.has(source.articleId));
    if (fresh.length === 0) continue;
    const storyId = storyIds.get(question.storyId);
    if (!storyId) throw new Error(`Question ${question.id} belongs to no stored story`);
    const factKey = `${storyId}|${question.factKey}`;
    const planned = plan.questions.get(factKey) ?? {
      question,
      storyId,
      sources: new Map<string, string>(),
      publishedOn: null,
      freshArticles: new Set<string>(),
    };
    for (const source of question.sources) {
      const articleId = articleIds.get(source.articleId);
      if (!articleId || planned.sources.has(articleId)) continue;
      planned.sources.set(articleId, source.sentence);
      planned.publishedOn = earliest([planned.publishedOn, articleDates.get(source.articleId)]);
    }
    for (const source of fresh) planned.freshArticles.add(source.articleId);
    plan.questions.set(factKey, planned);
  }
  return plan;
}

/** The fact keys whose stored questions resolveGeneration needs. */
export const plannedFactKeys = (plan: GenerationPlan): string[] => [...plan.questions.keys()];

/**
 * The rows to write, given the stored questions with the plan's fact keys: a fact not stored yet becomes a
 * question, a stored one gains the new articles as sources (and an earlier date if they have one). Runs inside
 * the write transaction, so what it read is still true; question ids are made here, in creation order.
 */
export function resolveGeneration(plan: GenerationPlan, existing: ExistingQuestion[]): GenerationWrites {
  const existingByKey = new Map(existing.map((question) => [question.factKey, question]));
  const writes: GenerationWrites = {
    stories: plan.stories,
    articles: [],
    questions: [],
    sources: [],
    questionDates: [],
    outcomes: [...plan.settled],
  };

  const newQuestions = new Map<string, number>();
  const knownFacts = new Map<string, number>();
  for (const [factKey, planned] of plan.questions) {
    const stored = existingByKey.get(factKey);
    const questionId = stored?.id ?? newId();
    if (!stored) {
      const { question, storyId, publishedOn } = planned;
      writes.questions.push({
        id: questionId,
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
        createdAt: plan.createdAt,
      });
    }
    const known = new Set(stored?.sourceArticleIds);
    for (const [articleId, sentence] of planned.sources) {
      if (!known.has(articleId)) writes.sources.push({ questionId, articleId, sentence });
    }
    if (stored) {
      const firstSeen = earliest([stored.publishedOn, planned.publishedOn]);
      if (firstSeen && firstSeen.getTime() !== stored.publishedOn?.getTime()) {
        writes.questionDates.push({ id: stored.id, publishedOn: firstSeen });
      }
    }
    const tally = stored ? knownFacts : newQuestions;
    for (const article of planned.freshArticles) tally.set(article, (tally.get(article) ?? 0) + 1);
  }

  for (const { index, file, generated, row, duplicateTitle } of plan.articles) {
    const fresh = newQuestions.get(generated.id) ?? 0;
    const confirmed = knownFacts.get(generated.id) ?? 0;
    if (fresh + confirmed === 0) {
      // An article that yields no question says why, in the report and on the stored row.
      const why = generated.warning?.message ?? NO_FACT;
      writes.articles.push({ ...row, warning: why });
      writes.outcomes.push({
        index,
        report: {
          file,
          status: "no_questions",
          questions: 0,
          message: duplicateTitle ? `${why} Same wire copy as "${duplicateTitle}".` : why,
          articleId: row.id,
        },
      });
    } else {
      writes.articles.push(row);
      writes.outcomes.push({
        index,
        report: {
          file,
          status: "added",
          questions: fresh + confirmed,
          message: describeAdded(generated, fresh, confirmed, duplicateTitle),
          articleId: row.id,
        },
      });
    }
  }
  return writes;
}
