import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { en } from "../lib/i18n/messages/en";
import { E2E_PLAIN_URL, E2E_SMTP_PORT, E2E_ZERO_SETUP_DATA, E2E_ZERO_SETUP_PORT } from "../playwright.config";
import { waitForMail } from "./mailbox";

// The zero-setup `npm start` (no DATABASE_URL, no Stripe keys), as someone trying the app on a bare
// machine runs it, from the build the e2e servers made: donations work against the fake Stripe, in
// test mode, and every step says that no money moves. Its own server on its own port and data folder,
// started only when this file runs (so other specs do not wait for it).
const PORT = E2E_ZERO_SETUP_PORT;
const APP = `http://localhost:${PORT}`; // the address it gives itself without APP_URL
const DATA = E2E_ZERO_SETUP_DATA;

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000); // an embedded PostgreSQL created, migrated and seeded from nothing
  rmSync(DATA, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env))
    if (key === "DATABASE_URL" || key.startsWith("STRIPE_") || key.startsWith("DONATION") || key === "APP_URL")
      delete env[key];
  server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], {
    detached: true,
    stdio: "ignore",
    env: {
      ...env,
      PORT: String(PORT),
      EMBEDDED_DATA_DIR: path.join(DATA, "pglite"),
      // Given, so this server leaves the generated ones in .secrets/ alone.
      IP_HASH_SECRET: "e2e-only-zero-setup-ip-hash-secret-0123456789",
      AUTH_SECRET: "e2e-only-zero-setup-auth-secret-0123456789abc",
      // The e2e SMTP sink, to read the receipt (mail is the one thing this server is told about).
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    },
  });
  await expect(async () => {
    expect((await fetch(`${APP}/api/health`)).status).toBe(200);
  }).toPass({ timeout: 110_000, intervals: [500] });
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("a gift through the fake checkout in test mode: the donate, thanks and receipt say no money moves", async ({
  page,
}) => {
  const email = `zero-setup-${randomUUID().slice(0, 8)}@example.org`;
  await page.goto(`${APP}/donate`);
  await expect(page.getByTestId("donate-test-mode")).toHaveText(en.donate.testMode);
  await page.getByLabel("£10", { exact: true }).check();
  await page.getByRole("button", { name: en.donate.form.submit }).click();
  await page.waitForURL(/\/pay\/cs_test_/);
  await expect(page.getByText("Test mode — no money moves.")).toBeVisible();
  await page.getByLabel("Email for the receipt").fill(email);
  await page.getByRole("button", { name: "Pay £10.00 (test)" }).click();

  await page.waitForURL(`${APP}/donate/thanks?session_id=*`);
  await expect(page.getByTestId("donation-test-mode")).toHaveText(en.donate.thanks.testMode);
  await expect(page.getByTestId("donation-state")).toHaveText(
    en.donate.thanks.confirmedOnce.replace("{amount}", "£10"),
  );
  const [receipt] = await waitForMail(email);
  expect(receipt.text).toMatch(/^Test — no money moves/);
});

test("with a DATABASE_URL and no Stripe keys donations stay off: no test mode outside the bare start", async ({
  page,
}) => {
  // The plain e2e server (playwright.config.ts): the run's PostgreSQL or embedded database by URL, and
  // no Stripe settings of its own.
  await page.goto(`${E2E_PLAIN_URL}/donate`);
  await expect(page.getByTestId("donations-off")).toHaveText(en.donate.off);
  await expect(page.getByTestId("donate-test-mode")).toHaveCount(0);
});
