import Link from "next/link";

const MODES = [
  { href: "/study/quiz", label: "Quiz" },
  { href: "/study/flashcards", label: "Flashcards" },
  { href: "/study/typed", label: "Type the answer" },
] as const;

/** The study page title and a switch between the three modes over the same questions. */
export function StudyHeader({ current, setId }: { current: (typeof MODES)[number]["href"]; setId?: string }) {
  const query = setId ? `?set=${encodeURIComponent(setId)}` : "";
  return (
    <div className="mb-4 space-y-2">
      <h1 className="text-2xl font-bold">{setId ? "Study set" : "Today's review"}</h1>
      <nav aria-label="Study mode">
        <ul className="flex flex-wrap gap-2">
          {MODES.map((mode) => (
            <li key={mode.href}>
              <Link
                href={`${mode.href}${query}`}
                aria-current={mode.href === current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium ${
                  mode.href === current
                    ? "border-brand-600 bg-brand-600 text-white"
                    : "border-slate-300 bg-white"
                }`}
              >
                {mode.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/** The `set` search parameter, when it is one plain value. */
export function setIdFrom(params: { set?: string | string[] }): string | undefined {
  return typeof params.set === "string" && params.set.length > 0 && params.set.length < 200
    ? params.set
    : undefined;
}
