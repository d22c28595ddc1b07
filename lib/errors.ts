import { ZodError } from "zod";
import { isDatabaseUnavailable } from "./db/unavailable";
import { errorKind, getLogger } from "./observability/logger";

// One error type for everything a user can cause, mapped to an HTTP status and to words a
// supporter understands. Anything else is our fault: logged, and answered with a generic 500.

const STATUS = {
  INVALID_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  // Past a soft limit: a proof-of-work challenge (in `details.challenge`) to solve and send back.
  CHALLENGE_REQUIRED: 429,
  UNAVAILABLE: 503,
} as const;

export type TErrorCode = keyof typeof STATUS;

/**
 * A problem a user can cause or must be told about. `userMessage` is what they read; the internal
 * message (for logs) may say more, and defaults to the same words (documenso's split).
 */
export class AppError extends Error {
  readonly userMessage: string;

  constructor(
    readonly code: TErrorCode,
    userMessage: string,
    readonly details?: {
      fields?: Record<string, string>;
      retryAfterSeconds?: number;
      internal?: string;
      challenge?: object;
    },
  ) {
    super(details?.internal ?? userMessage);
    this.name = "AppError";
    this.userMessage = userMessage;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** The words a supporter sees for anything that is not their fault. */
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a minute.";

/**
 * What a user should be told about an error: the AppError itself, or, when the database cannot be
 * reached (a restart or failover), an UNAVAILABLE one saying when to come back. Null: our bug.
 */
export function userErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "form", i.message]));
    return new AppError("INVALID_INPUT", "Some of the details were not valid.", { fields });
  }
  if (!isDatabaseUnavailable(error)) return null;
  getLogger().warn(errorKind(error), "database unavailable; answered 503");
  return new AppError(
    "UNAVAILABLE",
    "Our database is restarting, so nothing could be saved just now. Please try again in a few seconds.",
    { retryAfterSeconds: 5 },
  );
}

export function errorResponse(error: unknown): Response {
  const userError = userErrorOf(error);
  if (userError) {
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (userError.details?.retryAfterSeconds) headers["Retry-After"] = String(userError.details.retryAfterSeconds);
    return Response.json(
      {
        error: {
          code: userError.code,
          message: userError.userMessage,
          fields: userError.details?.fields,
          challenge: userError.details?.challenge,
        },
      },
      { status: userError.status, headers },
    );
  }
  getLogger().error(errorKind(error), "route failed; answered 500");
  return Response.json(
    { error: { code: "INTERNAL", message: INTERNAL_ERROR_MESSAGE } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}
