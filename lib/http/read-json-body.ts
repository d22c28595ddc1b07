import type { z } from "zod";
import { AppError } from "../errors";
import { saidOf } from "../reasons/reason";
import type { TBodySource } from "./read-body";

/**
 * Reads a small JSON body (at most `maxBytes`, refused before it is read when it declares more, cut
 * off when it streams more) and validates it, turning every way it can be wrong (too big, not JSON,
 * wrong shape, posted from another site) into an AppError with words a supporter understands.
 */
export async function readJsonBody<T extends z.ZodType>(
  source: TBodySource,
  schema: T,
  { maxBytes, sameOriginOnly }: { maxBytes: number; sameOriginOnly: boolean },
): Promise<z.output<T>> {
  if (sameOriginOnly) {
    const origin = source.headers.get("origin");
    const host = source.headers.get("x-forwarded-host") ?? source.headers.get("host");
    if (origin && host && originHost(origin) !== host) {
      throw new AppError("FORBIDDEN", "notSameOrigin");
    }
  }
  const text = await source.readText(maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "requestUnreadable");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((i) => [i.path.join(".") || "request", saidOf(i.message)]),
    );
    throw new AppError("INVALID_INPUT", "detailsInvalid", { fields });
  }
  return parsed.data;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" from sandboxed frames, or garbage: never our own host
  }
}
