import "server-only";

export type AppErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "invalid_input"
  | "too_many_requests"
  | "unavailable"
  | "internal";

const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_input: 422,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
};

const GENERIC_MESSAGE = "Something went wrong on our side. Please try again.";

/** An error whose message is safe to show the user. Anything else is reported as a generic 500. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Per-field messages, for forms. */
  readonly fields?: Record<string, string[]>;
  /** For "unavailable" and "too_many_requests": when the same request may be tried again (Retry-After). */
  readonly retryAfterSeconds?: number;

  constructor(
    code: AppErrorCode,
    message: string,
    options?: { fields?: Record<string, string[]>; retryAfterSeconds?: number; cause?: unknown },
  ) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What a 503 for a held database lock asks the client to wait before retrying. */
const BUSY_RETRY_AFTER_SECONDS = 1;

/** The 503 for a write that could not get the database's write lock in time: nothing was written, retry it. */
export function serverBusy(cause?: unknown): AppError {
  return new AppError(
    "unavailable",
    "The server is busy saving other changes. Please try again in a moment.",
    {
      retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
      cause,
    },
  );
}

/**
 * The AppError `error` stands for: itself, or serverBusy when Prisma re-threw it. Prisma turns an error thrown
 * below it (the driver adapter's serverBusy, server/db.ts) into its own PrismaClientKnownRequestError, keeping
 * only its code.
 */
function findAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (
    error instanceof Error &&
    error.name === "PrismaClientKnownRequestError" &&
    "code" in error &&
    error.code === "unavailable"
  ) {
    return serverBusy(error);
  }
  return null;
}

/** The JSON body, status and headers the browser sees for an error: never the raw error. */
export function describeError(caught: unknown): {
  status: number;
  headers: Record<string, string>;
  body: { error: { code: AppErrorCode; message: string; fields?: Record<string, string[]> } };
} {
  const error = findAppError(caught);
  if (error && error.code !== "internal") {
    return {
      status: error.status,
      headers:
        error.retryAfterSeconds === undefined ? {} : { "retry-after": String(error.retryAfterSeconds) },
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
        },
      },
    };
  }
  console.error(caught);
  return { status: 500, headers: {}, body: { error: { code: "internal", message: GENERIC_MESSAGE } } };
}

/** Maps any thrown value to an HTTP response at the edge. */
export function toResponse(error: unknown): Response {
  const { status, headers, body } = describeError(error);
  return Response.json(body, { status, headers });
}
