// `npx tsx scripts/bench/burmese-pages.ts`: the Burmese country page against the English one, measured
// in Debian's Chromium with Playwright (LCP, CLS, bytes transferred: all, JavaScript, fonts; each page
// loaded cold, BENCH_RUNS times, medians), then scored by Lighthouse (performance, mobile defaults)
// when a Lighthouse CLI is given in LIGHTHOUSE (e.g. the npm package's `lighthouse` binary).
// A measurement, not a test. Serve the app first (npm start, or scripts/start.ts --no-build) and give
// its address in BENCH_URL. Writes bench/burmese-pages.md.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions, chromiumPath } from "../../e2e/chromium";

const BASE = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = [
  { name: "English", path: "/countries/japan" },
  { name: "Burmese", path: "/my/countries/japan" },
];

type TSample = { lcp: number; cls: number; total: number; js: number; font: number; fontFiles: string[] };

const COLLECT = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource");
  const sum = (list) => list.reduce((n, r) => n + r.transferSize, 0);
  const fonts = resources.filter((r) => /\\.(woff2?|ttf|otf)(\\?|$)/.test(r.name));
  return {
    lcp: window.__lcp,
    cls: window.__cls,
    total: nav.transferSize + sum(resources),
    js: sum(resources.filter((r) => r.initiatorType === "script" || /\\.js(\\?|$)/.test(r.name))),
    font: sum(fonts),
    fontFiles: fonts.map((r) => new URL(r.name).pathname.split("/").pop() + " (" + r.transferSize + " B)"),
  };
})()`;

async function measure(path: string): Promise<TSample> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // A phone-sized window, like Lighthouse's mobile run; a new context per load, so nothing is cached.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
    const page = await context.newPage();
    await page.addInitScript(`
      window.__lcp = 0;
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp = e.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    `);
    await page.goto(BASE + path, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(1000); // late shifts and the last LCP candidate
    // A string, not a function: tsx would wrap the function's inner helpers in a __name the page lacks.
    return (await page.evaluate(COLLECT)) as TSample;
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function lighthouse(path: string): { score: number; lcp: number; cls: number; bytes: number } | string {
  const bin = process.env.LIGHTHOUSE;
  if (!bin) return "not run (set LIGHTHOUSE to a lighthouse CLI)";
  const run = spawnSync(
    bin,
    [
      BASE + path,
      "--only-categories=performance",
      "--output=json",
      "--quiet",
      "--chrome-flags=--headless --no-sandbox --disable-gpu",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath ?? "" }, maxBuffer: 64 << 20 },
  );
  if (run.status !== 0) return `failed: ${String(run.stderr).split("\n").slice(-3).join(" ")}`;
  const report = JSON.parse(String(run.stdout)) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue: number }>;
  };
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcp: report.audits["largest-contentful-paint"].numericValue,
    cls: report.audits["cumulative-layout-shift"].numericValue,
    bytes: report.audits["total-byte-weight"].numericValue,
  };
}

async function main() {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = [
    `# Burmese country page against the English one`,
    ``,
    `${new Date().toISOString()}, ${BASE}, Chromium at ${chromiumLaunchOptions.executablePath ?? "(Playwright's)"}, ` +
      `Lighthouse's at ${chromiumPath ?? "(its own)"}, ` +
      `${RUNS} cold loads each (medians), 412×823 window, no throttling; on a shared 2-core machine.`,
    ``,
    `| page | LCP | CLS | transferred | JavaScript | fonts | font files ` +
      `| Lighthouse, medians (performance, LCP, CLS, bytes) |`,
    `|---|---|---|---|---|---|---|---|`,
  ];
  for (const { name, path } of PAGES) {
    const samples: TSample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await measure(path));
    // Lighthouse's score moves by 10 points from run to run on a shared machine: the median of several.
    const runs = Array.from({ length: Number(process.env.LIGHTHOUSE_RUNS ?? 5) }, () => lighthouse(path));
    const scored = runs.filter((r) => typeof r !== "string");
    const lh = scored.length
      ? {
          score: median(scored.map((r) => r.score)),
          lcp: median(scored.map((r) => r.lcp)),
          cls: median(scored.map((r) => r.cls)),
          bytes: median(scored.map((r) => r.bytes)),
          all: scored.map((r) => r.score).join(" "),
        }
      : String(runs[0]); // every run failed: its reason
    const lhText =
      typeof lh === "string"
        ? lh
        : `${lh.score} (runs: ${lh.all}), ${lh.lcp.toFixed(0)} ms, ${lh.cls.toFixed(3)}, ${kb(lh.bytes)}`;
    lines.push(
      `| ${name} ${path} | ${median(samples.map((s) => s.lcp)).toFixed(0)} ms | ` +
        `${median(samples.map((s) => s.cls)).toFixed(3)} | ${kb(median(samples.map((s) => s.total)))} | ` +
        `${kb(median(samples.map((s) => s.js)))} | ${kb(median(samples.map((s) => s.font)))} | ` +
        `${samples[0].fontFiles.join(", ") || "none"} | ${lhText} |`,
    );
  }
  const report = lines.join("\n") + "\n";
  writeFileSync("bench/burmese-pages.md", report);
  console.log(report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
