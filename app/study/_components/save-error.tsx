"use client";

import { useEffect, useRef } from "react";

/**
 * An answer or rating the server did not save: what happened in words, and a button that sends it again (the
 * caller keeps its clientId, so a retry can never count twice). Scrolled into view clear of the tab bar and
 * focused, so it is never hidden behind it.
 */
export function SaveError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // On mount: the pages mount it afresh for each failure.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: "nearest" });
    button.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div ref={box} role="alert" className="rounded-xl border-2 border-red-600 bg-red-50 p-4">
      <p className="text-red-800">{message}</p>
      <button
        ref={button}
        type="button"
        onClick={onRetry}
        className="mt-3 min-h-12 w-full rounded-xl border-2 border-red-700 bg-white px-5 py-3 font-semibold text-red-800"
      >
        Try again
      </button>
    </div>
  );
}
