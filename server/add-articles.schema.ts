import "server-only";
import { z } from "zod";

// The one set of limits of an add: stated on the Add page, checked in the browser before uploading, and
// enforced here; the request body itself is capped at MAX_REQUEST_BYTES before it is parsed.
export const MAX_FILES = 50;
export const MAX_FILE_BYTES = 200 * 1024;
/** Pasted text and files together. */
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024;
/** Multipart framing (boundaries, part headers, file names) on top of the content. */
export const MAX_REQUEST_BYTES = MAX_TOTAL_BYTES + 64 * 1024;

export const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString("en-GB")} KB`;
export const LIMITS_SENTENCE = `Up to ${MAX_FILES} files of ${kilobytes(MAX_FILE_BYTES)} each, ${MAX_TOTAL_BYTES / 1024 / 1024} MB in all (pasted text included).`;

const byteLength = (text: string) => Buffer.byteLength(text, "utf8");

const pastedText = z
  .string()
  .refine((text) => byteLength(text) <= MAX_FILE_BYTES, {
    error: (issue) =>
      `The pasted text is ${kilobytes(byteLength(issue.input as string))}; one article may be at most ${kilobytes(MAX_FILE_BYTES)}.`,
  })
  .transform((text) => text.trim());

const textFile = z
  .instanceof(File, { error: "Choose .txt files to upload." })
  .refine((file) => /\.txt$/i.test(file.name) || file.type === "text/plain", {
    error: (issue) => `${(issue.input as File).name} is not a .txt file.`,
  })
  .refine((file) => file.size <= MAX_FILE_BYTES, {
    error: (issue) =>
      `${(issue.input as File).name} is ${kilobytes((issue.input as File).size)}; a file may be at most ${kilobytes(MAX_FILE_BYTES)}.`,
  })
  .refine((file) => file.size > 0, { error: (issue) => `${(issue.input as File).name} is empty.` });

export const ZAddArticlesRequestSchema = z
  .object({
    text: pastedText.default(""),
    files: z
      .array(z.unknown())
      // An empty file input still sends one part: a nameless 0-byte file (or an empty string from some clients).
      .transform((entries) =>
        entries.filter(
          (entry) => entry !== "" && !(entry instanceof File && entry.size === 0 && !entry.name),
        ),
      )
      .pipe(z.array(textFile).max(MAX_FILES, `Choose at most ${MAX_FILES} files at once.`))
      .default([]),
  })
  .refine((request) => request.text.length > 0 || request.files.length > 0, {
    error: "Paste an article or choose at least one .txt file.",
    path: ["text"],
  })
  .refine(
    (request) =>
      byteLength(request.text) + request.files.reduce((sum, file) => sum + file.size, 0) <= MAX_TOTAL_BYTES,
    {
      error: `Together these are over ${MAX_TOTAL_BYTES / 1024 / 1024} MB; add them in smaller groups.`,
      path: ["files"],
    },
  );
export type TAddArticlesRequest = z.infer<typeof ZAddArticlesRequestSchema>;

export const ZBatchIdSchema = z.string().regex(/^[\w-]{8,64}$/, "Unknown add.");
