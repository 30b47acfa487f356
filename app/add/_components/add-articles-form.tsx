"use client";

import Link from "next/link";
import { type FormEvent, useEffect, useRef, useState } from "react";

type ReportStatus = "added" | "duplicate" | "no_questions" | "error";

interface Report {
  file: string;
  status: ReportStatus;
  questions: number;
  message: string;
  articleId: string | null;
}

interface Progress {
  batchId: string;
  total: number;
  done: number;
  reports: Report[];
}

interface Limits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

type Feedback =
  | { kind: "idle" }
  | { kind: "error"; message: string; field: "text" | "files" | null }
  | { kind: "progress"; progress: Progress; stalled: boolean };

const STATUS_LABEL: Record<ReportStatus, { text: string; className: string }> = {
  added: { text: "Added", className: "bg-emerald-100 text-emerald-900" },
  duplicate: { text: "Already added", className: "bg-slate-200 text-slate-800" },
  no_questions: { text: "No questions", className: "bg-amber-100 text-amber-900" },
  error: { text: "Error", className: "bg-red-100 text-red-900" },
};

const POLL_MS = 1000;
const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString("en-GB")} KB`;
const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The same checks as the server's, before anything is sent: a refused add never leaves the browser. */
function checkAdd(
  text: string,
  files: File[],
  limits: Limits,
): { message: string; field: "text" | "files" } | null {
  const textBytes = new Blob([text]).size;
  if (text.trim() === "" && files.length === 0) {
    return { message: "Paste an article or choose at least one .txt file.", field: "text" };
  }
  if (textBytes > limits.maxFileBytes) {
    return {
      message: `The pasted text is ${kilobytes(textBytes)}; one article may be at most ${kilobytes(limits.maxFileBytes)}.`,
      field: "text",
    };
  }
  if (files.length > limits.maxFiles) {
    return { message: `Choose at most ${limits.maxFiles} files at once.`, field: "files" };
  }
  for (const file of files) {
    if (!/\.txt$/i.test(file.name) && file.type !== "text/plain") {
      return { message: `${file.name} is not a .txt file.`, field: "files" };
    }
    if (file.size > limits.maxFileBytes) {
      return {
        message: `${file.name} is ${kilobytes(file.size)}; a file may be at most ${kilobytes(limits.maxFileBytes)}.`,
        field: "files",
      };
    }
    if (file.size === 0) return { message: `${file.name} is empty.`, field: "files" };
  }
  const total = textBytes + files.reduce((sum, file) => sum + file.size, 0);
  if (total > limits.maxTotalBytes) {
    return {
      message: `Together these are over ${megabytes(limits.maxTotalBytes)}; add them in smaller groups.`,
      field: "files",
    };
  }
  return null;
}

export function AddArticlesForm({
  limits,
  limitsSentence,
  initialProgress,
  initialError,
}: {
  limits: Limits;
  limitsSentence: string;
  initialProgress: Progress | null;
  initialError: string | null;
}) {
  const [text, setText] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [sending, setSending] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(
    initialProgress
      ? { kind: "progress", progress: initialProgress, stalled: false }
      : initialError
        ? { kind: "error", message: initialError, field: null }
        : { kind: "idle" },
  );
  const fileInput = useRef<HTMLInputElement>(null);
  const feedbackBox = useRef<HTMLDivElement>(null);

  const batchId = feedback.kind === "progress" ? feedback.progress.batchId : null;
  const finished = feedback.kind === "progress" && feedback.progress.done >= feedback.progress.total;

  // Poll the add's progress until every article is read.
  useEffect(() => {
    if (!batchId) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/add/batches/${encodeURIComponent(batchId)}`, {
          headers: { accept: "application/json" },
          cache: "no-store",
        });
        if (!response.ok) throw new Error(String(response.status));
        const progress = (await response.json()) as Progress;
        if (cancelled) return;
        setFeedback({ kind: "progress", progress, stalled: false });
        if (progress.done >= progress.total) return;
      } catch {
        if (cancelled) return;
        setFeedback((current) => (current.kind === "progress" ? { ...current, stalled: true } : current));
      }
      timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [batchId]);

  // On a phone the tab bar covers the bottom of the screen: bring each new message above it.
  const feedbackKey =
    feedback.kind === "error"
      ? `error:${feedback.message}`
      : feedback.kind === "progress"
        ? `${feedback.progress.batchId}:${finished}`
        : "idle";
  useEffect(() => {
    if (feedbackKey !== "idle") feedbackBox.current?.scrollIntoView({ block: "nearest" });
  }, [feedbackKey]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const problem = checkAdd(text, files, limits);
    if (problem) {
      setFeedback({ kind: "error", ...problem });
      return;
    }
    const form = new FormData();
    form.set("text", text);
    for (const file of files) form.append("files", file, file.name);
    setSending(true);
    try {
      const response = await fetch("/add/articles", {
        method: "POST",
        headers: { accept: "application/json" },
        body: form,
      });
      const body = (await response.json().catch(() => null)) as
        | { batchId: string; total: number }
        | { error: { message: string; fields?: Record<string, string[]> } }
        | null;
      if (response.ok && body && "batchId" in body) {
        setText("");
        setFiles([]);
        if (fileInput.current) fileInput.current.value = "";
        // A reload (or a link to this address) shows this add's progress again.
        window.history.replaceState(null, "", `/add?batch=${encodeURIComponent(body.batchId)}`);
        setFeedback({
          kind: "progress",
          progress: { batchId: body.batchId, total: body.total, done: 0, reports: [] },
          stalled: false,
        });
        return;
      }
      const message =
        body && "error" in body
          ? body.error.message
          : `Adding the articles failed (${response.status}); nothing was added. Please try again.`;
      const field = body && "error" in body && body.error.fields?.files ? "files" : null;
      setFeedback({ kind: "error", message, field });
    } catch {
      setFeedback({
        kind: "error",
        message: "The server could not be reached; nothing was added. Check your connection and try again.",
        field: null,
      });
    } finally {
      setSending(false);
    }
  }

  const errorField = feedback.kind === "error" ? feedback.field : null;

  return (
    <div className="space-y-6">
      <form
        action="/add/articles"
        method="post"
        encType="multipart/form-data"
        onSubmit={submit}
        className="space-y-4"
      >
        <div>
          <label htmlFor="text" className="block text-sm font-medium">
            Paste one article
          </label>
          <textarea
            id="text"
            name="text"
            rows={8}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={errorField === "text" ? true : undefined}
            aria-describedby={errorField === "text" ? "add-feedback" : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
            placeholder="Headline, date line and body of a news article…"
          />
        </div>
        <div>
          <label htmlFor="files" className="block text-sm font-medium">
            Or upload .txt files
          </label>
          <input
            ref={fileInput}
            id="files"
            name="files"
            type="file"
            multiple
            accept=".txt,text/plain"
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
            aria-invalid={errorField === "files" ? true : undefined}
            aria-describedby={errorField === "files" ? "files-hint add-feedback" : "files-hint"}
            className="mt-1 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-slate-200 file:px-3 file:font-medium"
          />
          <p id="files-hint" className="mt-1 text-sm text-slate-500">
            {limitsSentence}
          </p>
        </div>
        <button
          type="submit"
          disabled={sending}
          className="min-h-12 w-full rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
        >
          {sending ? "Uploading…" : "Add articles"}
        </button>
      </form>

      <div ref={feedbackBox} id="add-feedback" className="scroll-mb-24 scroll-mt-32" aria-live="polite">
        {feedback.kind === "error" ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {feedback.message}
          </p>
        ) : null}
        {feedback.kind === "progress" ? <ProgressReport {...feedback} /> : null}
      </div>
    </div>
  );
}

function ProgressReport({ progress, stalled }: { progress: Progress; stalled: boolean }) {
  const { done, total, reports } = progress;
  const added = reports.filter((report) => report.status === "added").length;
  const finished = done >= total;
  return (
    <div className="space-y-3">
      <div role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        <p>
          {finished
            ? `${added} of ${plural(total, "article")} added.`
            : `${done} of ${plural(total, "article")} read…`}
        </p>
        {!finished && stalled ? (
          <p className="text-amber-900">The server is not answering; still trying.</p>
        ) : null}
      </div>
      {!finished ? (
        <progress className="h-2 w-full" max={total} value={done} aria-label="Articles read" />
      ) : null}
      {reports.length > 0 ? (
        <ul
          className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white"
          aria-label="Report"
        >
          {reports.map((report, index) => (
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
                  <span className="text-sm text-slate-600">{plural(report.questions, "question")}</span>
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
  );
}
