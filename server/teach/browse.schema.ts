import { z } from "zod";

/** /teach/questions?topic=&story=&month=YYYY-MM&status=active|retired&page=N; a value that does not fit is dropped. */
export const ZBrowseQuery = z.object({
  topic: z.string().trim().min(1).max(50).optional().catch(undefined),
  story: z.string().trim().min(1).max(100).optional().catch(undefined),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  status: z.enum(["active", "retired"]).default("active").catch("active"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TBrowseQuery = z.infer<typeof ZBrowseQuery>;
