"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { AppError } from "../errors";
import { fieldErrors } from "../http";
import { ingestArticles } from "../ingest";
import { getCurrentUser } from "../session";
import { type AddArticlesState, ZAddArticlesRequestSchema } from "./add-articles.schema";

const PASTED_FILE_NAME = "pasted article";

export async function addArticlesAction(
  _previous: AddArticlesState,
  formData: FormData,
): Promise<AddArticlesState> {
  const user = await getCurrentUser();
  if (!user) {
    return { status: "error", message: "Sign in to add articles.", fields: {}, reports: [] };
  }

  const parsed = ZAddArticlesRequestSchema.safeParse({
    text: formData.get("text") ?? undefined,
    files: formData.getAll("files"),
  });
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return {
      status: "error",
      message: Object.values(fields).flat()[0] ?? "Check the form.",
      fields,
      reports: [],
    };
  }

  try {
    const inputs = [
      ...(parsed.data.text ? [{ file: PASTED_FILE_NAME, text: parsed.data.text }] : []),
      ...(await Promise.all(
        parsed.data.files.map(async (file) => ({ file: file.name, text: await file.text() })),
      )),
    ];
    const reports = await ingestArticles({ inputs, addedById: user.id });
    revalidatePath("/sets");
    const added = reports.filter((report) => report.status === "added").length;
    return {
      status: "done",
      message: `${added} of ${reports.length} article${reports.length === 1 ? "" : "s"} added.`,
      fields: {},
      reports,
    };
  } catch (error) {
    console.error(error);
    const message =
      error instanceof AppError ? error.message : "Adding the articles failed. Nothing was saved.";
    return { status: "error", message, fields: {}, reports: [] };
  }
}
