import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signUpAction } from "@/server/actions/sign-up";
import { getCurrentUser, safeReturnPath } from "@/server/session";
import { AuthForm } from "../_components/auth-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const next = safeReturnPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-1 text-2xl font-bold">Create an account</h1>
      <p className="mb-4 text-sm text-slate-600">Your progress is saved to your account.</p>
      <AuthForm mode="sign-up" action={signUpAction} next={next} />
    </section>
  );
}
