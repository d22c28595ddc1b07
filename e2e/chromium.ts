import { existsSync } from "node:fs";

// Debian's chromium where present (these machines cannot download Playwright's own browsers);
// elsewhere Playwright's, so a laptop with `npx playwright install` works too.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
