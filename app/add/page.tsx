import type { Metadata } from "next";
import { z } from "zod";
import {
  LIMITS_SENTENCE,
  MAX_FILE_BYTES,
  MAX_FILES,
  MAX_TOTAL_BYTES,
  ZBatchIdSchema,
} from "@/server/add-articles.schema";
import { getAddProgress } from "@/server/ingest-queue";
import { requireUser } from "@/server/session";
import { AddArticlesForm } from "./_components/add-articles-form";

export const metadata: Metadata = { title: "Add articles" };

// Messages for a form sent without JavaScript, which comes back here from POST /add/articles as ?error=….
const FORM_ERRORS = {
  too_large: "That upload was over the limit; nothing was added. Add the articles in smaller groups.",
  invalid: `Nothing was added: paste an article or choose .txt files. ${LIMITS_SENTENCE}`,
  rate_limited: "You have added articles many times this hour; nothing was added. Try again later.",
  sign_in: "Sign in to add articles.",
  failed: "Adding the articles failed; nothing was added. Please try again.",
} as const;

const ZAddPageQuery = z.object({
  batch: ZBatchIdSchema.optional().catch(undefined),
  error: z
    .enum(Object.keys(FORM_ERRORS) as [keyof typeof FORM_ERRORS])
    .optional()
    .catch(undefined),
});

export default async function AddArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/add");
  const query = ZAddPageQuery.parse(await searchParams);
  const progress = query.batch ? await getAddProgress({ batchId: query.batch, userId: user.id }) : null;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Add articles</h1>
        <p className="text-sm text-slate-600">
          Paste a news article or upload .txt files. Each becomes questions in its story&apos;s set; an
          article you already added is skipped.
        </p>
      </div>
      <AddArticlesForm
        limits={{ maxFiles: MAX_FILES, maxFileBytes: MAX_FILE_BYTES, maxTotalBytes: MAX_TOTAL_BYTES }}
        limitsSentence={LIMITS_SENTENCE}
        initialProgress={progress}
        initialError={query.error ? FORM_ERRORS[query.error] : null}
      />
    </div>
  );
}
