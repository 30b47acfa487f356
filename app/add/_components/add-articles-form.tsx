"use client";

import Link from "next/link";
import { useActionState } from "react";

type ReportStatus = "added" | "duplicate" | "no_questions" | "error";

interface FormState {
  status: "idle" | "done" | "error";
  message: string | null;
  fields: Record<string, string[]>;
  reports: {
    file: string;
    status: ReportStatus;
    questions: number;
    message: string;
    articleId: string | null;
  }[];
}

const INITIAL: FormState = { status: "idle", message: null, fields: {}, reports: [] };

const STATUS_LABEL: Record<ReportStatus, { text: string; className: string }> = {
  added: { text: "Added", className: "bg-emerald-100 text-emerald-900" },
  duplicate: { text: "Already added", className: "bg-slate-200 text-slate-800" },
  no_questions: { text: "No questions", className: "bg-amber-100 text-amber-900" },
  error: { text: "Error", className: "bg-red-100 text-red-900" },
};

export function AddArticlesForm({
  action,
  maxFiles,
  maxKilobytes,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  maxFiles: number;
  maxKilobytes: number;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL);

  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4">
        <div>
          <label htmlFor="text" className="block text-sm font-medium">
            Paste one article
          </label>
          <textarea
            id="text"
            name="text"
            rows={8}
            aria-invalid={state.fields.text ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
            placeholder="Headline, date line and body of a news article…"
          />
        </div>
        <div>
          <label htmlFor="files" className="block text-sm font-medium">
            Or upload .txt files
          </label>
          <input
            id="files"
            name="files"
            type="file"
            multiple
            accept=".txt,text/plain"
            aria-describedby="files-hint"
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-slate-200 file:px-3 file:font-medium"
          />
          <p id="files-hint" className="mt-1 text-sm text-slate-500">
            Up to {maxFiles} files, {maxKilobytes} KB each.
          </p>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-12 w-full rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
        >
          {pending ? "Making questions…" : "Add articles"}
        </button>
      </form>

      <div aria-live="polite">
        {state.message ? (
          <p
            role={state.status === "error" ? "alert" : "status"}
            className={`rounded-md px-3 py-2 text-sm ${state.status === "error" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-900"}`}
          >
            {state.message}
          </p>
        ) : null}
        {state.reports.length > 0 ? (
          <ul
            className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white"
            aria-label="Report"
          >
            {state.reports.map((report, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a report never reorders; file names may repeat
              <li key={`${report.file}-${index}`} className="space-y-1 p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <span
                    className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_LABEL[report.status].className}`}
                  >
                    {STATUS_LABEL[report.status].text}
                  </span>
                  <span className="font-medium [overflow-wrap:anywhere]">{report.file}</span>
                  {report.status === "added" ? (
                    <span className="text-sm text-slate-600">
                      {report.questions} question{report.questions === 1 ? "" : "s"}
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{report.message}</p>
                {report.articleId ? (
                  <Link href={`/articles/${report.articleId}`} className="text-sm text-brand-700 underline">
                    Open article
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
