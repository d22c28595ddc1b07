import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium";

// The fault suite (issue 7): `npm run test:faults` (FAULTS_SCALE=full) and, smaller, inside
// `npm test`. It starts its own two app instances, SMTP sink and fake Stripe (stack.ts).
export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 120_000,
  use: { trace: "off", launchOptions: chromiumLaunchOptions },
  projects: [{ name: "faults", use: { ...devices["Desktop Chrome"] } }],
});
