"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { failureMessage, requestJson } from "@/app/_components/post-json";

/** A student types the code their teacher gave (or arrives with it from a /join link) and joins the class. */
export function JoinClassForm({ initialCode = "" }: { initialCode?: string }) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError("");
    try {
      const joined = await requestJson<{ id: string }>("/api/classes/join", "POST", { code });
      router.push(`/classes/${encodeURIComponent(joined.id)}`);
    } catch (caught) {
      setError(failureMessage(caught));
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
      <label htmlFor="join-code" className="block font-semibold">
        Class code
      </label>
      <p id="join-help" className="text-sm text-slate-600">
        The 7 letters and digits your teacher gave you.
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id="join-code"
          name="code"
          required
          maxLength={20}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          aria-describedby="join-help join-error"
          aria-invalid={error ? true : undefined}
          className="min-h-12 w-44 rounded-lg border-2 border-slate-300 px-3 font-mono text-lg uppercase tracking-widest"
        />
        <button
          type="submit"
          disabled={pending}
          className="min-h-12 rounded-xl bg-brand-600 px-5 font-semibold text-white disabled:opacity-50"
        >
          Join class
        </button>
      </div>
      <p id="join-error" role="alert" className="text-sm text-red-700">
        {error}
      </p>
    </form>
  );
}
