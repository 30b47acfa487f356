"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Home", icon: "M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z" },
  { href: "/today", label: "Today", icon: "M12 7v5l3 2M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z" },
  { href: "/sets", label: "Sets", icon: "M4 5h16M4 12h16M4 19h10" },
  { href: "/stats", label: "Stats", icon: "M5 20V11M12 20V5M19 20v-6" },
  { href: "/add", label: "Add", icon: "M12 5v14M5 12h14" },
  {
    href: "/classes",
    label: "Classes",
    icon: "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M16 11a3 3 0 1 0 0-6M18 20a6 6 0 0 0-3-5.2",
  },
  {
    href: "/settings",
    label: "Settings",
    icon: "M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM4 12h2M18 12h2M12 4v2M12 18v2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4",
  },
] as const;

/** For teachers and admins: the teacher pages (questions, sets, reports) all live under /teach. */
const TEACH_LINK = {
  href: "/teach/questions",
  section: "/teach",
  label: "Teach",
  icon: "M3 8l9-4 9 4-9 4-9-4zM7 10v5c0 1.5 2.2 3 5 3s5-1.5 5-3v-5M21 8v6",
} as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Bottom tab bar on phones (within thumb reach), a row under the header on wider screens. */
export function MainNav({ teach = false }: { teach?: boolean }) {
  const pathname = usePathname() ?? "/";
  const links = teach ? [...LINKS, TEACH_LINK] : LINKS;
  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:sticky md:top-14 md:border-b md:border-t-0"
    >
      <ul
        className="mx-auto grid max-w-3xl md:flex md:gap-1 md:px-2"
        style={{ gridTemplateColumns: `repeat(${links.length}, minmax(0, 1fr))` }}
      >
        {links.map((link) => {
          const { href, label, icon } = link;
          const current = isCurrent(pathname, "section" in link ? link.section : href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-[11px] font-medium md:min-h-10 md:flex-row md:gap-1.5 md:px-3 md:text-sm ${
                  current ? "text-brand-700" : "text-slate-600 hover:text-slate-900"
                }`}
              >
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  className="h-5 w-5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth={current ? 2.2 : 1.8}
                  strokeLinecap="round"
                  strokeLinejoin="round"
                >
                  <path d={icon} />
                </svg>
                <span className={current ? "underline decoration-2 underline-offset-4" : undefined}>
                  {label}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
