import { expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { startFakeStripe } from "../../lib/testing/fake-stripe";
import { startSmtpSink, type TSunkMail } from "../../lib/testing/smtp-sink";
import { startLocalStack } from "../../scripts/stack/stack";

// The fault suite's own world, as a deployment runs: a production build on this run's database,
// served by TWO app instances (each with its email worker, as `npm start` runs them) behind nginx,
// through PgBouncer to PostgreSQL, sharing a Redis of the suite's own (which R8 stops and starts);
// plus a local SMTP sink the tests can stop and start, and the fake Stripe API
// (scripts/stack/stack.ts). FAULTS_SCALE=full is `npm run test:faults`; quick runs inside `npm test`.
export const FULL = process.env.FAULTS_SCALE === "full";
// Overridable, like the end-to-end suite's, so a second checkout on the same machine can run it too.
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const APP_PORT = port("FAULTS_APP_PORT", 3221);
export const PORTS = {
  apps: [APP_PORT, APP_PORT + 1],
  nginx: port("FAULTS_NGINX_PORT", 3230),
  pgbouncer: port("FAULTS_PGBOUNCER_PORT", 6440),
  redis: port("FAULTS_REDIS_PORT", 6390),
  smtp: port("FAULTS_SMTP_PORT", 2527),
  stripe: port("FAULTS_STRIPE_PORT", 12122),
};
export const WEBHOOK_SECRET = "whsec_faults_only_webhook_secret";
const ADMIN_EMAIL = "faults-admin@campaign.example";
/** Each instance, directly. */
export const appUrls = PORTS.apps.map((p) => `http://127.0.0.1:${p}`);
/** nginx, in front of both: what the public reaches. */
export const proxyUrl = `http://127.0.0.1:${PORTS.nginx}`;

const appEnv: NodeJS.ProcessEnv = {
  ...process.env,
  APP_URL: proxyUrl,
  IP_HASH_SECRET: "faults-only-ip-hash-secret-0123456789abcdef",
  AUTH_SECRET: "faults-only-auth-secret-0123456789abcdefghij",
  SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
  DONATIONS_ENABLED: "true",
  STRIPE_SECRET_KEY: "sk_test_faults_only",
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_API_BASE: `http://127.0.0.1:${PORTS.stripe}`,
  ORGANISER_EMAILS: ADMIN_EMAIL,
  // nginx is the one proxy of ours; the suite's direct requests stand in for it, appending an address.
  TRUSTED_PROXIES: "1",
  // nginx micro-caches pages for a second; a second cache in each instance would double how long a
  // page can trail an organiser's save (R6).
  PAGE_CACHE_SECONDS: "0",
  // Said in the note: the per-address and per-domain signing limits are opened up so that the load
  // (which comes from one machine) measures loss, not the limiter. Addresses still vary per request.
  SIGN_LIMIT_IP_PER_MINUTE: "100000000",
  SIGN_LIMIT_IP_PER_DAY: "100000000",
  SIGN_LIMIT_DOMAIN_PER_10_MINUTES: "100000000",
  // The hard daily caps above the challenge (issue 24) too: R1 then R2 send over 4,000 sign-ups a day
  // through nginx, which the caps would refuse once their count was reached.
  SIGN_HARD_CAP_IP_PER_DAY: "100000000",
  SIGN_NOSCRIPT_CAP_IP_PER_DAY: "100000000",
};
delete appEnv.REDIS_URL;

// Expected while a fault is under way (a database restart, a killed instance, Redis away).
const EXPECTED_NOISE =
  /database unavailable|terminating connection|Connection terminated|ECONNREFUSED|server conn crashed|Socket closed/i;

export type TStack = Awaited<ReturnType<typeof startStack>>;

export async function startStack() {
  const mail: TSunkMail[] = [];
  let sink = await startSmtpSink(PORTS.smtp, (m) => mail.push(m));
  const stripe = await startFakeStripe(PORTS.stripe);
  // Build once, with no database and no secrets (as a deployment builds), then start the stack from it;
  // under `npm test` the build step made that build already (TEST_PREBUILT).
  if (process.env.TEST_PREBUILT !== "1") {
    const build = spawn("npm", ["run", "--silent", "build:clean"], {
      env: appEnv,
      stdio: ["ignore", "ignore", "inherit"],
    });
    const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error("next build failed");
  }
  const local = await startLocalStack({
    instances: PORTS.apps.length,
    ports: { nginx: PORTS.nginx, firstApp: PORTS.apps[0], pgbouncer: PORTS.pgbouncer, redis: PORTS.redis },
    databaseUrl: process.env.DATABASE_URL!,
    env: appEnv,
    onLog: (name, text) => {
      if (!EXPECTED_NOISE.test(text)) process.stderr.write(`[${name}] ${text}`);
    },
  });
  const db: PrismaClient = createPrismaClient(process.env.DATABASE_URL!, 4);
  return {
    db,
    mail,
    stripe,
    instances: local.instances,
    redisUrl: local.redisUrl,
    stopRedis: local.stopRedis,
    startRedis: local.startRedis,
    async stopSmtp() {
      await sink.close();
    },
    async startSmtp() {
      sink = await startSmtpSink(PORTS.smtp, (m) => mail.push(m));
    },
    waitHealthy,
    async stop() {
      await local.stop();
      await Promise.all([sink.close(), stripe.close(), db.$disconnect()]);
    },
  };
}

async function waitHealthy(url: string, timeoutMs: number) {
  const healthy = () =>
    fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
  await expect.poll(healthy, { timeout: timeoutMs, message: `${url} did not become healthy` }).toBe(true);
}
