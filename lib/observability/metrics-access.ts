import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const FORWARDING_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Who may read /api/metrics: a caller with the bearer token (METRICS_TOKEN), or a process on this
 * machine talking to the app directly. A request relayed by a proxy on this machine (nginx) also
 * arrives from a loopback address, so anything carrying a forwarding header needs the token.
 */
export function mayReadMetrics(
  remoteAddress: string | undefined,
  headers: IncomingHttpHeaders,
  token: string | undefined,
): boolean {
  const authorization = headers.authorization;
  if (token && typeof authorization === "string" && authorization.startsWith("Bearer ")) {
    // Compared as digests: equal lengths, and in constant time.
    return timingSafeEqual(digest(authorization.slice("Bearer ".length)), digest(token));
  }
  return !!remoteAddress && LOOPBACK.test(remoteAddress) && !FORWARDING_HEADERS.some((name) => name in headers);
}
