import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "@playwright/test";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { startFakeStripe } from "../../lib/testing/fake-stripe";
import { startSmtpSink, type TSunkMail } from "../../lib/testing/smtp-sink";

// The fault suite's own world: a production build on this run's database, served by TWO app
// instances (each with its email worker, as `npm start` runs them), a local SMTP sink the tests can
// stop and start, and the fake Stripe API. FAULTS_SCALE=full is `npm run test:faults`; quick runs
// inside `npm test`.
export const FULL = process.env.FAULTS_SCALE === "full";
// Overridable, like the end-to-end suite's, so a second checkout on the same machine can run it too.
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const APP_PORT = port("FAULTS_APP_PORT", 3221);
export const PORTS = {
  apps: [APP_PORT, APP_PORT + 1],
  smtp: port("FAULTS_SMTP_PORT", 2527),
  stripe: port("FAULTS_STRIPE_PORT", 12122),
};
export const WEBHOOK_SECRET = "whsec_faults_only_webhook_secret";
const ADMIN_EMAIL = "faults-admin@campaign.example";
export const appUrls = PORTS.apps.map((p) => `http://127.0.0.1:${p}`);

const appEnv = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: String(port),
  HOSTNAME: "127.0.0.1",
  APP_URL: `http://127.0.0.1:${port}`,
  IP_HASH_SECRET: "faults-only-ip-hash-secret-0123456789abcdef",
  AUTH_SECRET: "faults-only-auth-secret-0123456789abcdefghij",
  SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
  DONATIONS_ENABLED: "true",
  STRIPE_SECRET_KEY: "sk_test_faults_only",
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_API_BASE: `http://127.0.0.1:${PORTS.stripe}`,
  ORGANISER_EMAILS: ADMIN_EMAIL,
  // The suite's requests stand in for a proxy of ours that appends each client's address.
  TRUSTED_PROXIES: "1",
  // Said in the note: the per-address and per-domain signing limits are opened up so that the load
  // (which comes from one machine) measures loss, not the limiter. Addresses still vary per request.
  SIGN_LIMIT_IP_PER_MINUTE: "100000000",
  SIGN_LIMIT_IP_PER_DAY: "100000000",
  SIGN_LIMIT_DOMAIN_PER_10_MINUTES: "100000000",
});

let stopping = false;

function spawnLogged(args: string[], env: NodeJS.ProcessEnv, name: string): ChildProcess {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"], detached: false });
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    // Expected during the database restart; anything else is shown.
    if (!/Database unavailable|terminating connection|Connection terminated|ECONNREFUSED/.test(text))
      process.stderr.write(`[${name}] ${text}`);
  });
  // An instance that dies mid-suite says so (and how), instead of leaving only refused connections.
  child.on("exit", (code, signal) => {
    if (name !== "build" && (code !== 0 || signal) && !stopping)
      process.stderr.write(`[${name}] exited with code ${code} signal ${signal}\n`);
  });
  return child;
}

async function waitHealthy(url: string, timeoutMs: number) {
  const healthy = () =>
    fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
  await expect.poll(healthy, { timeout: timeoutMs, message: `${url} did not become healthy` }).toBe(true);
}

export type TStack = Awaited<ReturnType<typeof startStack>>;

export async function startStack() {
  const mail: TSunkMail[] = [];
  let sink = await startSmtpSink(PORTS.smtp, (m) => mail.push(m));
  const stripe = await startFakeStripe(PORTS.stripe);
  // Build once, with no database and no secrets (as a deployment builds), then start both instances
  // from that build.
  const buildEnv = appEnv(PORTS.apps[0]);
  for (const name of ["DATABASE_URL", "IP_HASH_SECRET", "AUTH_SECRET", "APP_URL"]) delete buildEnv[name];
  const build = spawnLogged(["node_modules/next/dist/bin/next", "build"], buildEnv, "build");
  const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error("next build failed");
  // One after the other, as a rolling deploy would: each start applies pending migrations under
  // Prisma's advisory lock, which a second start waiting at the same moment gives up on after 10 s.
  const apps: ChildProcess[] = [];
  for (const [i, port] of PORTS.apps.entries()) {
    apps.push(spawnLogged(["--import", "tsx", "scripts/start.ts"], appEnv(port), `app${i + 1}`));
    await waitHealthy(appUrls[i], 120_000);
  }
  const db: PrismaClient = createPrismaClient(process.env.DATABASE_URL!, 4);
  return {
    db,
    mail,
    stripe,
    async stopSmtp() {
      await sink.close();
    },
    async startSmtp() {
      sink = await startSmtpSink(PORTS.smtp, (m) => mail.push(m));
    },
    waitHealthy,
    async stop() {
      stopping = true;
      for (const app of apps) app.kill("SIGTERM");
      await Promise.all(apps.map((app) => new Promise((r) => (app.exitCode !== null ? r(null) : app.once("exit", r)))));
      await Promise.all([sink.close(), stripe.close(), db.$disconnect()]);
    },
  };
}
