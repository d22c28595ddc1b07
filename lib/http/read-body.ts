import type { IncomingMessage } from "node:http";
import { AppError } from "../errors";

/** The most each endpoint reads of a request body; anything longer is refused, never buffered. */
export const BODY_LIMITS = {
  actions: 2048,
  sign: 4096,
  stripeWebhook: 1024 * 1024,
  /** Any other POST the server layer hands to Next (server actions, sign-in). */
  other: 1024 * 1024,
} as const;

/** Body limit for a path, used by the server layer before Next reads anything. */
export function bodyLimitFor(path: string): number {
  if (path === "/api/actions") return BODY_LIMITS.actions;
  if (path === "/api/petition/sign") return BODY_LIMITS.sign;
  if (path === "/api/stripe/webhook") return BODY_LIMITS.stripeWebhook;
  return BODY_LIMITS.other;
}

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "That request is too large.");

/** Refuses at once when the declared length is over the limit (nothing of the body is read). */
export function checkDeclaredLength(contentLength: string | null | undefined, maxBytes: number): void {
  if (contentLength && Number(contentLength) > maxBytes) throw tooLarge();
}

/** A source of body text that stops reading at `maxBytes` (a streamed body is cut off there). */
export type TBodySource = { headers: Pick<Headers, "get">; readText: (maxBytes: number) => Promise<string> };

/** A fetch-style Request (Next's route handlers) as a capped body source. */
export function webBodySource(request: Request): TBodySource {
  return {
    headers: request.headers,
    async readText(maxBytes) {
      checkDeclaredLength(request.headers.get("content-length"), maxBytes);
      if (!request.body) return "";
      const reader = request.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw tooLarge();
        }
        chunks.push(value);
      }
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/**
 * After a refusal: reads and drops what the client still sends, so that closing the connection with
 * data unread cannot reset it before the client has read the answer ("lingering close"), but only
 * up to `maxBytes` more; past that the connection is cut. Memory stays flat either way.
 */
export function discardRest(req: IncomingMessage, maxBytes = 8 * 1024 * 1024): void {
  let dropped = 0;
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > maxBytes) req.socket.destroy();
  });
  req.resume();
}

/** A Node request (the server layer's fast path) as a capped body source. */
export function nodeBodySource(req: IncomingMessage): TBodySource {
  return {
    headers: {
      get(name: string): string | null {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(", ") : (value ?? null);
      },
    },
    readText(maxBytes) {
      return new Promise((resolve, reject) => {
        try {
          checkDeclaredLength(req.headers["content-length"], maxBytes);
        } catch (error) {
          discardRest(req);
          return reject(error);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const onData = (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.off("data", onData).off("end", onEnd);
            discardRest(req);
            return reject(tooLarge());
          }
          chunks.push(chunk);
        };
        const onEnd = () => resolve(Buffer.concat(chunks).toString("utf8"));
        req.on("data", onData).on("end", onEnd).on("error", reject);
      });
    },
  };
}
