import type { Metadata } from "next";
import Link from "next/link";
import { MONTHS } from "@/questions";
import { type BrowsedQuestion, browseQuestions } from "@/server/data/question-library";
import { listOwnSets } from "@/server/data/question-sets";
import { ZBrowseQuery } from "@/server/teach/browse.schema";
import { requireTeacherPage } from "@/server/teach/teacher";
import { TeachLinks } from "../_components/teach-links";
import { AddToSet } from "./_components/add-to-set";
import { QuestionPreview } from "./_components/question-preview";

export const metadata: Metadata = { title: "Questions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const SCOPE_LABELS = { library: "Library", class: "Class", own: "Yours" } as const;

function monthLabel(month: string): string {
  const [year, index] = month.split("-");
  return `${MONTHS[Number(index) - 1] ?? month} ${year}`;
}

const dateLabel = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function TeachQuestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireTeacherPage("/teach/questions");
  const raw = await searchParams;
  const query = ZBrowseQuery.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])),
  );
  const [result, sets] = await Promise.all([
    browseQuestions({ user, query }),
    listOwnSets({ userId: user.id }),
  ]);
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    for (const key of ["topic", "story", "month", "status"] as const) {
      const value = query[key];
      if (value && !(key === "status" && value === "active")) params.set(key, value);
    }
    if (page > 1) params.set("page", String(page));
    const search = params.toString();
    return `/teach/questions${search ? `?${search}` : ""}`;
  };
  const selectClass = "min-h-12 w-full rounded-lg border-2 border-slate-300 bg-white px-3";

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Questions</h1>
        <TeachLinks current="/teach/questions" />
        <p className="text-sm text-slate-600">
          The library&apos;s questions, your classes&apos; and your own, as students see them in the quiz.
        </p>
        <Link
          href="/teach/questions/new"
          className="inline-flex min-h-12 items-center rounded-xl bg-brand-600 px-5 font-semibold text-white"
        >
          Add a question
        </Link>
      </div>

      <form
        method="get"
        aria-label="Filter questions"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
      >
        <div>
          <label htmlFor="filter-topic" className="block text-sm font-semibold">
            Topic
          </label>
          <select id="filter-topic" name="topic" defaultValue={query.topic ?? ""} className={selectClass}>
            <option value="">All topics</option>
            {result.filters.topics.map((topic) => (
              <option key={topic} value={topic}>
                {topic}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-story" className="block text-sm font-semibold">
            Story
          </label>
          <select id="filter-story" name="story" defaultValue={query.story ?? ""} className={selectClass}>
            <option value="">All stories</option>
            {result.filters.stories.map((story) => (
              <option key={story.id} value={story.id}>
                {story.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-month" className="block text-sm font-semibold">
            Month
          </label>
          <select id="filter-month" name="month" defaultValue={query.month ?? ""} className={selectClass}>
            <option value="">Any month</option>
            {result.filters.months.map((month) => (
              <option key={month} value={month}>
                {monthLabel(month)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className="block text-sm font-semibold">
            Show
          </label>
          <select id="filter-status" name="status" defaultValue={query.status} className={selectClass}>
            <option value="active">In use</option>
            <option value="retired">Retired</option>
          </select>
        </div>
        <button
          type="submit"
          className="min-h-12 rounded-xl bg-brand-600 px-5 font-semibold text-white sm:col-span-2"
        >
          Filter
        </button>
      </form>

      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-lg font-semibold">
          {result.total} question{result.total === 1 ? "" : "s"}
          {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : ""}
        </h2>
        {result.questions.length === 0 ? (
          <p className="rounded-md border border-slate-200 bg-white p-4">No questions match these filters.</p>
        ) : (
          <ul className="space-y-4">
            {result.questions.map((question) => (
              <li key={question.id}>
                <QuestionCard question={question} sets={sets} />
              </li>
            ))}
          </ul>
        )}
        {result.pageCount > 1 ? (
          <nav aria-label="Pages" className="flex justify-between gap-2">
            {result.page > 1 ? (
              <Link
                href={pageLink(result.page - 1)}
                className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline"
              >
                Previous page
              </Link>
            ) : (
              <span />
            )}
            {result.page < result.pageCount ? (
              <Link
                href={pageLink(result.page + 1)}
                className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline"
              >
                Next page
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

function QuestionCard({
  question,
  sets,
}: {
  question: BrowsedQuestion;
  sets: { id: string; title: string }[];
}) {
  const source = question.sources[0];
  return (
    <article
      aria-label={question.prompt}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <p className="flex flex-wrap gap-x-2 gap-y-1 text-sm text-slate-600">
        <span className="rounded bg-slate-100 px-1.5 font-medium text-slate-800">
          {SCOPE_LABELS[question.scope]}
        </span>
        <span>{question.topic}</span>
        <span aria-hidden="true">·</span>
        <span className="[overflow-wrap:anywhere]">{question.story.title}</span>
        {question.publishedOn ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{dateLabel(question.publishedOn)}</span>
          </>
        ) : null}
        <span aria-hidden="true">·</span>
        <span>
          version {question.version}
          {question.origin === "manual" ? ", written by a teacher" : question.editedAt ? ", edited" : ""}
        </span>
      </p>
      <QuestionPreview prompt={question.prompt} options={question.options} answer={question.answer} />
      {source ? (
        <figure className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
          <blockquote className="[overflow-wrap:anywhere]">{source.sentence}</blockquote>
          <figcaption className="mt-1">
            <Link
              href={`/articles/${source.articleId}`}
              className="text-brand-700 underline [overflow-wrap:anywhere]"
            >
              {source.articleTitle}
            </Link>
            {question.sources.length > 1 ? ` and ${question.sources.length - 1} more` : ""}
          </figcaption>
        </figure>
      ) : (
        <p className="text-sm text-slate-600">No source sentence: written by hand.</p>
      )}
      <div className="flex flex-wrap items-end gap-4 border-t border-slate-100 pt-3">
        {question.canEdit ? (
          <Link
            href={`/teach/questions/${question.id}`}
            className="inline-flex min-h-10 items-center rounded-lg bg-brand-600 px-4 font-semibold text-white"
          >
            Edit<span className="sr-only">: {question.prompt}</span>
          </Link>
        ) : null}
        {sets.length > 0 ? (
          <div className="min-w-0 flex-1">
            <AddToSet questionId={question.id} sets={sets} />
          </div>
        ) : (
          <p className="text-sm text-slate-600">
            <Link href="/teach/sets" className="text-brand-700 underline">
              Make a set
            </Link>{" "}
            to collect questions.
          </p>
        )}
      </div>
    </article>
  );
}
