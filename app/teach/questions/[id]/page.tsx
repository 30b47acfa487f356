import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { type EditableQuestion, getEditableQuestion } from "@/server/data/question-edits";
import { isAppError } from "@/server/errors";
import { requireTeacherPage } from "@/server/teach/teacher";
import { QuestionEditor } from "../_components/question-editor";
import { RetireToggle } from "../_components/retire-toggle";

export const metadata: Metadata = { title: "Edit question" };

const FIELD_LABELS = {
  prompt: "Question",
  answer: "Answer",
  aliases: "Other accepted answers",
  options: "Options",
  explanation: "Explanation",
} as const;

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireTeacherPage(`/teach/questions/${encodeURIComponent(id)}`);
  const question = await getEditableQuestion({ user, questionId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/teach/questions" className="text-brand-700 underline">
            All questions
          </Link>
        </p>
        <h1 className="text-2xl font-bold">Edit question</h1>
        <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">
          <Link
            href={`/sets/${encodeURIComponent(`story:${question.story.id}`)}`}
            className="text-brand-700 underline"
          >
            {question.story.title}
          </Link>{" "}
          · {question.topic} · {question.kind.replaceAll("_", " ")} · version {question.version}
          {question.retiredAt ? " · retired" : ""}
        </p>
        <p className="text-sm text-slate-600">
          Students who were shown an earlier version are marked against that version.
        </p>
      </div>

      <QuestionEditor
        target={{ mode: "edit", questionId: question.id, version: question.version }}
        initial={{
          prompt: question.prompt,
          answer: question.answer,
          aliases: question.aliases,
          options: question.options,
          explanation: question.explanation,
        }}
      />

      <RetireToggle questionId={question.id} retired={question.retiredAt !== null} />

      {question.sources.length > 0 ? (
        <section aria-labelledby="sources-heading" className="space-y-2">
          <h2 id="sources-heading" className="text-lg font-semibold">
            Sources
          </h2>
          {question.sources.map((source) => (
            <figure
              key={source.articleId}
              className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700"
            >
              <blockquote className="[overflow-wrap:anywhere]">{source.sentence}</blockquote>
              <figcaption className="mt-1">
                <Link
                  href={`/articles/${source.articleId}`}
                  className="text-brand-700 underline [overflow-wrap:anywhere]"
                >
                  {source.articleTitle}
                </Link>
              </figcaption>
            </figure>
          ))}
        </section>
      ) : null}

      <History question={question} />
    </div>
  );
}

function History({ question }: { question: EditableQuestion }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      {question.history.length === 0 ? (
        <p className="text-sm text-slate-600">Not edited yet: this is the question as it was generated.</p>
      ) : (
        <ol reversed className="space-y-3">
          {[...question.history].reverse().map((entry) => (
            <li key={entry.version} className="rounded-xl border border-slate-200 bg-white p-3">
              <p className="font-semibold">
                Version {entry.version}:{" "}
                {entry.version === 1
                  ? entry.editedBy
                    ? `written by ${entry.editedBy}`
                    : "as generated"
                  : `edited by ${entry.editedBy ?? "a former user"}`}
              </p>
              <p className="text-sm text-slate-600">{when(entry.createdAt)}</p>
              {entry.changes.length > 0 ? (
                <dl className="mt-2 space-y-2 text-sm">
                  {entry.changes.map((change) => (
                    <div key={change.field}>
                      <dt className="font-medium">{FIELD_LABELS[change.field]}</dt>
                      <dd className="[overflow-wrap:anywhere]">
                        <span className="block">
                          <span className="font-medium text-red-800">Before: </span>
                          <del>{change.before || "(empty)"}</del>
                        </span>
                        <span className="block">
                          <span className="font-medium text-green-800">After: </span>
                          <ins className="no-underline">{change.after || "(empty)"}</ins>
                        </span>
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
