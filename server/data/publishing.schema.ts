import "server-only";
import { z } from "zod";
import { visibilitySchema } from "@/server/permissions/visibility";

/** The article page's publishing form: who studies the article's story, and with "class", which classes. */
export const ZStoryVisibilityForm = z.object({
  visibility: visibilitySchema,
  classIds: z.array(z.string().trim().min(1).max(100)).max(100, "Choose at most 100 classes.").default([]),
});
export type TStoryVisibilityForm = z.infer<typeof ZStoryVisibilityForm>;

export const ZArticleParams = z.object({ id: z.string().trim().min(1).max(100) });
