import "server-only";
import { z } from "zod";
import { roleSchema } from "@/server/permissions/roles";

export const ZUserParams = z.object({ userId: z.string().trim().min(1).max(100) });

/** /admin's answer to a request to teach. */
export const ZTeacherDecisionForm = z.object({
  decision: z.enum(["approve", "decline"], "Choose approve or decline."),
});

/** /admin's role change. */
export const ZRoleForm = z.object({ role: roleSchema });
