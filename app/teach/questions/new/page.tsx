import type { Metadata } from "next";
import Link from "next/link";
import { QUESTION_KINDS } from "@/questions/types";
import { listEditableStories } from "@/server/data/question-edits";
import { requireTeacherPage } from "@/server/teach/teacher";
import { QuestionEditor } from "../_components/question-editor";

export const metadata: Metadata = { title: "Add a question" };

export default async function NewQuestionPage() {
  const user = await requireTeacherPage("/teach/questions/new");
  const stories = await listEditableStories({ user });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/teach/questions" className="text-brand-700 underline">
            All questions
          </Link>
        </p>
        <h1 className="text-2xl font-bold">Add a question</h1>
        <p className="text-sm text-slate-600">
          Written by hand, into a story of the library or one of yours.
        </p>
      </div>
      {stories.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">
          There is no story you may add questions to yet.
        </p>
      ) : (
        <QuestionEditor
          target={{ mode: "create", stories, kinds: QUESTION_KINDS }}
          initial={{ prompt: "", answer: "", aliases: [], options: ["", "", "", ""], explanation: "" }}
        />
      )}
    </div>
  );
}
