import { createHmac } from "node:crypto";

/**
 * The client's address as a keyed hash: enough to rate-limit, useless to identify anyone. The
 * first X-Forwarded-For entry is the client as seen by our own front proxy (next start sets it
 * from the socket when no proxy does).
 */
export function hashClientIp(headers: Headers, secret: string): string {
  const ip = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
  return createHmac("sha256", secret).update(ip).digest("base64url").slice(0, 32);
}
