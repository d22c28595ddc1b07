import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";
import { E2E_WORKERS, stack, workerStack, type TWorkerStack } from "./e2e/worker";

/** How long the build and servers may take to come up: longer on a machine shared with other builds. */
const SERVER_TIMEOUT_MS = Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 240_000);
// The addresses of the stack of the worker a spec runs in (e2e/worker.ts): each worker has its own.
/** A second server from the same build, with npm start's defaults (no trusted proxy): what a hostile visitor meets. */
export const E2E_PLAIN_URL = stack.plainUrl;
export const E2E_STRIPE_BASE = `http://127.0.0.1:${stack.stripePort}`;
export const E2E_SMTP_PORT = stack.smtpPort;
export const E2E_ZERO_SETUP_PORT = stack.zeroSetupPort;
export const E2E_ZERO_SETUP_DATA = stack.zeroSetupData;
export const E2E_MAILBOX = stack.mailbox;
/** A partner's page the embed tests serve themselves (e2e/embed.spec.ts), listed as an embed origin. */
export const E2E_PARTNER_SITE = stack.partnerSite;
export const E2E_WEBHOOK_SECRET = "whsec_e2e_only_webhook_secret";
export const E2E_ADMIN_EMAIL = "admin@campaign.example";
/** The main server's key for client-address hashes: a spec finds its own address's rate-limit rows with it. */
export const E2E_IP_HASH_SECRET = "e2e-only-ip-hash-secret-0123456789abcdef";
/** A second organiser, for comparing how sign-in answers an organiser and a stranger. */
export const E2E_SECOND_ORGANISER = "second@campaign.example";
export const E2E_PARTNER_ORIGIN = "https://partner.example";
const AUTH_SECRET = "e2e-only-auth-secret-0123456789abcdefghij";

export default defineConfig({
  testDir: "e2e",
  testIgnore: "faults/**", // the fault suite has its own config and servers: e2e/faults/playwright.config.ts
  fullyParallel: false,
  // Spec files are shared out among the workers; each worker has a stack of its own (e2e/worker.ts).
  workers: E2E_WORKERS,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  // A limit, not a wait: on a slower machine a journey of a few page loads took over 30 s.
  timeout: 60_000,
  use: {
    baseURL: stack.baseUrl,
    trace: "off",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"] } }],
  // Each worker's stack: sink, fake Stripe, main server (its own database copy), plain server.
  webServer: Array.from({ length: E2E_WORKERS }, (_, n) => workerServers(n)).flat(),
});

/** Worker n's servers, in the order Playwright starts them (each waits for the one before). */
function workerServers(n: number): Extract<PlaywrightTestConfig["webServer"], unknown[]> {
  const w: TWorkerStack = workerStack(n);
  const smtpUrl = `smtp://127.0.0.1:${w.smtpPort}`;
  // One build for the run: worker 0's main server makes it (a fresh production build with no
  // database and no secrets, so every run proves the build deploys anywhere) unless `npm test`
  // already did (TEST_PREBUILT); later workers start after it, from the same build.
  const build = n === 0 && process.env.TEST_PREBUILT !== "1" ? "npm run --silent build:clean && " : "";
  return [
    {
      // The local SMTP sink: every email the app sends lands as a JSON file in the worker's mailbox.
      command: "node --import tsx scripts/smtp-sink.ts",
      port: w.smtpPort,
      env: { SMTP_SINK_PORT: String(w.smtpPort), SMTP_SINK_DIR: w.mailbox },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // The local fake of Stripe's HTTP API that the app's Stripe SDK is pointed at.
      command: "node --import tsx scripts/fake-stripe.ts",
      port: w.stripePort,
      env: { FAKE_STRIPE_PORT: String(w.stripePort) },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // Served the way `npm start` serves it (Next behind the server layer, plus the email worker) on
      // the worker's own copy of the run's database (scripts/with-db.ts made the run's).
      command: `${build}node --import tsx e2e/serve-worker.ts ${n} main`,
      url: `${w.baseUrl}/api/health`,
      timeout: SERVER_TIMEOUT_MS,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 }, // so it drops its database copy
      env: {
        PORT: String(w.mainPort),
        APP_URL: w.baseUrl,
        IP_HASH_SECRET: E2E_IP_HASH_SECRET,
        SMTP_URL: smtpUrl,
        PETITION_EMBED_ORIGINS: `${E2E_PARTNER_ORIGIN},${w.partnerSite}`,
        DONATIONS_ENABLED: "true",
        STRIPE_SECRET_KEY: "sk_test_e2e_only",
        STRIPE_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
        STRIPE_API_BASE: `http://127.0.0.1:${w.stripePort}`,
        GIFT_AID_ENABLED: "true",
        AUTH_SECRET,
        ORGANISER_EMAILS: `${E2E_ADMIN_EMAIL},${E2E_SECOND_ORGANISER}`,
        // No SIGN_LIMIT_*: npm start's signing limits, which e2e/shared-address.spec.ts holds.
        // The tests' X-Forwarded-For stands in for a proxy of ours that appends each client's
        // address, so each test can sign as its own supporter. The plain server below trusts none.
        TRUSTED_PROXIES: "1",
        // The fill-time rule is the server's clock against the form's token: tested in vitest with an
        // injected clock (lib/petition/sign-petition.test.ts), so these journeys need not wait for it.
        SIGN_MIN_FILL_SECONDS: "0",
        // The seed's Burmese drafts count as approved here (test-only), so the specs reading Burmese
        // pages can; the plain server below shows them as any deployment does: English until approved
        // (e2e/translation-approval.spec.ts).
        E2E_APPROVE_SEED_TRANSLATIONS: "true",
      },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The same build and database with npm start's default settings, apart from a daily signing
      // limit small enough to reach (a day window, so a test never straddles its edge) and no email
      // worker of its own.
      command: `node --import tsx e2e/serve-worker.ts ${n} plain`,
      url: `${w.plainUrl}/api/health`,
      timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 120_000),
      reuseExistingServer: false,
      env: {
        PORT: new URL(w.plainUrl).port,
        APP_URL: w.plainUrl,
        IP_HASH_SECRET: "e2e-only-plain-ip-hash-secret-0123456789abcdef",
        AUTH_SECRET,
        SIGN_LIMIT_IP_PER_MINUTE: "1000",
        SIGN_LIMIT_IP_PER_DAY: "10",
        EMAIL_WORKER: "off",
      },
      stdout: "ignore",
      stderr: "pipe",
    },
  ];
}
