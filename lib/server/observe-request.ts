import type { IncomingMessage, ServerResponse } from "node:http";
import { getLogger } from "../observability/logger";
import { recordRequest } from "../observability/metrics";
import { requestIdFrom } from "../observability/request-id";

// Status logged and counted for a request whose connection closed before its answer was complete
// (nginx's convention for "client closed request").
const CLOSED_EARLY = 499;

/**
 * Gives the request its id (kept from X-Request-Id when safe, else new; sent back and passed on to
 * Next), and once it is over counts it and writes one log line: route pattern, method, status and
 * time, never the path, the client's address or anything it sent.
 */
export function observeRequest(req: IncomingMessage, res: ServerResponse, route: string): void {
  const started = performance.now();
  const reqId = requestIdFrom(req.headers["x-request-id"]);
  req.headers["x-request-id"] = reqId;
  res.setHeader("X-Request-Id", reqId);
  res.once("close", () => {
    const seconds = (performance.now() - started) / 1000;
    const status = res.writableFinished ? res.statusCode : CLOSED_EARLY;
    recordRequest(route, req.method, status, seconds);
    getLogger().info({ reqId, method: req.method, route, status, ms: Math.round(seconds * 10_000) / 10 }, "request");
  });
}
