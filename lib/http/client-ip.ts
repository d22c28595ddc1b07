import { createHmac } from "node:crypto";

/**
 * The client's address as a keyed hash: enough to rate-limit, useless to identify anyone.
 *
 * Each proxy appends the address it saw to X-Forwarded-For, and `next start` fills the header from
 * the socket when it is absent, so the entry `trustedProxies` places from the right end is the one
 * written by our own nearest proxy. Entries further left are whatever the client claimed.
 */
export function hashClientIp(headers: Pick<Headers, "get">, secret: string, trustedProxies = 1): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = hops[Math.max(0, hops.length - Math.max(1, trustedProxies))] ?? "unknown";
  return createHmac("sha256", secret).update(ip).digest("base64url").slice(0, 32);
}
