"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { failureMessage, requestJson } from "@/app/_components/post-json";

/** A teacher names a new class; its join code appears in the list once made. */
export function CreateClassForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    try {
      const made = await requestJson<{ name: string; joinCode: string }>("/api/classes", "POST", { name });
      setMessage({ error: false, text: `Class “${made.name}” made. Its join code is ${made.joinCode}.` });
      setName("");
      router.refresh();
    } catch (error) {
      setMessage({ error: true, text: failureMessage(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
      <label htmlFor="class-name" className="block font-semibold">
        New class
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="class-name"
          name="name"
          required
          maxLength={80}
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. UPSC evening batch"
          className="min-h-12 min-w-0 flex-1 rounded-lg border-2 border-slate-300 px-3"
        />
        <button
          type="submit"
          disabled={pending}
          className="min-h-12 rounded-xl bg-brand-600 px-5 font-semibold text-white disabled:opacity-50"
        >
          Make class
        </button>
      </div>
      <p role="status" aria-live="polite" className={message?.error ? "text-sm text-red-700" : "text-sm"}>
        {message?.text}
      </p>
    </form>
  );
}
