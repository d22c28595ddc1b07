import type { z } from "zod";
import { AppError } from "../errors";

/**
 * Reads a small JSON body and validates it, turning every way it can be wrong (too big, not JSON,
 * wrong shape, posted from another site) into an AppError with words a supporter understands.
 */
export async function readJsonBody<T extends z.ZodType>(
  request: { headers: Pick<Headers, "get">; text: () => Promise<string> },
  schema: T,
  { maxBytes, sameOriginOnly }: { maxBytes: number; sameOriginOnly: boolean },
): Promise<z.output<T>> {
  if (sameOriginOnly) {
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (origin && host && originHost(origin) !== host) {
      throw new AppError("FORBIDDEN", "This can only be sent from our own pages.");
    }
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "That request is too large.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "We could not read that request.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "request", i.message]));
    throw new AppError("INVALID_INPUT", "Some of the details were not valid.", { fields });
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
