"use server";

import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "../auth";
import { requestTeacher } from "../data/accounts";
import { updateSettings } from "../data/settings";
import { fieldErrors } from "../http";
import { safeReturnPath } from "../session";
import { type AuthFormState, tryAgainIn, ZSignUpRequestSchema } from "./auth-form.schema";

const TAKEN_EMAIL_CODES = new Set(["USER_ALREADY_EXISTS", "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"]);

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const raw = Object.fromEntries(formData);
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const values = { name: text(raw.name), email: text(raw.email), teacher: raw.teacher === "on" };
  const parsed = ZSignUpRequestSchema.safeParse(raw);
  if (!parsed.success) {
    return { message: "Please fix the fields below.", fields: fieldErrors(parsed.error), values };
  }
  const { name, email, password, next, timeZone, teacher } = parsed.data;
  let userId: string;
  try {
    const { user } = await auth.api.signUpEmail({
      body: { name, email, password },
      headers: await headers(),
    });
    userId = user.id;
  } catch (error) {
    if (isAPIError(error) && TAKEN_EMAIL_CODES.has(String(error.body?.code))) {
      return {
        message: "An account with this email already exists.",
        fields: { email: ["This email is taken. Sign in instead, or use another email."] },
        values,
      };
    }
    if (isAPIError(error) && error.statusCode === 429) {
      const message = `${error.body?.message ?? "Too many attempts."} ${tryAgainIn(Number(error.body?.retryAfter))}`;
      return { message, fields: {}, values };
    }
    console.error(error);
    return { message: "Signing up failed. Please try again.", fields: {}, values };
  }
  if (teacher) {
    // The account exists either way; without the request it can ask an admin directly.
    await requestTeacher({ userId }).catch((error: unknown) => console.error(error));
  }
  if (timeZone) {
    // The account exists either way; without its zone it keeps UTC until changed in Settings.
    await updateSettings({ userId, timeZone }).catch((error: unknown) => console.error(error));
  }
  redirect(safeReturnPath(next));
}
