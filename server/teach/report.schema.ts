import { z } from "zod";

export const REPORT_REASONS = ["wrong", "ambiguous", "outdated"] as const;
export const MAX_REPORT_NOTE = 1000;

/** POST /api/reports: a student's report on a question they were shown, at the version shown. */
export const ZReportRequest = z.object({
  questionId: z.string({ error: "Which question?" }).trim().min(1, "Which question?").max(100),
  version: z.number({ error: "Which version of the question?" }).int().min(1),
  reason: z.enum(REPORT_REASONS, { error: "Say whether the question is wrong, ambiguous or outdated." }),
  note: z
    .string({ error: "The note must be text." })
    .trim()
    .max(MAX_REPORT_NOTE, `The note can be at most ${MAX_REPORT_NOTE} characters.`)
    .default(""),
});
export type TReportRequest = z.infer<typeof ZReportRequest>;

export const ZReportIdParams = z.object({ id: z.string().trim().min(1).max(100) });
