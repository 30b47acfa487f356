import "server-only";
import {
  MAX_REQUEST_BYTES,
  MAX_TOTAL_BYTES,
  type TAddArticlesRequest,
  ZAddArticlesRequestSchema,
} from "./add-articles.schema";
import { AppError } from "./errors";
import { fieldErrors } from "./http";
import type { IngestInput } from "./ingest";
import { type EnqueueResult, enqueueAdd } from "./ingest-queue";
import { decodeTextFile } from "./text-file";

export const PASTED_FILE_NAME = "pasted article";

const tooLarge = () =>
  new AppError(
    "payload_too_large",
    `This upload is over ${MAX_TOTAL_BYTES / 1024 / 1024} MB; nothing was added. Add the articles in smaller groups.`,
  );

/**
 * The multipart form of a request, read only up to MAX_REQUEST_BYTES: a larger body is refused (413) as soon as it
 * says or turns out to be larger, without buffering the rest.
 */
export async function readAddForm(request: Request): Promise<FormData> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) throw tooLarge();
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType)) {
    throw new AppError("bad_request", "Send the articles as a multipart form.");
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_REQUEST_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return await new Response(Buffer.concat(chunks), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("bad_request", "The form could not be read.");
  }
}

/** The articles of an add: the pasted text first, then each file decoded by its byte-order mark. */
async function articlesOf(request: TAddArticlesRequest): Promise<IngestInput[]> {
  const inputs: IngestInput[] = request.text ? [{ file: PASTED_FILE_NAME, text: request.text }] : [];
  for (const file of request.files) {
    const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      throw new AppError("invalid_input", `${file.name} ${decoded.reason}. Nothing was added.`, {
        fields: { files: [`${file.name} ${decoded.reason}.`] },
      });
    }
    inputs.push({ file: file.name, text: decoded.text });
  }
  return inputs;
}

/** Checks an add's form and queues its articles for the ingest worker. */
export async function addArticles({
  userId,
  form,
  now = new Date(),
}: {
  userId: string;
  form: FormData;
  now?: Date;
}): Promise<EnqueueResult> {
  const parsed = ZAddArticlesRequestSchema.safeParse({
    text: form.get("text") ?? undefined,
    files: form.getAll("files"),
  });
  if (!parsed.success) {
    throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Check the form.", {
      fields: fieldErrors(parsed.error),
    });
  }
  return enqueueAdd({ userId, inputs: await articlesOf(parsed.data), now });
}

/**
 * True when the request comes from a page of this site: its Origin names the host it was sent to, as Next.js
 * checks for server actions. Browsers send Origin with every POST, so a form on another site cannot add articles.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
