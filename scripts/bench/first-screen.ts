// `npx tsx scripts/bench/first-screen.ts`: Lighthouse (mobile defaults: a 412×823 phone, throttled) on
// the four main pages in both languages: the accessibility score (to stay 100) and the cumulative
// layout shift (to stay at or under 0.05) now that the action and its count open each page
// (components/ui/FirstAction.tsx). A measurement, not a test. Serve the app first (npm start, or
// scripts/start.ts --no-build) and give its address in BENCH_URL; give a Lighthouse CLI in LIGHTHOUSE
// (e.g. `npm i --prefix /tmp/lh lighthouse`, then /tmp/lh/node_modules/.bin/lighthouse). Writes
// bench/first-screen.md.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { chromiumPath } from "../../e2e/chromium";

const BASE = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const BIN = process.env.LIGHTHOUSE;
const PAGES = ["/", "/petition", "/countries/japan", "/donate"].flatMap((path) => [
  path,
  path === "/" ? "/my" : `/my${path}`,
]);

type TScore = { accessibility: number; cls: number; performance: number; failing: string[] };

function lighthouse(url: string): TScore {
  const run = spawnSync(
    BIN!,
    [
      url,
      "--only-categories=accessibility,performance",
      "--output=json",
      "--quiet",
      "--chrome-flags=--headless --no-sandbox --disable-gpu",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath ?? "" }, maxBuffer: 64 << 20 },
  );
  if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}: ${String(run.stderr).split("\n").slice(-3)}`);
  const report = JSON.parse(String(run.stdout)) as {
    categories: Record<"accessibility" | "performance", { score: number; auditRefs: { id: string }[] }>;
    audits: Record<string, { score: number | null; numericValue?: number }>;
  };
  return {
    accessibility: Math.round(report.categories.accessibility.score * 100),
    performance: Math.round(report.categories.performance.score * 100),
    cls: report.audits["cumulative-layout-shift"].numericValue ?? NaN,
    failing: report.categories.accessibility.auditRefs
      .map((ref) => ref.id)
      .filter((id) => report.audits[id]?.score === 0),
  };
}

function main() {
  if (!BIN) throw new Error("Set LIGHTHOUSE to a lighthouse CLI (see the top of this file).");
  const rows = PAGES.map((path) => {
    const score = lighthouse(BASE + path);
    console.log(path, JSON.stringify(score));
    return `| \`${path}\` | ${score.accessibility} | ${score.cls.toFixed(3)} | ${score.performance} | ${
      score.failing.join(", ") || "none"
    } |`;
  });
  const lines = [
    "# The first screen: Lighthouse on the main pages",
    "",
    `Measured ${new Date().toISOString().slice(0, 16)} UTC by \`scripts/bench/first-screen.ts\` against \`${BASE}\``,
    "(a production build served by `scripts/start.ts --no-build`), Lighthouse's mobile defaults, Debian's Chromium.",
    "Targets: accessibility 100, CLS ≤ 0.05. Performance is shown for context only: this machine was shared",
    "and heavily loaded when measured, which Lighthouse's simulated throttling does not fully remove.",
    "",
    "| page | accessibility | CLS | performance | failing accessibility audits |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ];
  writeFileSync("bench/first-screen.md", lines.join("\n"));
  console.log("Wrote bench/first-screen.md");
}

main();
