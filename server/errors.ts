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
  internal: 500,
};

const GENERIC_MESSAGE = "Something went wrong on our side. Please try again.";

/** An error whose message is safe to show the user. Anything else is reported as a generic 500. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Per-field messages, for forms. */
  readonly fields?: Record<string, string[]>;

  constructor(
    code: AppErrorCode,
    message: string,
    options?: { fields?: Record<string, string[]>; cause?: unknown },
  ) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The JSON body and status the browser sees for an error: never the raw error. */
export function describeError(error: unknown): {
  status: number;
  body: { error: { code: AppErrorCode; message: string; fields?: Record<string, string[]> } };
} {
  if (isAppError(error) && error.code !== "internal") {
    return {
      status: error.status,
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
        },
      },
    };
  }
  console.error(error);
  return { status: 500, body: { error: { code: "internal", message: GENERIC_MESSAGE } } };
}

/** Maps any thrown value to an HTTP response at the edge. */
export function toResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status });
}
