import { addArticles, isSameOrigin, readAddForm } from "@/server/add-articles";
import { AppError, describeError } from "@/server/errors";
import { getUserFromHeaders } from "@/server/session";

// POST /add/articles: the Add page's form (multipart: text, files). Answers 202 with the add's batch id as soon as
// its articles are queued; the page then polls /add/batches/[id]. A form sent without JavaScript is redirected
// back to /add?batch=… (or /add?error=…) instead of getting JSON.

type FormError = "too_large" | "invalid" | "rate_limited" | "sign_in" | "failed";

function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}

function backToPage(request: Request, query: Record<string, string>): Response {
  const url = new URL("/add", request.url);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return new Response(null, { status: 303, headers: { location: `${url.pathname}${url.search}` } });
}

function errorResponse(request: Request, error: unknown): Response {
  const { status, body } = describeError(error);
  if (wantsJson(request)) return Response.json(body, { status });
  const code: FormError =
    status === 413 ? "too_large" : status === 401 ? "sign_in" : status < 500 ? "invalid" : "failed";
  return backToPage(request, { error: code });
}

export async function POST(request: Request): Promise<Response> {
  try {
    if (!isSameOrigin(request)) throw new AppError("forbidden", "Add articles from this site's Add page.");
    const user = await getUserFromHeaders(request.headers);
    if (!user) throw new AppError("unauthenticated", "Sign in to add articles.");
    const form = await readAddForm(request);
    const result = await addArticles({ userId: user.id, form });
    if (!result.ok) {
      const minutes = Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 60_000));
      const message = `You have added articles many times this hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}; nothing was added.`;
      if (!wantsJson(request)) return backToPage(request, { error: "rate_limited" satisfies FormError });
      return Response.json(
        { error: { code: "rate_limited", message } },
        { status: 429, headers: { "retry-after": String(minutes * 60) } },
      );
    }
    if (!wantsJson(request)) return backToPage(request, { batch: result.batchId });
    return Response.json({ batchId: result.batchId, total: result.total }, { status: 202 });
  } catch (error) {
    return errorResponse(request, error);
  }
}
