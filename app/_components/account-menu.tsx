import Link from "next/link";
import { signOutAction } from "@/server/actions/sign-out";

/** Who is signed in, the admin page for admins, and sign out; or a sign-in link. Works without JavaScript. */
export function AccountMenu({ user }: { user: { name: string; role: string } | null }) {
  if (!user) {
    return (
      <div className="flex shrink-0 items-center gap-1">
        <Link
          href="/sign-in"
          className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Sign in
        </Link>
        <Link
          href="/sign-up"
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Sign up
        </Link>
      </div>
    );
  }
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="hidden min-w-0 truncate text-sm text-slate-600 sm:inline">
        {user.name} <span className="text-slate-400">({user.role})</span>
      </span>
      {user.role === "admin" ? (
        <Link
          href="/admin"
          className="min-h-10 shrink-0 content-center rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Admin
        </Link>
      ) : null}
      <form action={signOutAction}>
        <button
          type="submit"
          className="min-h-10 shrink-0 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
