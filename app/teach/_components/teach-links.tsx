import Link from "next/link";

const LINKS = [
  { href: "/teach/questions", label: "Questions" },
  { href: "/teach/sets", label: "Sets" },
  { href: "/teach/reports", label: "Reports" },
] as const;

/** The teacher's own pages, under each one's heading. */
export function TeachLinks({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav aria-label="Teach">
      <ul className="flex flex-wrap gap-2 text-sm">
        {LINKS.map(({ href, label }) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={href === current ? "page" : undefined}
              className={`inline-flex min-h-10 items-center rounded-full border px-4 font-medium ${
                href === current
                  ? "border-brand-600 bg-brand-50 text-brand-900"
                  : "border-slate-300 bg-white text-slate-700 hover:border-slate-400"
              }`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
