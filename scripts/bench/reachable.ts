// `npx tsx scripts/bench/reachable.ts`: how soon a reader on a slow link sees Burmese. For each public
// page in both languages, in Debian's Chromium at 400 kbps / 400 ms (CDP Network.emulateNetworkConditions),
// a fresh context each load (nothing cached): the time from navigation until the page's main text is
// drawn in the Myanmar font (its <h1> on Burmese pages; the language link "မြန်မာ" on English ones),
// read from CSS.getPlatformFontsForNode every 50 ms, and the bytes received before then; medians of
// BENCH_RUNS (3) loads. Also what the page fetched in its first BENCH_SETTLE_MS (8 s): prefetched page
// data (RSC), /map.svg, font files; and the load's CLS. A measurement, not a test: serve a build first,
// give its address in BENCH_URL; BENCH_LABEL names the build in the output (copied to bench/reachable.md).
import { chromium, type CDPSession, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/chromium";

const BASE = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 8000);
const LIMIT_MS = Number(process.env.BENCH_LIMIT_MS ?? 15_000);
const PAGES = ["/", "/countries/japan", "/petition", "/donate", "/about", "/privacy"];

type TSample = { drawnMs: number | null; bytes: number; rsc: number; map: number; fonts: number; cls: number };

const MAIN_TEXT = (path: string) => (path.startsWith("/my") ? "main h1" : '.language-switch a[hreflang="my"]');

async function myanmarDrawn(cdp: CDPSession, selector: string): Promise<boolean> {
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  if (!nodeId) return false;
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts.some((f) => /Noto Sans Myanmar/.test(f.familyName));
}

async function measure(page: Page, path: string): Promise<TSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: 400_000 / 8,
    uploadThroughput: 400_000 / 8,
  });
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const received: { at: number; bytes: number }[] = [];
  const urls: string[] = [];
  cdp.on("Network.dataReceived", (e) => received.push({ at: Date.now(), bytes: e.encodedDataLength }));
  cdp.on("Network.requestWillBeSent", (e) => urls.push(e.request.url));
  // Layout shifts over the whole load (CLS), the font's arrival included.
  await page.addInitScript(`
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  `);
  const start = Date.now();
  const navigation = page.goto(BASE + path, { waitUntil: "commit", timeout: LIMIT_MS }).catch(() => null);
  let drawnAt: number | null = null;
  while (Date.now() - start < LIMIT_MS) {
    if (await myanmarDrawn(cdp, MAIN_TEXT(path)).catch(() => false)) {
      drawnAt = Date.now();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await navigation;
  const settleUntil = start + SETTLE_MS;
  if (Date.now() < settleUntil) await new Promise((resolve) => setTimeout(resolve, settleUntil - Date.now()));
  const early = urls;
  const cls = Number(await page.evaluate("window.__cls").catch(() => NaN));
  return {
    cls,
    drawnMs: drawnAt === null ? null : drawnAt - start,
    bytes: received.filter((r) => r.at <= (drawnAt ?? start + LIMIT_MS)).reduce((n, r) => n + r.bytes, 0),
    rsc: early.filter((u) => /[?&]_rsc=|\.rsc(\?|$)|\.segments/.test(u)).length,
    map: early.filter((u) => new URL(u).pathname === "/map.svg").length,
    fonts: early.filter((u) => /\.woff2?(\?|$)/.test(u)).length,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows: string[] = [];
  try {
    for (const path of [...PAGES, ...PAGES.map((p) => (p === "/" ? "/my" : `/my${p}`))]) {
      const samples: TSample[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        try {
          samples.push(await measure(await context.newPage(), path));
        } finally {
          await context.close();
        }
      }
      const drawn = samples.map((s) => s.drawnMs);
      const seen = drawn.filter((d): d is number => d !== null);
      const time =
        seen.length * 2 > samples.length
          ? `${(median(seen) / 1000).toFixed(2)} s`
          : `never within ${LIMIT_MS / 1000} s`;
      rows.push(
        `| ${path} | ${time} (${drawn.map((d) => (d === null ? "–" : (d / 1000).toFixed(2))).join(", ")}) | ` +
          `${(median(samples.map((s) => s.bytes)) / 1024).toFixed(1)} KB | ${median(samples.map((s) => s.rsc))} | ` +
          `${median(samples.map((s) => s.map))} | ${median(samples.map((s) => s.fonts))} | ` +
          `${median(samples.map((s) => s.cls)).toFixed(3)} |`,
      );
      console.log(rows.at(-1));
    }
  } finally {
    await browser.close();
  }
  console.log(
    [
      `${process.env.BENCH_LABEL ?? BASE}, ${new Date().toISOString()}, ${RUNS} fresh loads per page (median), ` +
        `400 kbps / 400 ms, 412×823`,
      "",
      "| page | Myanmar font drawn (runs) | received before | RSC requests | /map.svg | font files | CLS |",
      "|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
