"use client";

import { useCallback, useReducer } from "react";
import type { SourceView } from "./study-types";

/** How one answer in a session went, kept for the summary at the end. */
export interface StudyOutcome {
  id: string;
  prompt: string;
  correct: boolean;
  answer: string;
  sources: SourceView[];
}

/** A card rated Again comes back after this many other cards (or at the end), as Anki's learning step does. */
export const AGAIN_GAP = 3;

interface QueueState<T> {
  queue: T[];
  position: number;
  outcomes: StudyOutcome[];
  startedAt: number;
  finishedAt: number | null;
}

type QueueAction<T> =
  | { type: "answered"; outcome: StudyOutcome; again: boolean; now: number }
  | { type: "restart"; items: T[]; now: number };

function start<T>(items: T[], now: number): QueueState<T> {
  return { queue: items, position: 0, outcomes: [], startedAt: now, finishedAt: items.length ? null : now };
}

export function queueReducer<T>(state: QueueState<T>, action: QueueAction<T>): QueueState<T> {
  if (action.type === "restart") return start(action.items, action.now);
  const current = state.queue[state.position];
  if (current === undefined) return state;
  const queue = [...state.queue];
  if (action.again) queue.splice(Math.min(queue.length, state.position + 1 + AGAIN_GAP), 0, current);
  const position = state.position + 1;
  return {
    queue,
    position,
    outcomes: [...state.outcomes, action.outcome],
    startedAt: state.startedAt,
    finishedAt: position >= queue.length ? action.now : null,
  };
}

/**
 * A study session's order of cards: one at a time, a card rated Again back later in the session, and every
 * outcome kept for the summary. `restart` begins a new session over other cards ("Review my mistakes").
 */
export function useStudyQueue<T>(items: T[]) {
  const [state, dispatch] = useReducer(
    queueReducer as (state: QueueState<T>, action: QueueAction<T>) => QueueState<T>,
    items,
    (initial) => start(initial, Date.now()),
  );
  const answered = useCallback(
    (outcome: StudyOutcome, again: boolean) =>
      dispatch({ type: "answered", outcome, again, now: Date.now() }),
    [],
  );
  const restart = useCallback((next: T[]) => dispatch({ type: "restart", items: next, now: Date.now() }), []);
  return {
    current: state.queue[state.position],
    position: state.position,
    total: state.queue.length,
    /** Whether the current card was already shown earlier in this session. */
    repeat: state.queue.slice(0, state.position).includes(state.queue[state.position] as T),
    outcomes: state.outcomes,
    durationMs: (state.finishedAt ?? state.startedAt) - state.startedAt,
    answered,
    restart,
  };
}
