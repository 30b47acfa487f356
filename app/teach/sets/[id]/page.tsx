import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOwnSet } from "@/server/data/question-sets";
import { isAppError } from "@/server/errors";
import { requireTeacherPage } from "@/server/teach/teacher";
import { SetEditor } from "../_components/set-editor";

export const metadata: Metadata = { title: "Set" };

export default async function TeachSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireTeacherPage(`/teach/sets/${encodeURIComponent(id)}`);
  const set = await getOwnSet({ userId: user.id, setId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/teach/sets" className="text-brand-700 underline">
            Your sets
          </Link>
        </p>
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{set.title}</h1>
      </div>
      <SetEditor initial={set} />
    </div>
  );
}
