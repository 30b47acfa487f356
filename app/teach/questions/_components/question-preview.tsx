"use client";

import { useId, useState } from "react";

/**
 * A question as the quiz shows it to students: its prompt and options in their order, numbered. Which option is
 * the answer stays hidden until "Show answer".
 */
export function QuestionPreview({
  prompt,
  options,
  answer,
}: {
  prompt: string;
  options: string[];
  answer: string;
}) {
  const [shown, setShown] = useState(false);
  const listId = useId();
  return (
    <div className="space-y-2">
      <p className="font-semibold leading-snug [overflow-wrap:anywhere]">{prompt}</p>
      <ol id={listId} className="space-y-1.5">
        {options.map((option, index) => {
          const isAnswer = shown && option === answer;
          return (
            <li
              key={option}
              className={`flex items-center gap-3 rounded-lg border-2 bg-white px-3 py-2 ${
                isAnswer ? "border-green-600 bg-green-50" : "border-slate-200"
              }`}
            >
              <span aria-hidden="true" className="font-mono text-sm text-slate-500">
                {index + 1}
              </span>
              <span className="[overflow-wrap:anywhere]">{option}</span>
              {isAnswer ? <span className="ml-auto text-sm font-semibold text-green-800">Answer</span> : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={listId}
        onClick={() => setShown((value) => !value)}
        className="min-h-10 text-sm font-semibold text-brand-700 underline"
      >
        {shown ? "Hide answer" : "Show answer"}
      </button>
    </div>
  );
}
