import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError } from "../errors";

/** The most each endpoint reads of a request body; anything longer is refused, never buffered. */
export const BODY_LIMITS = {
  actions: 2048,
  /** The composer's form posted for its letter page: a 5,000-character letter in Burmese, encoded. */
  letter: 96 * 1024,
  sign: 4096,
  stripeWebhook: 1024 * 1024,
  /** A mail program's one-click unsubscribe: "List-Unsubscribe=One-Click", in either form encoding. */
  unsubscribe: 1024,
  /** A mail provider's bounce and complaint reports (SNS, SendGrid's batches). */
  mailEvents: 512 * 1024,
  /** Any other POST the server layer hands to Next (server actions, sign-in). */
  other: 1024 * 1024,
} as const;

const UNSUBSCRIBE_PREFIX = "/api/unsubscribe/";

/** Body limit for a path, used by the server layer before Next reads anything. */
function bodyLimitFor(path: string): number {
  if (path === "/api/actions") return BODY_LIMITS.actions;
  if (path === "/api/letter") return BODY_LIMITS.letter;
  if (path === "/api/petition/sign") return BODY_LIMITS.sign;
  if (path === "/api/stripe/webhook") return BODY_LIMITS.stripeWebhook;
  if (path.startsWith(UNSUBSCRIBE_PREFIX)) return BODY_LIMITS.unsubscribe;
  if (path.startsWith("/api/mail-events/")) return BODY_LIMITS.mailEvents;
  return BODY_LIMITS.other;
}

// Endpoints whose handlers read a body of unknown length themselves, stopping at their limit.
const STREAM_CAPPED = new Set(["/api/actions", "/api/letter", "/api/petition/sign", "/api/stripe/webhook"]);
const isStreamCapped = (path: string) => STREAM_CAPPED.has(path) || path.startsWith(UNSUBSCRIBE_PREFIX);

/**
 * What the server layer answers before anything reads the body: 413 when the declared length is over
 * the path's limit; 411 when a body comes with no length at all (chunked) to a handler that would read
 * it whole (Next's server actions, Auth.js); null to let it through.
 */
export function refuseBodyEarly(
  path: string,
  headers: { "content-length"?: string; "transfer-encoding"?: string },
): 411 | 413 | null {
  if (Number(headers["content-length"] ?? 0) > bodyLimitFor(path)) return 413;
  if (headers["content-length"] === undefined && headers["transfer-encoding"] && !isStreamCapped(path)) return 411;
  return null;
}

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "requestTooLarge");

/** Refuses at once when the declared length is over the limit (nothing of the body is read). */
function checkDeclaredLength(contentLength: string | null | undefined, maxBytes: number): void {
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

const LINGER_MS = 1000;

/**
 * After a refusal: reads and drops whatever the client still sends, so that closing the connection
 * with data unread cannot reset it before the client has read the answer ("lingering close", as
 * nginx does). Once the answer has gone out, the client gets LINGER_MS to stop sending; then the
 * connection is cut. Memory stays flat either way.
 */
export function discardRest(req: IncomingMessage, res: ServerResponse): void {
  // A client that stops half-way, or the cut below, must not become an unhandled 'error'.
  req.on("error", () => undefined);
  req.on("data", () => undefined);
  req.resume();
  const socket = req.socket;
  const cut = () => setTimeout(() => req.complete || socket.destroy(), LINGER_MS).unref();
  if (res.writableFinished) cut();
  else res.once("finish", cut);
}

/** A Node request (the server layer's fast path) as a capped body source; `res` is its answer. */
export function nodeBodySource(req: IncomingMessage, res: ServerResponse): TBodySource {
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
          discardRest(req, res);
          return reject(error);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const onData = (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.off("data", onData).off("end", onEnd);
            discardRest(req, res);
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
