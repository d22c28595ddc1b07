import type { IncomingMessage, ServerResponse } from "node:http";
import { discardRest } from "../http/read-body";
import { englishOf, reason } from "../reasons/reason";
import { getLogger } from "../observability/logger";
import { NON_HTML_POLICY } from "./content-security-policy";

// A server action (a POST to a page, with JavaScript or without) sent by a page on another site: Next
// refuses it with a 500 and an unstructured log line (issue 26). The server layer answers it first:
// 403, and one structured line saying what was refused. Ours is APP_URL's origin, or the host the
// request names (Next's own rule, which other addresses of ours, such as an onion address, rely on).

const FOREIGN = reason("actionFromOtherSite");
const FORBIDDEN = JSON.stringify({ error: { code: "FORBIDDEN", reason: FOREIGN, message: englishOf(FOREIGN) } });

/** True if this is a POST to a page carrying an Origin that is not ours. */
export function isForeignAction(req: IncomingMessage, path: string, appUrl: string): boolean {
  if (req.method !== "POST" || path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  if (origin === new URL(appUrl).origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true; // "null" (a sandboxed frame, a privacy setting) or anything unreadable
  }
}

export function refuseForeignAction(req: IncomingMessage, res: ServerResponse, path: string): void {
  getLogger().warn(
    {
      reqId: res.getHeader("x-request-id"),
      path: path.slice(0, 200),
      origin: String(req.headers.origin).slice(0, 200),
      action: typeof req.headers["next-action"] === "string",
    },
    "a form from another site was refused",
  );
  discardRest(req, res);
  res.writeHead(403, { "Content-Type": "application/json", "Content-Security-Policy": NON_HTML_POLICY }).end(FORBIDDEN);
}
