import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signInAction } from "@/server/actions/sign-in";
import { getCurrentUser, safeReturnPath } from "@/server/session";
import { AuthForm } from "../_components/auth-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const next = safeReturnPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">Sign in</h1>
      <AuthForm mode="sign-in" action={signInAction} next={next} />
    </section>
  );
}
