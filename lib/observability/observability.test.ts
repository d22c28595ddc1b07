import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "../db/get-db";
import { metricsSource } from "../jobs/metrics-source";
import { mayReadMetrics } from "./metrics-access";
import { recordRequest, recordSignature, renderMetrics } from "./metrics";
import { requestIdFrom } from "./request-id";
import { OTHER_ROUTE, routePatterns } from "./route-pattern";

const manifest = {
  staticRoutes: [{ page: "/" }, { page: "/about" }, { page: "/api/health" }],
  dynamicRoutes: [
    { page: "/countries/[slug]", regex: "^/countries/([^/]+?)(?:/)?$" },
    { page: "/petition/confirm/[token]", regex: "^/petition/confirm/([^/]+?)(?:/)?$" },
  ],
};

describe("route patterns", () => {
  const routeOf = routePatterns(manifest);

  it("names a request by its route, never by a path holding a slug or a token", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/about/")).toBe("/about");
    expect(routeOf("/countries/japan")).toBe("/countries/[slug]");
    expect(routeOf("/petition/confirm/8f3e0c1d9a")).toBe("/petition/confirm/[token]");
    expect(routeOf("/api/health/ready")).toBe("/api/health/ready");
    expect(routeOf("/_next/static/chunks/a1b2.js")).toBe("/_next/static");
  });

  it("puts every made-up path in one series", () => {
    expect(routeOf("/wp-admin/setup.php")).toBe(OTHER_ROUTE);
    expect(routeOf("/countries/japan/extra")).toBe(OTHER_ROUTE);
  });
});

describe("request ids", () => {
  it("keeps a caller's id only when it is a short plain token", () => {
    expect(requestIdFrom("lb-7f3a9c21")).toBe("lb-7f3a9c21");
    for (const unsafe of ["short", "has space 123", "a\nlog-line-injection", "x".repeat(129), ["a1234567", "b"]]) {
      expect(requestIdFrom(unsafe)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe("who may read the metrics", () => {
  const token = "metrics-token-0123456789";

  it("a process on this machine talking to the app directly", () => {
    expect(mayReadMetrics("127.0.0.1", {}, undefined)).toBe(true);
    expect(mayReadMetrics("::1", {}, undefined)).toBe(true);
    expect(mayReadMetrics("::ffff:127.0.0.1", {}, token)).toBe(true);
  });

  it("not a request relayed by a proxy on this machine, nor one from elsewhere, without the token", () => {
    expect(mayReadMetrics("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }, undefined)).toBe(false);
    expect(mayReadMetrics("127.0.0.1", { forwarded: "for=203.0.113.9" }, token)).toBe(false);
    expect(mayReadMetrics("203.0.113.9", {}, undefined)).toBe(false);
    expect(mayReadMetrics("203.0.113.9", {}, token)).toBe(false);
  });

  it("anyone with the token, and no one with a wrong one", () => {
    expect(mayReadMetrics("203.0.113.9", { authorization: `Bearer ${token}` }, token)).toBe(true);
    expect(mayReadMetrics("203.0.113.9", { authorization: `Bearer ${token}x` }, token)).toBe(false);
    expect(mayReadMetrics("127.0.0.1", { authorization: "Bearer wrong" }, token)).toBe(false);
    expect(mayReadMetrics("203.0.113.9", { authorization: `Bearer ${token}` }, undefined)).toBe(false);
  });
});

describe("metrics", () => {
  afterAll(closeDb);

  it("counts requests by route, method and status, times them, and counts signatures by result", async () => {
    recordRequest("/countries/[slug]", "GET", 200, 0.004);
    recordRequest("/countries/[slug]", "GET", 200, 0.2);
    recordRequest("/api/petition/sign", "BREW", 405, 0.001);
    recordSignature("accepted");
    const { body, contentType } = await renderMetrics(metricsSource(getDb()));
    expect(contentType).toMatch(/^text\/plain/);
    expect(body).toContain('http_requests_total{route="/countries/[slug]",method="GET",status="200"} 2');
    expect(body).toContain('http_requests_total{route="/api/petition/sign",method="OTHER",status="405"} 1');
    expect(body).toContain('http_request_duration_seconds_bucket{le="0.005",route="/countries/[slug]"} 1');
    expect(body).toContain('http_request_duration_seconds_count{route="/countries/[slug]"} 2');
    expect(body).toContain('petition_signatures_total{result="accepted"} 1');
    expect(body).toContain('petition_signatures_total{result="refused"} 0');
    // Read from this file's database at scrape time.
    expect(body).toMatch(/^email_outbox_pending \d+$/m);
    expect(body).toMatch(/^email_outbox_oldest_pending_seconds [\d.]+$/m);
    expect(body).toMatch(/^db_pool_connections\{state="max"\} 10$/m);
  });
});
