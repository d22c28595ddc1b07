import { existsSync } from "node:fs";

// Debian's Chromium where present (these machines cannot download Playwright's own browsers);
// elsewhere Playwright's, so a laptop with `npx playwright install` works too.
const DEBIAN_CHROMIUM = "/usr/bin/chromium";
// Debian's old headless shell (package chromium-headless-shell): the same Blink, network stack and
// V8 as /usr/bin/chromium without the full browser around them, and what Playwright itself runs for
// headless tests. Measured here on 8 December 2026, the whole e2e suite, same build and database:
// 187 s and 316 busy CPU-s with it against 274 s and 513 CPU-s with the full browser (bench/ci-time.md).
const DEBIAN_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/** The full browser, for tools that drive Chrome themselves (Lighthouse in scripts/bench/). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

/** What Playwright launches: the headless shell where installed, else the full browser. */
const playwrightPath =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : chromiumPath);

export const chromiumLaunchOptions = {
  executablePath: playwrightPath,
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
