import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
const STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT ?? 12112);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** How long the build and servers may take to come up: longer on a machine shared with other builds. */
const SERVER_TIMEOUT_MS = Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 240_000);
/** A second server from the same build, with npm start's defaults (no trusted proxy): what a hostile visitor meets. */
export const E2E_PLAIN_URL = `http://127.0.0.1:${Number(process.env.E2E_PLAIN_PORT ?? 3211)}`;
export const E2E_STRIPE_BASE = `http://127.0.0.1:${STRIPE_PORT}`;
export const E2E_WEBHOOK_SECRET = "whsec_e2e_only_webhook_secret";
export const E2E_ADMIN_EMAIL = "admin@campaign.example";
/** The main server's key for client-address hashes: a spec finds its own address's rate-limit rows with it. */
export const E2E_IP_HASH_SECRET = "e2e-only-ip-hash-secret-0123456789abcdef";
/** A second organiser, for comparing how sign-in answers an organiser and a stranger. */
export const E2E_SECOND_ORGANISER = "second@campaign.example";
export const E2E_MAILBOX = path.resolve(".data/e2e-mailbox");
export const E2E_PARTNER_ORIGIN = "https://partner.example";
/** A partner's page the embed tests serve themselves (e2e/embed.spec.ts), listed as an embed origin. */
export const E2E_PARTNER_SITE = `http://127.0.0.1:${Number(process.env.E2E_PARTNER_PORT ?? 3212)}`;

export default defineConfig({
  testDir: "e2e",
  testIgnore: "faults/**", // the fault suite has its own config and servers: e2e/faults/playwright.config.ts
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    trace: "off",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // The local SMTP sink: every email the app sends lands as a JSON file in E2E_MAILBOX.
      command: "npx tsx scripts/smtp-sink.ts",
      port: SMTP_PORT,
      env: { SMTP_SINK_PORT: String(SMTP_PORT), SMTP_SINK_DIR: E2E_MAILBOX },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // The local fake of Stripe's HTTP API that the app's Stripe SDK is pointed at.
      command: "npx tsx scripts/fake-stripe.ts",
      port: STRIPE_PORT,
      env: { FAKE_STRIPE_PORT: String(STRIPE_PORT) },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // A fresh production build made with no database and no secrets (so every run proves the build
      // deploys anywhere), then served on the run's database (scripts/with-db.ts sets DATABASE_URL)
      // the way `npm start` serves it: Next behind the server layer, plus the email worker.
      // TEST_PREBUILT: `npm test` built it already (scripts/test-all.ts), the same way.
      command:
        (process.env.TEST_PREBUILT === "1" ? "" : "npm run --silent build:clean && ") + "npx tsx scripts/start.ts",
      url: `${BASE_URL}/api/health`,
      timeout: SERVER_TIMEOUT_MS,
      reuseExistingServer: false,
      env: {
        PORT: String(PORT),
        APP_URL: BASE_URL,
        IP_HASH_SECRET: E2E_IP_HASH_SECRET,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        PETITION_EMBED_ORIGINS: `${E2E_PARTNER_ORIGIN},${E2E_PARTNER_SITE}`,
        DONATIONS_ENABLED: "true",
        STRIPE_SECRET_KEY: "sk_test_e2e_only",
        STRIPE_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
        STRIPE_API_BASE: E2E_STRIPE_BASE,
        GIFT_AID_ENABLED: "true",
        AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdefghij",
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
      // Started after the build above (Playwright starts these in order): the same build and
      // database with npm start's default settings, apart from a daily signing limit small enough
      // to reach (a day window, so a test never straddles its edge) and no email worker of its own.
      command: "npx tsx scripts/start.ts",
      url: `${E2E_PLAIN_URL}/api/health`,
      timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 120_000),
      reuseExistingServer: false,
      env: {
        PORT: new URL(E2E_PLAIN_URL).port,
        APP_URL: E2E_PLAIN_URL,
        IP_HASH_SECRET: "e2e-only-plain-ip-hash-secret-0123456789abcdef",
        AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdefghij",
        SIGN_LIMIT_IP_PER_MINUTE: "1000",
        SIGN_LIMIT_IP_PER_DAY: "10",
        EMAIL_WORKER: "off",
      },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
