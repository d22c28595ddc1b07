import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNginx, type TService } from "./services";

// The stack's nginx, really running, in front of a small server that counts what reaches it: what the
// micro-cache keeps and what it must never keep, and what it tells the app about the client.
const answers: Record<string, { headers: Record<string, string>; body?: string }> = {
  "/public": { headers: { "Cache-Control": "s-maxage=300, stale-while-revalidate=60" } },
  "/private": { headers: { "Cache-Control": "private, no-store" } },
  "/cookie": { headers: { "Cache-Control": "s-maxage=300", "Set-Cookie": "a=b" } },
  "/plain": { headers: {} },
  "/admin/page": { headers: { "Cache-Control": "s-maxage=300" } },
  "/api/counts": { headers: { "Cache-Control": "s-maxage=5" } },
};

let hits: Record<string, number> = {};
let seen: Record<string, string | undefined> = {};
let upstream: Server;
let nginx: TService;
let url: string;
const dir = mkdtempSync(path.join(tmpdir(), "nginx-config-"));

beforeAll(async () => {
  chmodSync(dir, 0o755);
  upstream = createServer((req, res) => {
    const key = `${req.method} ${req.url}`;
    hits[key] = (hits[key] ?? 0) + 1;
    seen = { xff: req.headers["x-forwarded-for"] as string, id: req.headers["x-request-id"] as string };
    res.writeHead(200, { "Content-Type": "text/plain", ...answers[req.url ?? ""]?.headers });
    res.end(`answer ${hits[key]}`);
  });
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
  const port = 20_000 + (process.pid % 20_000);
  nginx = await startNginx(dir, port, [(upstream.address() as AddressInfo).port]);
  url = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await nginx?.stop();
  upstream?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function twice(pathname: string, init?: RequestInit) {
  hits = {};
  const first = await fetch(`${url}${pathname}`, init);
  await first.text();
  const second = await fetch(`${url}${pathname}`, init);
  return { body: await second.text(), cache: second.headers.get("x-cache"), upstreamHits: hits };
}

describe("the stack's nginx", () => {
  it("keeps a shareable public page for a second (up to two: nginx counts whole seconds)", async () => {
    const r = await twice("/public");
    expect(r.cache).toBe("HIT");
    expect(r.upstreamHits["GET /public"]).toBe(1);
    // Two seconds later (not s-maxage's 300 s) the app is asked again.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await (await fetch(`${url}/public`)).text();
    expect(hits["GET /public"]).toBe(2);
  });

  it("keeps no answer that is private, sets a cookie, is unmarked, is an organiser's, or is a POST", async () => {
    for (const p of ["/private", "/cookie", "/plain", "/admin/page"]) {
      expect((await twice(p)).upstreamHits[`GET ${p}`], p).toBe(2);
    }
    expect((await twice("/public", { method: "POST", body: "x" })).upstreamHits["POST /public"]).toBe(2);
  });

  it("caches a public API answer the app marked shareable", async () => {
    expect((await twice("/api/counts")).upstreamHits["GET /api/counts"]).toBe(1);
  });

  it("appends the client's address and passes a request id", async () => {
    await (await fetch(`${url}/plain`, { headers: { "X-Forwarded-For": "203.0.113.9" } })).text();
    expect(seen.xff).toBe("203.0.113.9, 127.0.0.1");
    expect(seen.id).toMatch(/^[0-9a-f]{32}$/);
  });
});
