import type { Metadata } from "next";
import Link from "next/link";
import { listReports, type ReportView } from "@/server/data/question-reports";
import { requireTeacherPage } from "@/server/teach/teacher";
import { TeachLinks } from "../_components/teach-links";
import { ResolveReport } from "./_components/resolve-report";

export const metadata: Metadata = { title: "Reports" };

const REASONS: Record<string, string> = {
  wrong: "Wrong",
  ambiguous: "Ambiguous",
  outdated: "Outdated",
};

const dateLabel = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

export default async function TeachReportsPage() {
  const user = await requireTeacherPage("/teach/reports");
  const [open, resolved] = await Promise.all([
    listReports({ user, status: "open" }),
    listReports({ user, status: "resolved", limit: 20 }),
  ]);
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Reports</h1>
        <TeachLinks current="/teach/reports" />
        <p className="text-sm text-slate-600">
          Students&apos; reports on your questions, your classes&apos; and the library&apos;s.
        </p>
      </div>
      <section aria-labelledby="open-heading" className="space-y-2">
        <h2 id="open-heading" className="text-lg font-semibold">
          Open ({open.length})
        </h2>
        {open.length === 0 ? (
          <p className="rounded-md border border-slate-200 bg-white p-4">No open reports.</p>
        ) : (
          <ul className="space-y-3">
            {open.map((report) => (
              <li key={report.id}>
                <ReportCard report={report} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {resolved.length > 0 ? (
        <section aria-labelledby="resolved-heading" className="space-y-2">
          <h2 id="resolved-heading" className="text-lg font-semibold">
            Recently resolved
          </h2>
          <ul className="space-y-3">
            {resolved.map((report) => (
              <li key={report.id}>
                <ReportCard report={report} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ReportCard({ report }: { report: ReportView }) {
  return (
    <article
      aria-label={`${REASONS[report.reason] ?? report.reason}: ${report.question.prompt}`}
      className="space-y-2 rounded-xl border border-slate-200 bg-white p-4"
    >
      <p className="text-sm text-slate-600">
        <span className="font-semibold text-slate-900">{REASONS[report.reason] ?? report.reason}</span> ·{" "}
        {dateLabel(report.createdAt)} · on version {report.version}
        {report.currentVersion !== report.version ? ` (now version ${report.currentVersion})` : ""}
        {report.question.retired ? " · question retired" : ""}
      </p>
      <p className="font-medium [overflow-wrap:anywhere]">{report.question.prompt}</p>
      <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">{report.question.storyTitle}</p>
      {report.note ? (
        <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-800 [overflow-wrap:anywhere]">
          {report.note}
        </blockquote>
      ) : (
        <p className="text-sm text-slate-600">No note.</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {report.canEdit ? (
          <Link
            href={`/teach/questions/${report.question.id}`}
            className="inline-flex min-h-10 items-center rounded-lg bg-brand-600 px-4 font-semibold text-white"
          >
            Open question<span className="sr-only">: {report.question.prompt}</span>
          </Link>
        ) : null}
        {report.resolvedAt ? (
          <p className="text-sm text-slate-600">Resolved {dateLabel(report.resolvedAt)}.</p>
        ) : (
          <ResolveReport reportId={report.id} label={report.question.prompt} />
        )}
      </div>
    </article>
  );
}
