import Link from "next/link";

/** One source of a question: the sentence that states the fact, and a link to its article. */
export function SourceQuote({
  source,
}: {
  source: { articleId: string; articleTitle: string; sentence: string };
}) {
  return (
    <blockquote className="mt-3 border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
      <p>“{source.sentence}”</p>
      <Link
        href={`/articles/${source.articleId}`}
        className="mt-1 inline-block py-1 font-medium text-brand-700 underline"
      >
        Source: {source.articleTitle}
      </Link>
    </blockquote>
  );
}
