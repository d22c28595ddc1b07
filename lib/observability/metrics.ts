import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { processSlot } from "../process-state.js";

// Prometheus metrics, served at /api/metrics by the server layer. Recording is on every request,
// the signing endpoint's thousands a second among them, so the label children are looked up once
// and kept; anything that needs the database is read only when Prometheus scrapes.

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
// From a cached page (well under 1 ms) to a slow export; seconds, as Prometheus expects.
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type TSignatureResult = "accepted" | "refused" | "failed";

/**
 * What a scrape reads besides the counters, as the caller reads it (lib/jobs/metrics-source.ts): this
 * module stays below the database client, which logs through it.
 */
export type TScrapeSource = {
  poolStats: () => { total: number; idle: number; waiting: number; max: number } | undefined;
  readOutbox: () => Promise<{ pending: number; oldestSeconds: number }>;
  readJobHealth: () => Promise<{
    beats: { job: string; worker: string; failuresInARow: number; lastSuccessAt: Date | null }[];
    urgentWaitingSeconds: number;
    deadLetters: number;
    suppressed: number;
  }>;
};

function createMetrics() {
  // The collectors below run inside renderMetrics, which sets this first: the server layer (the
  // owner of /api/metrics) says where to read from, so this module reaches neither the jobs nor getDb.
  const scrape: { source?: TScrapeSource } = {};
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Counter({
    name: "http_requests_total",
    help: "Requests answered, by route pattern, method and status",
    labelNames: ["route", "method", "status"] as const,
    registers,
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route pattern",
    labelNames: ["route"] as const,
    buckets: BUCKETS,
    registers,
  });
  const signatures = new Counter({
    name: "petition_signatures_total",
    help: "Petition submissions: accepted (answered 202), refused (the submitter's mistake or a limit), failed (ours)",
    labelNames: ["result"] as const,
    registers,
  });
  new Gauge({
    name: "email_outbox_pending",
    help: "Emails waiting in the outbox to be sent",
    registers,
    async collect() {
      this.set((await readOutbox(scrape.source)).pending);
    },
  });
  new Gauge({
    name: "email_outbox_oldest_pending_seconds",
    help: "Age of the oldest email waiting in the outbox (0 when none waits)",
    registers,
    async collect() {
      this.set((await readOutbox(scrape.source)).oldestSeconds);
    },
  });
  new Gauge({
    name: "background_job_failures_in_a_row",
    help: "Background jobs (lib/jobs/): failures since the last success, by job and worker",
    labelNames: ["job", "worker"] as const,
    registers,
    async collect() {
      this.reset();
      for (const beat of (await readHealth(scrape.source)).beats)
        this.set({ job: beat.job, worker: beat.worker }, beat.failuresInARow);
    },
  });
  new Gauge({
    name: "background_job_last_success_age_seconds",
    help: "Seconds since each background job last ran well, by job and worker (-1: not yet)",
    labelNames: ["job", "worker"] as const,
    registers,
    async collect() {
      this.reset();
      for (const beat of (await readHealth(scrape.source)).beats)
        this.set(
          { job: beat.job, worker: beat.worker },
          beat.lastSuccessAt ? (Date.now() - beat.lastSuccessAt.getTime()) / 1000 : -1,
        );
    },
  });
  new Gauge({
    name: "email_urgent_oldest_waiting_seconds",
    help: "Age of the oldest sign-in, confirmation or data-access email not yet sent (0 when none waits)",
    registers,
    async collect() {
      this.set((await readHealth(scrape.source)).urgentWaitingSeconds);
    },
  });
  new Gauge({
    name: "email_dead_letters",
    help: "Emails set aside after failing for reasons of their own, waiting for an organiser",
    registers,
    async collect() {
      this.set((await readHealth(scrape.source)).deadLetters);
    },
  });
  new Gauge({
    name: "email_suppressed_addresses",
    help: "Addresses on the suppression list (bounces and complaints)",
    registers,
    async collect() {
      this.set((await readHealth(scrape.source)).suppressed);
    },
  });
  new Gauge({
    name: "page_cache_keys",
    help: "Distinct pages this instance has written to the page cache since it started (lib/server/isr-cache.js)",
    registers,
    collect() {
      this.set(processSlot<Set<string>>("isrCacheKeys").get()?.size ?? 0);
    },
  });
  const pool = new Gauge({
    name: "db_pool_connections",
    help: "This instance's database pool: open (total), idle, requests waiting for one, and its size (max)",
    labelNames: ["state"] as const,
    registers,
    collect() {
      const stats = scrape.source?.poolStats();
      if (!stats) return;
      for (const [state, value] of Object.entries(stats)) pool.set({ state }, value);
    },
  });
  // Each result from zero, so a rate over them is defined before the first signature.
  for (const result of ["accepted", "refused", "failed"]) signatures.labels(result).inc(0);
  // Per route: its histogram child and its counter children, keyed by a number (no string to build).
  const routes = new Map<string, { timed: Histogram.Internal<"route">; counted: Map<number, Counter.Internal> }>();
  return { registry, requests, duration, signatures, routes, scrape };
}

// One set per process (lib/process-state.js): lib modules load twice (bundled by Next, and in the server layer).
const slot = processSlot<ReturnType<typeof createMetrics>>("metrics");
const metrics = () => slot.getOrCreate(createMetrics);

// The two gauges are read in one query per scrape.
let outboxRead: { at: number; value: Promise<{ pending: number; oldestSeconds: number }> } | undefined;
function readOutbox(source: TScrapeSource | undefined) {
  if (!source) throw new Error("metrics are read through renderMetrics");
  if (outboxRead && Date.now() - outboxRead.at < 1000) return outboxRead.value;
  const value = source.readOutbox();
  outboxRead = { at: Date.now(), value };
  return value;
}

// The health gauges are read in one go per scrape.
let healthRead: { at: number; value: ReturnType<TScrapeSource["readJobHealth"]> } | undefined;
function readHealth(source: TScrapeSource | undefined) {
  if (!source) throw new Error("metrics are read through renderMetrics");
  if (healthRead && Date.now() - healthRead.at < 1000) return healthRead.value;
  healthRead = { at: Date.now(), value: source.readJobHealth() };
  return healthRead.value;
}

export function recordRequest(route: string, method: string | undefined, status: number, seconds: number): void {
  const m = metrics();
  let byRoute = m.routes.get(route);
  if (!byRoute) m.routes.set(route, (byRoute = { timed: m.duration.labels(route), counted: new Map() }));
  const verb = method ? METHODS.indexOf(method) : -1;
  const key = status * 8 + verb + 1;
  let counter = byRoute.counted.get(key);
  if (!counter) {
    counter = m.requests.labels(route, verb === -1 ? "OTHER" : METHODS[verb], String(status));
    byRoute.counted.set(key, counter);
  }
  counter.inc();
  byRoute.timed.observe(seconds);
}

export function recordSignature(result: TSignatureResult): void {
  metrics().signatures.labels(result).inc();
}

export function signatureResultOf(status: number): TSignatureResult {
  return status < 400 ? "accepted" : status < 500 ? "refused" : "failed";
}

export async function renderMetrics(source: TScrapeSource): Promise<{ contentType: string; body: string }> {
  const { registry, scrape } = metrics();
  scrape.source = source;
  return { contentType: registry.contentType, body: await registry.metrics() };
}
