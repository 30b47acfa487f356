import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTeacherRequest } from "@/server/data/accounts";
import { getArticle } from "@/server/data/articles";
import { getStoryPublishing } from "@/server/data/publishing";
import { getCurrentUser, requireUser } from "@/server/session";
import { HighlightedText } from "./_components/highlighted-text";
import { PublishingForm } from "./_components/publishing-form";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ notice?: string | string[] }> };

const ZNotice = z.string().max(40).optional().catch(undefined);

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getCurrentUser();
  const article = user ? await getArticle({ id: (await params).id, userId: user.id }) : null;
  return { title: article?.title ?? "Article" };
}

/** An article the reader may see (sign-in first); 404 for one they may not, as for one that does not exist. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/articles/${encodeURIComponent(id)}`);
  const article = await getArticle({ id, userId: user.id });
  if (!article) notFound();
  const [publishing, teacherRequest] = article.story.ownedByReader
    ? await Promise.all([
        getStoryPublishing({ storyId: article.story.id, user }),
        getTeacherRequest({ userId: user.id }),
      ])
    : [null, null];
  const notice = ZNotice.parse((await searchParams)?.notice);
  const sentences = article.highlights.map((highlight) => highlight.sentence);

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link
            href={`/sets/${encodeURIComponent(`story:${article.story.id}`)}`}
            className="text-brand-700 underline"
          >
            Story: {article.story.title}
          </Link>
        </p>
        <h1 className="text-2xl font-bold leading-tight">{article.title}</h1>
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
          <div className="flex gap-1">
            <dt className="sr-only">Date</dt>
            <dd>{article.publishedOn ? dateFormat.format(new Date(article.publishedOn)) : "Undated"}</dd>
          </div>
          {article.source ? (
            <div className="flex gap-1">
              <dt>Source:</dt>
              <dd>{article.source}</dd>
            </div>
          ) : null}
          <div className="flex gap-1">
            <dt>Topic:</dt>
            <dd className="capitalize">{article.topic}</dd>
          </div>
        </dl>
        {article.duplicateOf ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Same wire copy as{" "}
            <Link href={`/articles/${article.duplicateOf.id}`} className="underline">
              {article.duplicateOf.title}
            </Link>
            .
          </p>
        ) : null}
        {article.duplicates.length > 0 ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Also published as the same wire copy:{" "}
            {article.duplicates.map((duplicate, index) => (
              <span key={duplicate.id}>
                {index > 0 ? ", " : null}
                <Link href={`/articles/${duplicate.id}`} className="underline">
                  {duplicate.title}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        {article.warning ? <p className="text-sm text-slate-600">Note: {article.warning}</p> : null}
      </header>

      {publishing ? (
        <PublishingForm
          articleId={article.id}
          publishing={publishing}
          notice={notice}
          teacherRequest={teacherRequest?.status ?? null}
        />
      ) : null}

      <HighlightedText text={article.cleanText} sentences={sentences} />

      <section aria-labelledby="facts-heading" className="space-y-3">
        <h2 id="facts-heading" className="text-lg font-semibold">
          Questions from this article
        </h2>
        {article.highlights.length === 0 ? (
          <p className="text-slate-600">No questions came from this article.</p>
        ) : (
          <ol className="space-y-3">
            {article.highlights.map((highlight, index) => (
              <li
                key={highlight.sentence}
                id={`facts-${index + 1}`}
                className="scroll-mt-20 rounded-md border border-slate-200 bg-white p-3"
              >
                <p className="text-sm text-slate-600">
                  <a href={`#sentence-${index + 1}`} className="font-semibold text-brand-700 underline">
                    Sentence {index + 1}
                  </a>
                </p>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {highlight.questions.map((question) => (
                    <li key={question.id}>{question.prompt}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      {article.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading" className="text-lg font-semibold">
            More on this story
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {article.related.map((other) => (
              <li key={other.id}>
                <Link href={`/articles/${other.id}`} className="text-brand-700 underline">
                  {other.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
