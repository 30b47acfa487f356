"use server";

import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "../auth";
import { fieldErrors } from "../http";
import { safeReturnPath } from "../session";
import { type AuthFormState, tryAgainIn, ZSignInRequestSchema } from "./auth-form.schema";

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const raw = Object.fromEntries(formData);
  const values = { email: typeof raw.email === "string" ? raw.email : undefined };
  const parsed = ZSignInRequestSchema.safeParse(raw);
  if (!parsed.success) {
    return { message: "Please fix the fields below.", fields: fieldErrors(parsed.error), values };
  }
  try {
    await auth.api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    if (isAPIError(error) && (error.status === "UNAUTHORIZED" || error.statusCode === 401)) {
      return { message: "That email and password do not match an account.", fields: {}, values };
    }
    if (isAPIError(error) && error.statusCode === 429) {
      const message = `${error.body?.message ?? "Too many attempts."} ${tryAgainIn(Number(error.body?.retryAfter))}`;
      return { message, fields: {}, values };
    }
    console.error(error);
    return { message: "Signing in failed. Please try again.", fields: {}, values };
  }
  redirect(safeReturnPath(parsed.data.next));
}
