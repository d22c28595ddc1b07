import type { IncomingMessage, ServerResponse } from "node:http";
import { getDb } from "../db/get-db";
import { checkReadiness } from "../db/readiness";
import { mayReadMetrics } from "../observability/metrics-access";
import { renderMetrics } from "../observability/metrics";
import { metricsSource } from "../jobs/metrics-source";
import { LAYER_HEADERS } from "./layer-headers";

// What an orchestrator and a monitor ask this instance, answered by the server layer itself:
// - /api/health/live: the process answers (never the database: a database outage must not get
//   every instance restarted);
// - /api/health/ready: send it traffic? Its database answers, its migrations are applied, and it is
//   not shutting down. Not Redis: without it pages are cached in memory and served on, and a Redis
//   outage must not take every instance out of the load balancer at once;
// - /api/metrics: Prometheus's text format, to this machine or a bearer of METRICS_TOKEN.
// /api/health (Next's route) stays as it was: the database check the tests and configs use.

export const OPERATIONS_PATHS = new Set(["/api/health/live", "/api/health/ready", "/api/metrics"]);

type TContext = { expectedMigrations: string[]; draining: () => boolean; metricsToken: string | undefined };

function answer(res: ServerResponse, status: number, body: string, contentType = "application/json") {
  res
    .writeHead(status, { ...LAYER_HEADERS, "Content-Type": contentType, "Cache-Control": "no-store" })
    .end(res.req.method === "HEAD" ? undefined : body);
}

export async function answerOperations(req: IncomingMessage, res: ServerResponse, path: string, ctx: TContext) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return answer(res, 405, '{"error":{"code":"METHOD_NOT_ALLOWED","message":"Use GET."}}');
  }
  if (path === "/api/health/live") return answer(res, 200, '{"status":"ok"}');
  if (path === "/api/health/ready") {
    if (ctx.draining()) return answer(res, 503, '{"status":"shutting-down"}');
    const readiness = await checkReadiness(getDb(), ctx.expectedMigrations);
    const { ready, ...parts } = readiness;
    return answer(res, ready ? 200 : 503, JSON.stringify({ status: ready ? "ready" : "not-ready", ...parts }));
  }
  if (!mayReadMetrics(req.socket.remoteAddress, req.headers, ctx.metricsToken))
    return answer(res, 403, '{"error":{"code":"FORBIDDEN","message":"Metrics are for this machine or a token."}}');
  const metrics = await renderMetrics(metricsSource(getDb()));
  return answer(res, 200, metrics.body, metrics.contentType);
}
