import Link from "next/link";
import { getTeacherRequest } from "@/server/data/accounts";
import { countDue, countNewToday } from "@/server/data/queue";
import { getCurrentUser } from "@/server/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <section className="space-y-4 py-4">
        <h1 className="text-3xl font-bold leading-tight">Remember the news that will be on your exam.</h1>
        <p className="text-lg text-slate-700">
          Questions made from current-affairs articles: quizzes, flashcards and typed answers, with spaced
          review that brings each fact back just before you would forget it.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/sign-up"
            className="inline-flex min-h-12 items-center rounded-xl bg-brand-600 px-6 text-lg font-semibold text-white"
          >
            Create an account
          </Link>
          <Link
            href="/sign-in"
            className="inline-flex min-h-12 items-center rounded-xl border border-slate-300 bg-white px-6 text-lg font-semibold"
          >
            Sign in
          </Link>
        </div>
      </section>
    );
  }
  const now = new Date();
  const [due, fresh, teacherRequest] = await Promise.all([
    countDue({ userId: user.id, now }),
    countNewToday({ userId: user.id, now }),
    user.role === "student" ? getTeacherRequest({ userId: user.id }) : null,
  ]);
  return (
    <section className="space-y-5 py-2">
      <h1 className="text-2xl font-bold">Hello, {user.name}</h1>
      {teacherRequest?.status === "pending" ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Your request to teach is pending: an admin will look at it. Until then you study as a student.
        </p>
      ) : teacherRequest?.status === "declined" ? (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          Your request to teach was declined. Ask this site&apos;s admin if you think that is a mistake.
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Due now</dt>
          <dd className="text-3xl font-bold">{due}</dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">New today</dt>
          <dd className="text-3xl font-bold">{fresh}</dd>
        </div>
      </dl>
      <Link
        href="/study/quiz"
        className="flex min-h-16 w-full items-center justify-center rounded-2xl bg-brand-600 px-6 text-xl font-semibold text-white shadow"
      >
        Start today&apos;s review
      </Link>
      <p className="text-center">
        <Link href="/today" className="inline-block py-2 font-medium text-brand-700 underline">
          See today&apos;s queue
        </Link>
      </p>
    </section>
  );
}
