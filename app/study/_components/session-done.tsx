import Link from "next/link";

/** The end of a study session, or an empty one. */
export function SessionDone({ answered }: { answered: number }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 text-center">
      <p className="text-lg font-semibold">
        {answered > 0 ? `Done: ${answered} answered.` : "Nothing to study here right now."}
      </p>
      <div className="mt-4 flex flex-wrap justify-center gap-3">
        <Link href="/today" className="min-h-12 rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white">
          Back to Today
        </Link>
        <Link
          href="/stats"
          className="min-h-12 rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold"
        >
          See stats
        </Link>
      </div>
    </div>
  );
}
