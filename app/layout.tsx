import type { Metadata, Viewport } from "next";
import { canTeach } from "@/server/permissions/roles";
import { getCurrentUser } from "@/server/session";
import { AccountMenu } from "./_components/account-menu";
import { MainNav } from "./_components/main-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Current Affairs Study", template: "%s · Current Affairs Study" },
  description:
    "Practise exam questions made from the news: quizzes, flashcards, typed answers and spaced review.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1d5fd1",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
          <div className="mx-auto flex h-14 max-w-3xl items-center justify-between gap-2 px-4">
            <a href="/" className="truncate text-base font-semibold text-brand-900">
              Current Affairs Study
            </a>
            <AccountMenu user={user ? { name: user.name, role: user.role } : null} />
          </div>
        </header>
        {/* Outside the header: a sticky or filtered ancestor would pin the fixed bar to itself. */}
        <MainNav teach={user ? canTeach(user.role) : false} />
        <main id="main" className="mx-auto w-full max-w-3xl px-4 pb-28 pt-4 md:pb-12">
          {children}
        </main>
      </body>
    </html>
  );
}
