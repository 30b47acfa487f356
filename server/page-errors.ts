import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "./errors";

/** A page's data: an AppError "not_found" becomes Next.js's 404 page; anything else propagates. */
export async function orNotFound<T>(data: Promise<T>): Promise<T> {
  try {
    return await data;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
