"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { failureMessage, RequestFailed, requestJson } from "@/app/_components/post-json";
import type { AttemptViewData, SavedAnswer } from "./attempt-types";

// Taking an assignment: one question at a time, each answer saved as soon as it is chosen (with a clientId, so a
// resend is the same answer). The server keeps the deadline; the countdown here only shows it, and at zero the
// page asks the server, which has then finalised the attempt.

interface PendingAnswer {
  questionId: string;
  choice: number;
  clientId: string;
  durationMs: number;
}

const LETTERS = "ABCDEFGHIJ";

function formatLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

function describeMarking(view: AttemptViewData): string {
  const { mode, timeLimitSec, negativeMark, questionCount } = view.assignment;
  const parts = [`${questionCount} question${questionCount === 1 ? "" : "s"}`];
  if (mode === "practice") return [...parts, "feedback after each answer"].join(" · ");
  const minutes = Math.round((timeLimitSec ?? 0) / 60);
  parts.push(timeLimitSec === null ? "no time limit" : `${minutes} minute${minutes === 1 ? "" : "s"}`);
  parts.push(
    negativeMark === 0
      ? "no negative marking"
      : `${Math.round(negativeMark * 100) / 100} marks off per wrong answer`,
  );
  return parts.join(" · ");
}

export function TakeAssignment(props: { initial: AttemptViewData; opensLabel: string; dueLabel: string }) {
  const [view, setView] = useState(props.initial);
  const [answers, setAnswers] = useState<Record<string, SavedAnswer>>(() =>
    Object.fromEntries((props.initial.attempt?.answers ?? []).map((answer) => [answer.questionId, answer])),
  );
  const [index, setIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const [failed, setFailed] = useState<PendingAnswer | null>(null);
  const [leftMs, setLeftMs] = useState<number | null>(null);
  const clockOffset = useRef(new Date(props.initial.now).getTime() - Date.now());
  const shownAt = useRef(Date.now());
  const assignmentId = view.assignment.id;
  const apiBase = `/api/assignments/${encodeURIComponent(assignmentId)}`;

  const apply = useCallback((next: AttemptViewData) => {
    clockOffset.current = new Date(next.now).getTime() - Date.now();
    setView(next);
    setAnswers(
      Object.fromEntries((next.attempt?.answers ?? []).map((answer) => [answer.questionId, answer])),
    );
  }, []);

  // Views can arrive out of order (the load's refresh may answer after Start's): only the newest request counts.
  const issued = useRef(0);
  const applied = useRef(0);
  const fetchView = useCallback(
    async (url: string, method: "GET" | "POST") => {
      const request = ++issued.current;
      const next = await requestJson<AttemptViewData>(url, method);
      if (request < applied.current) return;
      applied.current = request;
      apply(next);
    },
    [apply],
  );

  // The buttons work once the page's script runs: until then they are disabled rather than silently dead.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const refresh = useCallback(async () => {
    try {
      await fetchView(apiBase, "GET");
    } catch (error) {
      setNotice({ error: true, text: failureMessage(error) });
    }
  }, [apiBase, fetchView]);

  // The saved answers come from the server on every load and whenever the connection comes back.
  useEffect(() => {
    void refresh();
    const online = () => void refresh();
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [refresh]);

  const deadlineAt = view.status === "in_progress" ? view.attempt?.deadlineAt : undefined;
  useEffect(() => {
    if (!deadlineAt) {
      setLeftMs(null);
      return;
    }
    const deadline = new Date(deadlineAt).getTime();
    const tick = () => {
      const left = deadline - (Date.now() + clockOffset.current);
      setLeftMs(left);
      // The server finalises the attempt when it is asked after the deadline: ask each second until it has.
      if (left <= 0) void refresh();
    };
    const timer = window.setInterval(tick, 1000);
    tick();
    return () => window.clearInterval(timer);
  }, [deadlineAt, refresh]);

  async function start() {
    setBusy(true);
    setNotice(null);
    try {
      await fetchView(`${apiBase}/start`, "POST");
      setIndex(0);
      shownAt.current = Date.now();
    } catch (error) {
      setNotice({ error: true, text: failureMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  async function send(answer: PendingAnswer, previous?: SavedAnswer) {
    setBusy(true);
    setFailed(null);
    try {
      const saved = await requestJson<SavedAnswer>(`${apiBase}/answers`, "POST", answer);
      setAnswers((current) => ({ ...current, [saved.questionId]: saved }));
      setNotice({
        error: false,
        text: saved.feedback
          ? saved.feedback.correct
            ? "Saved. Right!"
            : `Saved. Not quite: the answer is ${saved.feedback.correctAnswer}.`
          : "Answer saved.",
      });
    } catch (error) {
      setNotice({ error: true, text: failureMessage(error) });
      setAnswers((current) => {
        const { [answer.questionId]: _unsaved, ...rest } = current;
        return previous ? { ...rest, [answer.questionId]: previous } : rest;
      });
      if (error instanceof RequestFailed && error.status === 409) await refresh();
      else if (error instanceof RequestFailed && (error.status === 0 || error.status >= 500))
        setFailed(answer);
    } finally {
      setBusy(false);
    }
  }

  function choose(questionId: string, choice: number) {
    const clientId = crypto.randomUUID();
    const previous = answers[questionId];
    // Shown as chosen at once; the server's answer replaces it, and a refusal puts the saved one back.
    setAnswers((current) => ({
      ...current,
      [questionId]: { questionId, choice, clientId, answeredAt: new Date().toISOString(), feedback: null },
    }));
    void send({ questionId, choice, clientId, durationMs: Date.now() - shownAt.current }, previous);
  }

  async function submit() {
    const unanswered = (view.attempt?.questions.length ?? 0) - Object.keys(answers).length;
    if (unanswered > 0 && !window.confirm(`${unanswered} question(s) unanswered. Submit anyway?`)) return;
    setBusy(true);
    try {
      await fetchView(`${apiBase}/submit`, "POST");
      setNotice({ error: false, text: "Submitted." });
    } catch (error) {
      setNotice({ error: true, text: failureMessage(error) });
      await refresh();
    } finally {
      setBusy(false);
    }
  }

  function go(to: number) {
    setIndex(to);
    setNotice(null);
    shownAt.current = Date.now();
  }

  const { assignment, attempt } = view;
  const questions = attempt?.questions ?? [];
  const question = questions[Math.min(index, questions.length - 1)];
  const saved = question ? answers[question.id] : undefined;
  const locked = assignment.mode === "practice" && saved !== undefined;

  return (
    <section aria-labelledby="assignment-title" className="space-y-4">
      <div>
        <h1 id="assignment-title" className="text-2xl font-bold [overflow-wrap:anywhere]">
          {assignment.title}
        </h1>
        <p className="text-sm text-slate-600">
          {assignment.mode === "test" ? "Test" : "Practice"} · {describeMarking(view)} · due {props.dueLabel}
        </p>
      </div>

      {view.status === "not_open" ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">
          This assignment opens {props.opensLabel}.
        </p>
      ) : null}
      {view.status === "missed" ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">Missed: the due time has passed.</p>
      ) : null}
      {view.status === "open" ? (
        <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <p>
            {assignment.mode === "test" && assignment.timeLimitSec !== null
              ? `Once you start, the clock runs: ${describeMarking(view).split(" · ")[1]}, or until the due time. Each answer is saved as you choose it.`
              : "Each answer is saved as you choose it; you can leave and come back."}
          </p>
          <button
            type="button"
            onClick={start}
            disabled={busy || !hydrated}
            className="min-h-12 w-full rounded-xl bg-brand-600 px-5 text-lg font-semibold text-white disabled:opacity-50 sm:w-auto"
          >
            Start
          </button>
        </div>
      ) : null}
      {view.status === "submitted" ? (
        <div className="space-y-2 rounded-xl border border-green-200 bg-green-50 p-4">
          <h2 className="text-lg font-semibold">Submitted</h2>
          <p>
            {attempt?.submittedAt === attempt?.deadlineAt
              ? "Time ran out, so the answers you had saved were submitted. "
              : null}
            {Object.keys(answers).length} of {assignment.questionCount} answered.
          </p>
          {view.reviewAvailable ? (
            <Link
              href={`/assignments/${encodeURIComponent(assignmentId)}/result`}
              className="inline-flex min-h-12 items-center font-semibold text-brand-900 underline"
            >
              See your result
            </Link>
          ) : view.reviewAvailableAt ? (
            <p>Your marks and the answers are shown after the due time, {props.dueLabel}.</p>
          ) : null}
        </div>
      ) : null}

      {view.status === "in_progress" && question ? (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-slate-600">
              Question {index + 1} of {questions.length} · {Object.keys(answers).length} answered
            </p>
            {leftMs !== null && assignment.mode === "test" ? (
              <p className="font-mono text-lg font-semibold">
                <span className="sr-only">Time left </span>
                {formatLeft(leftMs)}
              </p>
            ) : null}
          </div>
          <fieldset disabled={busy || locked} className="space-y-3">
            <legend className="mb-3 text-xl font-semibold leading-snug [overflow-wrap:anywhere]">
              {question.prompt}
            </legend>
            {question.options.map((option, choice) => {
              const chosen = saved?.choice === choice;
              const right = saved?.feedback && saved.feedback.correctChoice === choice;
              return (
                <label
                  key={`${question.id}-${option}`}
                  className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border-2 bg-white px-4 py-3 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 ${
                    right ? "border-green-600" : chosen ? "border-brand-600" : "border-slate-300"
                  }`}
                >
                  <input
                    type="radio"
                    name={`question-${question.id}`}
                    checked={chosen}
                    onChange={() => choose(question.id, choice)}
                    className="size-5 accent-brand-600"
                  />
                  <span aria-hidden="true" className="font-mono text-sm text-slate-500">
                    {LETTERS[choice]}
                  </span>
                  <span className="break-words">{option}</span>
                </label>
              );
            })}
          </fieldset>
          {saved?.feedback ? (
            <div className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <p className="font-semibold">
                {saved.feedback.correct ? "Right." : `The answer is ${saved.feedback.correctAnswer}.`}
              </p>
              <p>{saved.feedback.explanation}</p>
            </div>
          ) : null}
          {failed ? (
            <button
              type="button"
              onClick={() => void send(failed)}
              className="min-h-12 rounded-xl border-2 border-brand-600 px-5 font-semibold text-brand-900"
            >
              Try saving again
            </button>
          ) : null}
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => go(index - 1)}
              disabled={index === 0}
              className="min-h-12 flex-1 rounded-xl border-2 border-slate-300 bg-white px-4 font-semibold disabled:opacity-40"
            >
              Previous
            </button>
            <button
              type="button"
              onClick={() => go(index + 1)}
              disabled={index >= questions.length - 1}
              className="min-h-12 flex-1 rounded-xl border-2 border-slate-300 bg-white px-4 font-semibold disabled:opacity-40"
            >
              Next
            </button>
          </div>
          <nav aria-label="Questions">
            <ol className="flex flex-wrap gap-2">
              {questions.map((entry, position) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    onClick={() => go(position)}
                    aria-current={position === index ? "step" : undefined}
                    aria-label={`Question ${position + 1}${answers[entry.id] ? ", answered" : ""}`}
                    className={`size-10 rounded-md border-2 text-sm font-semibold ${
                      position === index ? "border-brand-600" : "border-slate-300"
                    } ${answers[entry.id] ? "bg-brand-50" : "bg-white"}`}
                  >
                    {position + 1}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <button
            type="button"
            onClick={submit}
            disabled={busy}
            className="min-h-12 w-full rounded-xl bg-brand-600 px-5 text-lg font-semibold text-white disabled:opacity-50"
          >
            Submit
          </button>
        </>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={notice?.error ? "font-semibold text-red-700" : "text-sm text-slate-700"}
      >
        {notice?.text}
      </p>
    </section>
  );
}
