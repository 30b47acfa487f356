import "server-only";
import { z } from "zod";

export const MAX_FILE_BYTES = 200 * 1024;
export const MAX_FILES = 50;

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const pastedText = z
  .string()
  .max(MAX_FILE_BYTES, `Pasted text must be under ${kilobytes(MAX_FILE_BYTES)}.`)
  .transform((text) => text.trim());

const textFile = z
  .instanceof(File)
  .refine((file) => file.size <= MAX_FILE_BYTES, {
    error: (issue) => `${(issue.input as File).name} is larger than ${kilobytes(MAX_FILE_BYTES)}.`,
  })
  .refine((file) => /\.txt$/i.test(file.name) || file.type === "text/plain", {
    error: (issue) => `${(issue.input as File).name} is not a .txt file.`,
  });

export const ZAddArticlesRequestSchema = z
  .object({
    text: pastedText.default(""),
    // A form with no file chosen still sends one empty, nameless File.
    files: z
      .array(z.unknown())
      .transform((entries) =>
        entries.filter((entry) => !(entry instanceof File && entry.size === 0 && !entry.name)),
      )
      .pipe(z.array(textFile).max(MAX_FILES, `Upload at most ${MAX_FILES} files at once.`))
      .default([]),
  })
  .refine((request) => request.text.length > 0 || request.files.length > 0, {
    error: "Paste an article or choose at least one .txt file.",
    path: ["text"],
  });
export type TAddArticlesRequest = z.infer<typeof ZAddArticlesRequestSchema>;

export interface AddArticlesState {
  status: "idle" | "done" | "error";
  message: string | null;
  fields: Record<string, string[]>;
  reports: {
    file: string;
    status: "added" | "duplicate" | "no_questions" | "error";
    questions: number;
    message: string;
    articleId: string | null;
  }[];
}
