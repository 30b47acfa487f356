import Link from "next/link";
import type { SourceGroup } from "./source-groups";

/** One statement of a question's fact, and a link to each article that makes it. */
export function SourceQuote({ source }: { source: SourceGroup }) {
  return (
    <blockquote className="mt-3 border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
      <p>“{source.sentence}”</p>
      <ul>
        {source.articles.map((article) => (
          <li key={article.articleId}>
            <Link
              href={`/articles/${article.articleId}`}
              className="mt-1 inline-block py-1 font-medium text-brand-700 underline"
            >
              Source: {article.articleTitle}
            </Link>
          </li>
        ))}
      </ul>
    </blockquote>
  );
}
