import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { listAccounts, listPendingRequests } from "@/server/data/accounts";
import { isAdmin } from "@/server/permissions/admin";
import { getCurrentUser } from "@/server/session";
import { RoleForm } from "./_components/role-form";

export const metadata: Metadata = { title: "Admin" };

type Props = { searchParams?: Promise<{ notice?: string | string[] }> };

const NOTICES: Record<string, { text: string; error?: true }> = {
  approved: { text: "Request approved: the account is a teacher now." },
  declined: { text: "Request declined: the account stays a student." },
  "role-saved": { text: "Role saved." },
  conflict: { text: "The last admin stays admin: make another account admin first.", error: true },
  invalid: { text: "Choose one of the roles listed.", error: true },
};

const ZNotice = z.string().max(40).optional().catch(undefined);
const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Teacher requests and roles, for admins only: anyone else gets a 404. */
export default async function AdminPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user || !isAdmin(user)) notFound();
  const [pending, accounts] = await Promise.all([listPendingRequests(), listAccounts()]);
  const code = ZNotice.parse((await searchParams)?.notice);
  const notice = code ? NOTICES[code] : undefined;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Admin</h1>
        <p className="text-sm text-slate-600">Who teaches on this site.</p>
      </div>
      <div role="status" aria-live="polite">
        {notice ? (
          <p
            className={`rounded-md px-3 py-2 text-sm ${notice.error ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-900"}`}
          >
            {notice.text}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="requests-heading" className="space-y-2">
        <h2 id="requests-heading" className="text-lg font-semibold">
          Teacher requests
        </h2>
        {pending.length === 0 ? (
          <p className="rounded-md border border-slate-200 bg-white p-3 text-slate-600">
            No requests waiting.
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white">
            {pending.map((request) => (
              <li key={request.userId} className="space-y-2 p-3">
                <p className="[overflow-wrap:anywhere]">
                  <span className="font-medium">{request.name}</span>{" "}
                  <span className="text-sm text-slate-600">{request.email}</span>
                </p>
                <p className="text-xs text-slate-600">Asked {dateFormat.format(request.requestedAt)}</p>
                <form
                  method="post"
                  action={`/admin/requests/${encodeURIComponent(request.userId)}`}
                  className="flex flex-wrap gap-2"
                >
                  <button
                    type="submit"
                    name="decision"
                    value="approve"
                    aria-label={`Approve ${request.name} (${request.email})`}
                    className="min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
                  >
                    Approve
                  </button>
                  <button
                    type="submit"
                    name="decision"
                    value="decline"
                    aria-label={`Decline ${request.name} (${request.email})`}
                    className="min-h-11 rounded-md border border-slate-300 px-4 font-medium text-slate-700 hover:bg-slate-100"
                  >
                    Decline
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="users-heading" className="space-y-2">
        <h2 id="users-heading" className="text-lg font-semibold">
          Accounts
        </h2>
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white">
          {accounts.map((account) => (
            <li key={account.id} className="space-y-2 p-3">
              <p className="[overflow-wrap:anywhere]">
                <span className="font-medium">{account.name}</span>{" "}
                <span className="text-sm text-slate-600">{account.email}</span>
                {account.id === user.id ? <span className="text-sm text-slate-600"> (you)</span> : null}
              </p>
              <RoleForm
                userId={account.id}
                role={account.role}
                label={`Role of ${account.name} (${account.email})`}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
