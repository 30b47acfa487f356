"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { postAnswer, saveErrorMessage } from "../../_components/post-answer";
import { ReportQuestion } from "../../_components/report-question";
import { SaveError } from "../../_components/save-error";
import { SessionDone } from "../../_components/session-done";
import { groupSources } from "../../_components/source-groups";
import { SourceQuote } from "../../_components/source-quote";
import { useStudyQueue } from "../../_components/study-queue";
import type { AnswerFeedback, FlashcardView } from "../../_components/study-types";

const BUTTONS = [
  { rating: 1, key: "again", label: "Again", style: "border-red-600 text-red-800" },
  { rating: 2, key: "hard", label: "Hard", style: "border-amber-600 text-amber-900" },
  { rating: 3, key: "good", label: "Good", style: "border-green-700 text-green-900" },
  { rating: 4, key: "easy", label: "Easy", style: "border-brand-600 text-brand-900" },
] as const;

type Rating = (typeof BUTTONS)[number]["rating"];

/**
 * Front, flip (Space or Enter), back with the source, then rate 1-4 with the next interval on each button. The
 * page has only the fronts: the flip is recorded (as Again until rated) and only then does the server send the
 * back, and the rating re-rates that same review (one clientId per card shown). A card rated Again comes back
 * later in the session, as in Anki.
 */
export function FlashcardSession({ cards }: { cards: FlashcardView[] }) {
  const session = useStudyQueue(cards);
  const [revealed, setRevealed] = useState<AnswerFeedback | null>(null);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<{ message: string; rating?: Rating } | null>(null);
  const shownAt = useRef(Date.now());
  const clientId = useRef<string | null>(null);
  const flipButton = useRef<HTMLButtonElement>(null);
  const firstRating = useRef<HTMLButtonElement>(null);
  const card = session.current;
  const flipped = revealed !== null;

  const flip = useCallback(async () => {
    if (!card || flipped || saving) return;
    clientId.current ??= crypto.randomUUID();
    setSaving(true);
    setError(null);
    try {
      setRevealed(
        await postAnswer({
          mode: "flashcard",
          questionId: card.id,
          version: card.version,
          clientId: clientId.current,
          durationMs: Date.now() - shownAt.current,
        }),
      );
    } catch (caught) {
      setError({ message: saveErrorMessage(caught) });
    } finally {
      setSaving(false);
    }
  }, [card, flipped, saving]);

  const rate = useCallback(
    async (rating: Rating) => {
      if (!card || !revealed || saving) return;
      clientId.current ??= crypto.randomUUID();
      setSaving(true);
      setError(null);
      try {
        await postAnswer({
          mode: "flashcard",
          questionId: card.id,
          version: card.version,
          clientId: clientId.current,
          durationMs: Date.now() - shownAt.current,
          rating,
        });
        const label = BUTTONS[rating - 1]?.label ?? "";
        setStatus(rating === 1 ? "Rated Again: this card comes back later." : `Rated ${label}. Next card.`);
        session.answered(
          {
            id: card.id,
            prompt: card.front,
            correct: rating > 1,
            answer: revealed.back,
            sources: revealed.sources,
          },
          rating === 1,
        );
        setRevealed(null);
        clientId.current = null;
        shownAt.current = Date.now();
      } catch (caught) {
        setError({ message: saveErrorMessage(caught), rating });
      } finally {
        setSaving(false);
      }
    },
    [card, revealed, saving, session.answered],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new card (position) must take the focus back too.
  useEffect(() => {
    (flipped ? firstRating : flipButton).current?.focus();
  }, [flipped, session.position]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || !card) return;
      // Enter on a button or a link (Try again, a source) is that control's own.
      if (event.key === "Enter" && event.target instanceof Element && event.target.closest("a, button")) {
        if (!flipped && event.target === flipButton.current) {
          event.preventDefault();
          void flip();
        }
        return;
      }
      if (!flipped && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        void flip();
      } else if (flipped && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void rate(Number(event.key) as Rating);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, flipped, flip, rate]);

  if (!card) {
    return (
      <SessionDone
        outcomes={session.outcomes}
        durationMs={session.durationMs}
        onReviewMistakes={(ids) => session.restart(cards.filter((item) => ids.includes(item.id)))}
      />
    );
  }

  return (
    <section aria-label="Flashcard" className="space-y-4">
      <p className="text-sm text-slate-600">
        Card {session.position + 1} of {session.total} · {card.topic}
        {session.repeat ? " · again" : ""}
      </p>
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 className="text-xl font-semibold leading-snug">{card.front}</h2>
        {revealed ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <p className="text-lg">{revealed.back}</p>
            {groupSources(revealed.sources).map((source) => (
              <SourceQuote key={source.articles[0]?.articleId ?? source.sentence} source={source} />
            ))}
            <ReportQuestion questionId={revealed.questionId} version={revealed.questionVersion} />
          </div>
        ) : null}
      </div>
      {flipped ? (
        // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields; a fieldset's default layout fights the grid.
        <div role="group" aria-label="How well did you know it?" className="grid grid-cols-4 gap-2">
          {BUTTONS.map((button) => (
            <button
              key={button.key}
              ref={button.rating === 3 ? firstRating : undefined}
              type="button"
              disabled={saving}
              onClick={() => void rate(button.rating)}
              aria-label={`${button.label}, next in ${card.intervals[button.key]}`}
              className={`flex min-h-14 flex-col items-center justify-center rounded-xl border-2 bg-white px-1 py-2 font-semibold disabled:opacity-50 ${button.style}`}
            >
              <span>{button.label}</span>
              <span className="text-xs font-normal text-slate-600">{card.intervals[button.key]}</span>
            </button>
          ))}
        </div>
      ) : (
        <button
          ref={flipButton}
          type="button"
          disabled={saving}
          onClick={() => void flip()}
          className="min-h-12 w-full rounded-xl bg-brand-600 px-5 py-3 text-lg font-semibold text-white disabled:opacity-50"
        >
          {saving ? "Showing…" : "Show answer"}
        </button>
      )}
      {error ? (
        <SaveError
          message={error.message}
          onRetry={() => void (error.rating === undefined ? flip() : rate(error.rating))}
        />
      ) : null}
      <p aria-live="polite" role="status" className="text-sm text-slate-600">
        {status}
      </p>
      <p className="hidden text-sm text-slate-500 md:block">Keys: Space or Enter flips, 1–4 rate.</p>
    </section>
  );
}
