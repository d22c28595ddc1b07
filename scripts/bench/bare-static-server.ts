// Baseline for P2: node:http sending a page's exact bytes (with the same headers that matter)
// from memory. Reads the captured pages from BENCH_PAGES (a JSON file of path → body).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const pages = new Map<string, Buffer>(
  Object.entries(JSON.parse(readFileSync(process.env.BENCH_PAGES!, "utf8")) as Record<string, string>).map(([p, b]) => [
    p,
    Buffer.from(b),
  ]),
);
createServer((req, res) => {
  const body = pages.get(req.url ?? "");
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }).end(body);
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare static server ready"));
