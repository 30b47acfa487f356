import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/prisma/generated/client";
import { generate } from "@/questions";
import type { ArticleInput, GenerateOptions, GenerationResult } from "@/questions/types";
import { db } from "./db";
import {
  generationStores,
  type IngestInput,
  type IngestReport,
  ingestWriter,
  NEW_PREFIX,
  type Pending,
  planGeneration,
  STORED_PREFIX,
} from "./ingest-store";
import { visibleArticleWhere } from "./permissions/visibility";

export type { IngestInput, IngestReport, IngestStatus } from "./ingest-store";

export type QuestionGenerator = (
  inputs: ArticleInput[],
  options: GenerateOptions,
) => GenerationResult | Promise<GenerationResult>;

/** How many recently stored articles are searched for stories a new article may join. */
export const STORY_SEARCH_ARTICLES = 1000;
/** At most this many stored articles go to the generator again with the new ones: those of the stories they may join. */
export const STORY_CONTEXT_ARTICLES = 40;
/** A stored story is a candidate when one of its articles shares this many names with a new article. */
const SHARED_NAMES_FOR_CANDIDATE = 4;

/** Whitespace, line endings and Unicode forms do not make a text new. */
export function normaliseForHash(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text)).digest("hex");
}

/**
 * Whose content an ingest makes, from who adds it: a user's add becomes stories private to that user (a teacher
 * publishes them afterwards); the seed and `npm run ingest` (no user) fill the library. New articles join only
 * stories of the same scope, so a private add never lands in another user's story or the library.
 */
export function joinableStoryWhere(addedById: string | null): Prisma.StoryWhereInput {
  return addedById === null
    ? { ownerId: null, visibility: "library" }
    : { ownerId: addedById, visibility: "private" };
}

/**
 * Where a text counts as already added: among the articles the adder may see (the library for the seed and the
 * CLI). The same text as someone else's private article is simply a new private copy.
 */
function duplicateSearchWhere(addedById: string | null): Prisma.ArticleWhereInput {
  return addedById === null ? { story: { visibility: "library" } } : visibleArticleWhere(addedById);
}

/**
 * Imports articles: each new text becomes an article of a (possibly existing) story, its facts questions.
 * The same text twice is a no-op; a fact met again adds a source to its question instead of a new question.
 * What a user adds is private to them, what nobody adds (seed, CLI) is the library's (joinableStoryWhere).
 * All writes of one call happen in one transaction.
 */
export async function ingestArticles({
  inputs,
  addedById = null,
  now = new Date(),
  generateQuestions = generate,
  writer = ingestWriter,
}: {
  inputs: IngestInput[];
  /** The user adding (their private stories), or null for the library. */
  addedById?: string | null;
  /** The generator, or a stand-in that runs it elsewhere (the ingest worker runs it in a low-priority thread). */
  generateQuestions?: QuestionGenerator;
  now?: Date;
  /** Which writer stores the rows; the default is chosen by server/ingest-store (tests compare the two). */
  writer?: typeof ingestWriter;
}): Promise<IngestReport[]> {
  const reports: (IngestReport | undefined)[] = new Array(inputs.length);
  const hashes = inputs.map((input) => contentHash(input.text));

  const stored = await db.article.findMany({
    where: { contentHash: { in: hashes }, ...duplicateSearchWhere(addedById) },
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
    const context = await candidateStoryArticles(
      pending.map(({ input }) => input.text),
      joinableStoryWhere(addedById),
    );

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

    // Everything but the stored questions a fact may repeat is worked out before taking the write lock.
    const plan = planGeneration({ pending, context, result, addedById, createdAt: new Date() });
    const written = await generationStores[writer](plan);
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
 * The stored articles of the stories new texts may join, oldest first: a story is a candidate when it is of the
 * add's scope (`joinable`) and one of its recent articles shares names with a new text, the closest stories
 * first, up to STORY_CONTEXT_ARTICLES articles. The generator decides which of them the new articles really join;
 * it never re-reads the rest of the corpus.
 */
async function candidateStoryArticles(texts: string[], joinable: Prisma.StoryWhereInput) {
  const wanted = texts.map(namesIn);
  const recent = await db.article.findMany({
    where: { story: joinable },
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
      // Articles of one add share a creation time; their ids still sort in the order they were added.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: STORY_CONTEXT_ARTICLES,
      select: { id: true, file: true, rawText: true, storyId: true, title: true, publishedOn: true },
    })
    .then((rows) => rows.reverse());
}
