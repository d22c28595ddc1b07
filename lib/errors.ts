import { ZodError } from "zod";
import { isDatabaseUnavailable } from "./db/unavailable";
import { englishOf, reason as reasonFor, saidOf, type TReason, type TReasonCode } from "./reasons/reason";
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
 * A problem a user can cause or must be told about (documenso's AppError): what kind (`code`, which
 * decides the status), and why, as a coded reason with its parameters (lib/reasons/reason.ts), whose
 * words the catalogue holds and the asker's language picks. `userMessage` is the English of it; the
 * internal message (for logs) may say more, and defaults to the same words.
 */
export class AppError extends Error {
  readonly reason: TReason;

  constructor(
    readonly code: TErrorCode,
    reason: TReasonCode | TReason,
    readonly details?: {
      /** Per field: a coded reason. */
      fields?: Record<string, TReason>;
      retryAfterSeconds?: number;
      internal?: string;
      challenge?: object;
    },
  ) {
    const coded = typeof reason === "string" ? reasonFor(reason) : reason;
    super(details?.internal ?? englishOf(coded));
    this.name = "AppError";
    this.reason = coded;
  }

  /** The reason in English. */
  get userMessage(): string {
    return englishOf(this.reason);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** The words a supporter sees for anything that is not their fault. */
export const INTERNAL_ERROR_MESSAGE = englishOf(reasonFor("internal"));

/**
 * What a user should be told about an error: the AppError itself, or, when the database cannot be
 * reached (a restart or failover), an UNAVAILABLE one saying when to come back. Null: our bug.
 */
export function userErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "form", saidOf(i.message)]));
    return new AppError("INVALID_INPUT", "detailsInvalid", { fields });
  }
  if (!isDatabaseUnavailable(error)) return null;
  getLogger().warn(errorKind(error), "database unavailable; answered 503");
  return new AppError("UNAVAILABLE", "databaseRestarting", { retryAfterSeconds: 5 });
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
          reason: userError.reason,
          message: userError.userMessage,
          fields: englishFields(userError.details?.fields),
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

/** Field → its words in English (the JSON endpoints answer in English; the codes go beside them). */
function englishFields(fields: Record<string, TReason> | undefined): Record<string, string> | undefined {
  return fields && Object.fromEntries(Object.entries(fields).map(([key, said]) => [key, englishOf(said)]));
}
