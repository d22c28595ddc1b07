// `npm start`: the whole app in one command. Without DATABASE_URL (environment or .env) it runs
// PostgreSQL embedded in this process (data under .data/), then migrates, seeds, builds when the
// sources are newer than the last build, and serves on PORT (default 3000).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { getEnv } from "../lib/env";
import { runWorker } from "../lib/mail/run-worker";
import { createMailTransport, MAIL_MODE_WORDS, mailMode } from "../lib/mail/transport";
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
  loadDotEnv();
  ensureLocalSecrets();
  const port = process.env.PORT ?? "3000";
  let embedded: TEmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    console.log(
      "No DATABASE_URL set: starting the embedded PostgreSQL (data in .data/; the first start takes a few seconds)…",
    );
    embedded = await startEmbeddedPostgres(EMBEDDED_DATA_DIR);
    process.env.DATABASE_URL = embedded.url;
    process.env.EMBEDDED_DATABASE = "true";
  }
  const stop = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => {}).on("SIGTERM", () => {});
  await prepareDatabase(process.env.DATABASE_URL!);
  if (!dev && buildIsStale()) {
    console.log("Building the app (about half a minute the first time)…");
    const code = await run(process.execPath, [NEXT_BIN, "build"]);
    if (code !== 0) return stop(code);
  }
  // Next.js and React pick their production builds from NODE_ENV when first loaded, as `next start`
  // does; the settings are read under it too (a deployment's rules apply in production).
  (process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
  const env = getEnv();
  console.log(MAIL_MODE_WORDS[mailMode(env)]);
  // EMAIL_WORKER=off: this instance only serves; `npm run worker` (one or more) sends the email.
  const workerDb = process.env.EMAIL_WORKER === "off" ? undefined : createPrismaClient(env.DATABASE_URL, 2);
  const worker =
    workerDb &&
    runWorker(workerDb, createMailTransport(env), {
      appUrl: env.APP_URL,
      anonymiseDaysAfterClose: env.ANONYMISE_DAYS_AFTER_CLOSE,
      updates: { perMinute: env.UPDATE_SEND_PER_MINUTE, secret: env.AUTH_SECRET },
    });
  if (worker) console.log("Email worker running in this process.");
  const { serveApp } = await import("../lib/server/serve-app");
  const app = await serveApp({ port: Number(port), hostname: process.env.HOSTNAME, dev });
  console.log(`Ready after ${((Date.now() - started) / 1000).toFixed(1)} s; serving http://localhost:${port}`);
  const shutdown = async () => {
    await app.close();
    await worker?.stop();
    await workerDb?.$disconnect();
    await stop(0);
  };
  process.on("SIGINT", shutdown).on("SIGTERM", shutdown);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
