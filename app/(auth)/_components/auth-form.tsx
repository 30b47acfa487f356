"use client";

import Link from "next/link";
import { useActionState, useEffect, useState } from "react";

interface FormState {
  message: string | null;
  fields: Record<string, string[]>;
  values: { name?: string; email?: string; teacher?: boolean };
}

const INITIAL: FormState = { message: null, fields: {}, values: {} };

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2.5 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {messages.join(" ")}
    </p>
  );
}

export function AuthForm({
  mode,
  action,
  next,
}: {
  mode: "sign-in" | "sign-up";
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  next: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const signUp = mode === "sign-up";
  // The browser's time zone, saved with a new account so that its days start at the user's own midnight.
  const [timeZone, setTimeZone] = useState("");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const otherHref = `${signUp ? "/sign-in" : "/sign-up"}?next=${encodeURIComponent(next)}`;
  const invalid = (field: string) => (state.fields[field]?.length ? true : undefined);
  const describedBy = (field: string) => (state.fields[field]?.length ? `${field}-error` : undefined);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {signUp ? <input type="hidden" name="timeZone" value={timeZone} /> : null}
      {state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}

      {signUp ? (
        <div>
          <label htmlFor="name" className="block text-sm font-medium">
            Name
          </label>
          <input
            id="name"
            name="name"
            autoComplete="name"
            required
            defaultValue={state.values.name}
            aria-invalid={invalid("name")}
            aria-describedby={describedBy("name")}
            className={inputClass}
          />
          <FieldError id="name-error" messages={state.fields.name} />
        </div>
      ) : null}

      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state.values.email}
          aria-invalid={invalid("email")}
          aria-describedby={describedBy("email")}
          className={inputClass}
        />
        <FieldError id="email-error" messages={state.fields.email} />
      </div>

      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={signUp ? "new-password" : "current-password"}
          required
          minLength={signUp ? 8 : undefined}
          aria-invalid={invalid("password")}
          aria-describedby={
            [describedBy("password"), signUp ? "password-hint" : undefined].filter(Boolean).join(" ") ||
            undefined
          }
          className={inputClass}
        />
        {signUp ? (
          <p id="password-hint" className="mt-1 text-sm text-slate-500">
            At least 8 characters.
          </p>
        ) : null}
        <FieldError id="password-error" messages={state.fields.password} />
      </div>

      {signUp ? (
        <div>
          <div className="flex items-start gap-3">
            <input
              id="teacher"
              name="teacher"
              type="checkbox"
              defaultChecked={state.values.teacher}
              aria-invalid={invalid("teacher")}
              aria-describedby={[describedBy("teacher"), "teacher-hint"].filter(Boolean).join(" ")}
              className="mt-1 h-5 w-5 shrink-0 rounded border-slate-300 accent-brand-600"
            />
            <label htmlFor="teacher" className="text-sm font-medium">
              I am a teacher
            </label>
          </div>
          <p id="teacher-hint" className="mt-1 pl-8 text-sm text-slate-500">
            An admin checks each request; until then you study as a student.
          </p>
          <FieldError id="teacher-error" messages={state.fields.teacher} />
        </div>
      ) : null}

      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-md bg-brand-600 px-4 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? (signUp ? "Creating account…" : "Signing in…") : signUp ? "Create account" : "Sign in"}
      </button>

      <p className="text-center text-sm text-slate-600">
        {signUp ? "Already have an account? " : "New here? "}
        <Link href={otherHref} className="font-medium text-brand-700 underline">
          {signUp ? "Sign in" : "Create an account"}
        </Link>
      </p>
    </form>
  );
}
