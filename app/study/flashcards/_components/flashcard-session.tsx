"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { postAnswer } from "../../_components/post-answer";
import { SessionDone } from "../../_components/session-done";
import { SourceQuote } from "../../_components/source-quote";
import type { FlashcardView } from "../../_components/study-types";

const BUTTONS = [
  { rating: 1, key: "again", label: "Again", style: "border-red-600 text-red-800" },
  { rating: 2, key: "hard", label: "Hard", style: "border-amber-600 text-amber-900" },
  { rating: 3, key: "good", label: "Good", style: "border-green-700 text-green-900" },
  { rating: 4, key: "easy", label: "Easy", style: "border-brand-600 text-brand-900" },
] as const;

/** Front, flip (Space or Enter), back with the source, then rate 1-4 with the next interval on each button. */
export function FlashcardSession({ cards }: { cards: FlashcardView[] }) {
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState("");
  const shownAt = useRef(Date.now());
  const clientId = useRef<string | null>(null);
  const flipButton = useRef<HTMLButtonElement>(null);
  const firstRating = useRef<HTMLButtonElement>(null);
  const card = cards[index];

  const rate = useCallback(
    async (rating: 1 | 2 | 3 | 4) => {
      if (!card || !flipped || saving) return;
      clientId.current ??= crypto.randomUUID();
      setSaving(true);
      try {
        await postAnswer({
          mode: "flashcard",
          questionId: card.id,
          clientId: clientId.current,
          durationMs: Date.now() - shownAt.current,
          rating,
        });
        const label = BUTTONS[rating - 1]?.label ?? "";
        setStatus(`Rated ${label}. Next card.`);
        setIndex((current) => current + 1);
        setFlipped(false);
        clientId.current = null;
        shownAt.current = Date.now();
      } catch (caught) {
        setStatus(caught instanceof Error ? caught.message : "Your rating could not be saved.");
      } finally {
        setSaving(false);
      }
    },
    [card, flipped, saving],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new card (index) must take the focus back too.
  useEffect(() => {
    (flipped ? firstRating : flipButton).current?.focus();
  }, [flipped, index]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || !card) return;
      if (!flipped && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        setFlipped(true);
      } else if (flipped && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void rate(Number(event.key) as 1 | 2 | 3 | 4);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, flipped, rate]);

  if (!card) return <SessionDone answered={index} />;

  return (
    <section aria-label="Flashcard" className="space-y-4">
      <p className="text-sm text-slate-600">
        Card {index + 1} of {cards.length} · {card.topic}
      </p>
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 className="text-xl font-semibold leading-snug">{card.front}</h2>
        {flipped ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <p className="text-lg">{card.back}</p>
            {card.sources.map((source) => (
              <SourceQuote key={source.articleId} source={source} />
            ))}
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
          onClick={() => setFlipped(true)}
          className="min-h-12 w-full rounded-xl bg-brand-600 px-5 py-3 text-lg font-semibold text-white"
        >
          Show answer
        </button>
      )}
      <p aria-live="polite" role="status" className="text-sm text-slate-600">
        {status}
      </p>
      <p className="hidden text-sm text-slate-500 md:block">Keys: Space or Enter flips, 1–4 rate.</p>
    </section>
  );
}
