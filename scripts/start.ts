// `npm start`: the whole app in one command. Without DATABASE_URL (environment or .env) it runs
// PostgreSQL embedded in this process (data under .data/), then migrates, seeds, builds when the
// sources are newer than the last build, and serves on PORT (default 3000). `--no-build` serves the
// build as it is (a container image made it, and cannot write a new one).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { closeDb } from "../lib/db/get-db";
import { closeRedis } from "../lib/redis/get-redis";
import { startLocalTestStripe } from "../lib/testing/local-test-stripe";
import { getEnv, wantsLocalFakeStripe } from "../lib/env";
import { runJobs } from "../lib/jobs/run-jobs";
import { createMailTransport, MAIL_MODE_WORDS, mailMode } from "../lib/mail/transport";
import { getLogger } from "../lib/observability/logger";
import { EMBEDDED_DATA_DIR, loadDotEnv } from "./database";
import { ensureLocalSecrets } from "./local-secrets";
import { prepareDatabase } from "./prepare-database";
import { run } from "./run";

const NEXT_BIN = path.join(process.cwd(), "node_modules/next/dist/bin/next");
const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.js", "package.json", "proxy.ts"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

function buildIsStale(): boolean {
  const stamp = ".next/BUILD_ID";
  if (!existsSync(stamp)) return true;
  return Math.max(...BUILD_INPUTS.map(newestMtime)) > statSync(stamp).mtimeMs;
}

async function main() {
  const started = Date.now();
  const dev = process.argv.includes("--dev");
  const noBuild = process.argv.includes("--no-build");
  loadDotEnv();
  ensureLocalSecrets();
  const port = process.env.PORT ?? "3000";
  let embedded: TEmbeddedPostgres | undefined;
  // Read before DATABASE_URL is filled in below: only the zero-setup start takes the fake Stripe.
  const localStripe = wantsLocalFakeStripe(process.env) ? await startLocalTestStripe() : undefined;
  if (localStripe) {
    Object.assign(process.env, localStripe.settings);
    console.log("No Stripe keys: donations run against a local fake of Stripe, in test mode (no money moves).");
  }
  if (!process.env.DATABASE_URL) {
    console.log(
      "No DATABASE_URL set: starting the embedded PostgreSQL (data in .data/; the first start takes a few seconds)…",
    );
    embedded = await startEmbeddedPostgres(EMBEDDED_DATA_DIR);
    process.env.DATABASE_URL = embedded.url;
    process.env.EMBEDDED_DATABASE = "true";
  }
  const stop = async (code: number) => {
    await localStripe?.stop();
    await embedded?.stop();
    process.exit(code);
  };
  // A signal while starting is kept, not acted on at once (the embedded database and the fake Stripe
  // would be left running), nor lost (an orchestrator, or a test's teardown, would wait for an exit
  // that never comes): the process stops as soon as it has started.
  let signalWhileStarting: string | undefined;
  const keepSignal = (signal: string) => void (signalWhileStarting ??= signal);
  process.on("SIGINT", keepSignal).on("SIGTERM", keepSignal);
  // Migrations take a session-level advisory lock, which a pooler in transaction mode (PgBouncer)
  // cannot hold for us: they go straight to PostgreSQL when DIRECT_DATABASE_URL says where it is.
  await prepareDatabase(process.env.DIRECT_DATABASE_URL || process.env.DATABASE_URL!);
  if (noBuild && !existsSync(".next/BUILD_ID")) {
    console.error("There is no build in .next/ to serve: run `npm run build` first.");
    return stop(1);
  }
  if (!dev && !noBuild && buildIsStale()) {
    console.log("Building the app (about half a minute the first time)…");
    const code = await run(process.execPath, [NEXT_BIN, "build"]);
    if (code !== 0) return stop(code);
  }
  // Next.js and React pick their production builds from NODE_ENV when first loaded, as `next start`
  // does; the settings are read under it too (a deployment's rules apply in production).
  (process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
  const env = getEnv();
  localStripe?.sendWebhooksTo(env.APP_URL);
  console.log(MAIL_MODE_WORDS[mailMode(env)]);
  // EMAIL_WORKER=off: this instance only serves; `npm run worker` (one or more) sends the email.
  const workerDb = process.env.EMAIL_WORKER === "off" ? undefined : createPrismaClient(env.DATABASE_URL, 2);
  const worker = workerDb && runJobs(workerDb, createMailTransport(env), env);
  if (worker) console.log("Background jobs (email and the rest, lib/jobs/) running in this process.");
  const { serveApp } = await import("../lib/server/serve-app");
  const app = await serveApp({ port: Number(port), hostname: process.env.HOSTNAME, dev });
  console.log(`Ready after ${((Date.now() - started) / 1000).toFixed(1)} s; serving http://localhost:${port}`);
  // SIGTERM (an orchestrator, `docker stop`) or Ctrl-C: stop taking requests, let those under way
  // finish (SHUTDOWN_GRACE_SECONDS at most), then stop the worker and close the database pools.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    getLogger().info({ signal, graceSeconds: env.SHUTDOWN_GRACE_SECONDS }, "shutting down: draining requests");
    await app.close();
    await worker?.stop();
    await Promise.all([workerDb?.$disconnect(), closeDb(), closeRedis()]);
    getLogger().info("stopped");
    await stop(0);
  };
  process.off("SIGINT", keepSignal).off("SIGTERM", keepSignal);
  process.on("SIGINT", shutdown).on("SIGTERM", shutdown);
  if (signalWhileStarting) await shutdown(signalWhileStarting);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
