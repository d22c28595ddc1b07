import { isDatabaseUnavailable } from "./db/unavailable";

// One error type for everything a user can cause, mapped to an HTTP status and to words a
// supporter understands. Anything else is our fault: logged, and answered with a generic 500.

const STATUS = {
  INVALID_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type TErrorCode = keyof typeof STATUS;

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details?: { fields?: Record<string, string>; retryAfterSeconds?: number },
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "Our database is restarting, so nothing could be saved just now. Please try again in a few seconds.";

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (error.details?.retryAfterSeconds) headers["Retry-After"] = String(error.details.retryAfterSeconds);
    return Response.json(
      { error: { code: error.code, message: error.message, fields: error.details?.fields } },
      { status: error.status, headers },
    );
  }
  if (isDatabaseUnavailable(error)) {
    // A restart or failover: say so, and when to come back, rather than "something went wrong".
    console.error("Database unavailable:", error instanceof Error ? error.message : error);
    return errorResponse(new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { retryAfterSeconds: 5 }));
  }
  console.error(error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again in a minute." } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}
