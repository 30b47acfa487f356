import { z } from "zod";
import { QUESTION_KINDS } from "@/questions/types";

// What a teacher may set on a question (edit page, "add a question"): validated here and nowhere else, so the
// edit and create routes give the same messages.

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} can be at most ${max} characters.`);

/** Same option for the quiz: case and surrounding spaces do not make two options different. */
const optionKey = (option: string) => option.trim().toLocaleLowerCase("en");

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

export const ZQuestionContent = z
  .object({
    prompt: text("question", 500),
    answer: text("answer", 200),
    aliases: z
      .array(z.string().trim().max(200, "An alias can be at most 200 characters."), {
        error: "Aliases must be a list.",
      })
      .max(20, "At most 20 aliases.")
      .transform((aliases) => aliases.filter((alias) => alias.length > 0)),
    options: z
      .array(
        z
          .string()
          .trim()
          .min(1, "An option cannot be empty.")
          .max(200, "An option can be at most 200 characters."),
        {
          error: "Options must be a list.",
        },
      )
      .min(MIN_OPTIONS, `Give at least ${MIN_OPTIONS} options.`)
      .max(MAX_OPTIONS, `Give at most ${MAX_OPTIONS} options.`),
    explanation: z
      .string({ error: "The explanation must be text." })
      .trim()
      .max(2000, "The explanation can be at most 2000 characters."),
  })
  .superRefine((content, context) => {
    const seen = new Set<string>();
    for (const [index, option] of content.options.entries()) {
      const key = optionKey(option);
      if (seen.has(key)) {
        context.addIssue({
          code: "custom",
          path: ["options", index],
          message: `"${option}" is given twice.`,
        });
      }
      seen.add(key);
    }
    if (!content.options.includes(content.answer)) {
      context.addIssue({
        code: "custom",
        path: ["answer"],
        message: "The answer must be one of the options, spelt the same way.",
      });
    }
  });
export type TQuestionContent = z.infer<typeof ZQuestionContent>;

/** PATCH /api/teach/questions/[id]: the new content, and the version the teacher started from. */
export const ZEditQuestionRequest = z.object({
  version: z.number({ error: "Which version did you edit?" }).int().min(1),
  content: ZQuestionContent,
});
export type TEditQuestionRequest = z.infer<typeof ZEditQuestionRequest>;

/** POST /api/teach/questions: a question written by hand into a story the teacher may edit. */
export const ZCreateQuestionRequest = z.object({
  storyId: z.string({ error: "Choose a story." }).trim().min(1, "Choose a story.").max(100),
  kind: z.enum(QUESTION_KINDS, { error: "Choose a kind of question." }),
  content: ZQuestionContent,
});
export type TCreateQuestionRequest = z.infer<typeof ZCreateQuestionRequest>;

/** POST /api/teach/questions/[id]/retirement: retire (true) or restore (false). */
export const ZRetireRequest = z.object({
  retired: z.boolean({ error: "Say whether to retire or restore." }),
});

export const ZQuestionIdParams = z.object({ id: z.string().trim().min(1).max(100) });
