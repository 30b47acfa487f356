import type { Metadata } from "next";
import { addArticlesAction } from "@/server/actions/add-articles";
import { MAX_FILE_BYTES, MAX_FILES } from "@/server/actions/add-articles.schema";
import { requireUser } from "@/server/session";
import { AddArticlesForm } from "./_components/add-articles-form";

export const metadata: Metadata = { title: "Add articles" };

export default async function AddArticlesPage() {
  await requireUser("/add");
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Add articles</h1>
        <p className="text-sm text-slate-600">
          Paste a news article or upload .txt files. Each becomes questions in its story&apos;s set; an
          article you already added is skipped.
        </p>
      </div>
      <AddArticlesForm
        action={addArticlesAction}
        maxFiles={MAX_FILES}
        maxKilobytes={Math.round(MAX_FILE_BYTES / 1024)}
      />
    </div>
  );
}
