import "server-only";
import { z } from "zod";

/** POST /api/classes: a teacher makes a class. */
export const ZCreateClassRequest = z.object({
  name: z.string().trim().min(1, "Name the class.").max(80, "Keep the name under 80 characters."),
});
export type TCreateClassRequest = z.infer<typeof ZCreateClassRequest>;

/** POST /api/classes/join: a student joins with the code the teacher gave out. */
export const ZJoinClassRequest = z.object({
  code: z.string().trim().min(1, "Type the class code.").max(20, "A class code is 7 letters and digits."),
});
export type TJoinClassRequest = z.infer<typeof ZJoinClassRequest>;

/** Route parameters naming a class (and a member of it). */
export const ZClassParams = z.object({ id: z.string().min(1).max(100) });
export const ZMemberParams = ZClassParams.extend({ userId: z.string().min(1).max(100) });
