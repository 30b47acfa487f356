import "server-only";
import { db } from "@/server/db";
import { type GenerationPlan, plannedFactKeys, resolveGeneration } from "./plan";
import type { GenerationStore } from "./types";

/** The generation through Prisma, one interactive transaction: the path on PostgreSQL. */
export const prismaGenerationStore: GenerationStore = (plan: GenerationPlan) =>
  db.$transaction(
    async (tx) => {
      const stored = await tx.question.findMany({
        where: { factKey: { in: plannedFactKeys(plan) } },
        select: { id: true, factKey: true, publishedOn: true, sources: { select: { articleId: true } } },
      });
      const writes = resolveGeneration(
        plan,
        stored.map(({ sources, ...question }) => ({
          ...question,
          sourceArticleIds: sources.map((source) => source.articleId),
        })),
      );
      if (writes.stories.length > 0) await tx.story.createMany({ data: writes.stories });
      if (writes.articles.length > 0) await tx.article.createMany({ data: writes.articles });
      if (writes.questions.length > 0) await tx.question.createMany({ data: writes.questions });
      if (writes.sources.length > 0) await tx.questionSource.createMany({ data: writes.sources });
      for (const { id, publishedOn } of writes.questionDates) {
        await tx.question.update({ where: { id }, data: { publishedOn } });
      }
      return writes.outcomes;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
