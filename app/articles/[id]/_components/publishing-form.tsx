import type { StoryPublishing } from "@/server/data/publishing";

const NOTICES: Record<string, { text: string; error?: true }> = {
  "saved-private": { text: "Saved: only you study this story now." },
  "saved-class": { text: "Saved: the classes you chose study this story now." },
  "saved-library": { text: "Saved: this story is in the library, for everyone." },
  invalid: { text: "Choose at least one of your own classes to share with.", error: true },
};

const CHOICES = [
  { value: "private", label: "Only me", hint: "Private: nobody else sees it." },
  { value: "class", label: "My classes", hint: "The students of the classes ticked below." },
  { value: "library", label: "Everyone", hint: "The library: every signed-in user." },
] as const;

/**
 * Who studies the story this article belongs to, for its owner: a teacher chooses (a plain form, no JavaScript
 * needed), a student's stays private. `notice` is the code the publishing route sent back.
 */
export function PublishingForm({
  articleId,
  publishing,
  notice,
  teacherRequest,
}: {
  articleId: string;
  publishing: StoryPublishing;
  notice: string | undefined;
  teacherRequest: "pending" | "approved" | "declined" | null;
}) {
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <section
      aria-labelledby="publishing-heading"
      className="space-y-3 rounded-md border border-slate-200 bg-white p-3"
    >
      <h2 id="publishing-heading" className="text-lg font-semibold">
        Who studies this story
      </h2>
      <div role="status" aria-live="polite">
        {message ? (
          <p
            className={`rounded-md px-3 py-2 text-sm ${message.error ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-900"}`}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      {publishing.canPublish ? (
        <form
          method="post"
          action={`/articles/${encodeURIComponent(articleId)}/visibility`}
          className="space-y-3"
        >
          <fieldset className="space-y-2">
            <legend className="sr-only">Who studies this story</legend>
            {CHOICES.map((choice) => (
              <div key={choice.value} className="flex items-start gap-3">
                <input
                  type="radio"
                  id={`visibility-${choice.value}`}
                  name="visibility"
                  value={choice.value}
                  defaultChecked={publishing.visibility === choice.value}
                  aria-describedby={`visibility-${choice.value}-hint`}
                  className="mt-1 h-5 w-5 shrink-0 accent-brand-600"
                />
                <div>
                  <label htmlFor={`visibility-${choice.value}`} className="font-medium">
                    {choice.label}
                  </label>
                  <p id={`visibility-${choice.value}-hint`} className="text-sm text-slate-600">
                    {choice.hint}
                  </p>
                </div>
              </div>
            ))}
          </fieldset>
          {publishing.classes.length > 0 ? (
            <fieldset className="space-y-2 pl-8">
              <legend className="text-sm font-medium">Your classes</legend>
              {publishing.classes.map((item) => (
                <div key={item.id} className="flex items-center gap-3">
                  <input
                    type="checkbox"
                    id={`class-${item.id}`}
                    name="classIds"
                    value={item.id}
                    defaultChecked={item.shared}
                    className="h-5 w-5 shrink-0 accent-brand-600"
                  />
                  <label htmlFor={`class-${item.id}`} className="[overflow-wrap:anywhere]">
                    {item.name}
                  </label>
                </div>
              ))}
            </fieldset>
          ) : (
            <p className="pl-8 text-sm text-slate-600">You have no classes to share with yet.</p>
          )}
          <button
            type="submit"
            className="min-h-12 rounded-md bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
          >
            Save
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-700">
          Private: only you study this story.{" "}
          {teacherRequest === "pending"
            ? "Your request to teach is waiting for an admin; once approved you can publish it."
            : "Teachers can publish what they add."}
        </p>
      )}
    </section>
  );
}
