// Prints the JavaScript a first visit to a page downloads in a modern browser (gzip; noModule
// polyfills, which such browsers skip, are left out), from a running server:
// `tsx scripts/measure-first-load-js.ts http://localhost:3000/countries/japan`
import { gzipSync } from "node:zlib";

const pageUrl = process.argv[2];
if (!pageUrl) throw new Error("Usage: tsx scripts/measure-first-load-js.ts <page url>");
const html = await (await fetch(pageUrl)).text();
const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\snoModule/i.test(m[0]));
const sources = [...new Set(tags.map((m) => m[1]))];
let raw = 0;
let gzip = 0;
for (const src of sources) {
  const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer());
  raw += body.length;
  gzip += gzipSync(body, { level: 9 }).length;
}
const inline = [...html.matchAll(/<script(?![^>]+src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
  (n, m) => n + m[1].length,
  0,
);
console.log(
  `${pageUrl}: ${sources.length} scripts, ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip; ` +
    `inline payload ${(inline / 1024).toFixed(1)} kB; HTML ${(html.length / 1024).toFixed(1)} kB`,
);
