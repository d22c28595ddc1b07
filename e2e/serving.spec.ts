import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { connect, createServer, type AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

// How the build is served: only through the server layer (next start refuses, since it cannot send
// the pages' policy), with health checks, metrics, and a drain on SIGTERM. These start servers of
// their own from the run's build and database, on ports the system hands out.

const SECRETS = {
  IP_HASH_SECRET: "e2e-only-serving-ip-hash-secret-0123456789abcdef",
  AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdefghij",
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const children: ChildProcess[] = [];
test.afterEach(() => {
  for (const child of children.splice(0)) if (!stopped(child)) child.kill("SIGKILL");
});

function start(args: string[], port: number) {
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      ...SECRETS,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${port}`,
      EMAIL_WORKER: "off",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const stopped = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

test("next start refuses to serve the build, and says how to start it", async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  const next = start(["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], port);
  // Ask for pages all the while it starts: none may ever be answered without the server layer.
  const answered: string[] = [];
  while (!stopped(next.child)) {
    for (const path of ["/", "/countries/japan", "/api/health"]) {
      const status = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(1000) }).then(
        (r) => String(r.status),
        () => "",
      );
      if (status) answered.push(`${path} ${status}`);
    }
  }
  expect(await next.exited).toBe(1);
  expect(next.output()).toContain("This app must be started with `npm start` (scripts/start.ts), not `next start`.");
  expect(answered).toEqual([]);
});

test("the server layer sends every page, and the rest, its Content-Security-Policy", async ({ request }) => {
  for (const path of ["/", "/countries/japan"]) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"];
    // Only this page's own inline scripts, by hash: no 'unsafe-inline', no nonce.
    expect(policy, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy, path).toContain("frame-ancestors 'none'");
  }
  for (const path of ["/api/health", "/api/health/live"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("health: live says the process answers, ready that its database and migrations are in place", async ({
  request,
}) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", database: "reachable", migrations: "applied" });
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("metrics: for this machine only, by route pattern, never a path's token", async ({ request, baseURL }) => {
  const token = `t${randomUUID().replaceAll("-", "")}`;
  await request.get(`/petition/confirm/${token}`);
  const own = await request.get("/api/health/live", { headers: { "x-request-id": "e2e-request-0001" } });
  expect(own.headers()["x-request-id"]).toBe("e2e-request-0001");
  const metrics = await fetch(`${baseURL}/api/metrics`);
  expect(metrics.status).toBe(200);
  const text = await metrics.text();
  expect(text).toMatch(
    /^http_requests_total\{route="\/petition\/confirm\/\[token\]",method="GET",status="\d+"\} \d+$/m,
  );
  expect(text).toMatch(/^http_request_duration_seconds_count\{route="\/api\/health\/live"\} \d+$/m);
  expect(text).toMatch(/^petition_signatures_total\{result="accepted"\} \d+$/m);
  expect(text).toMatch(/^email_outbox_pending \d+$/m);
  expect(text).toMatch(/^db_pool_connections\{state="total"\} \d+$/m);
  expect(text).not.toContain(token);
  // Relayed by a proxy (as nginx on this machine would), it is refused without the token.
  const relayed = await fetch(`${baseURL}/api/metrics`, { headers: { "x-forwarded-for": "203.0.113.7" } });
  expect(relayed.status).toBe(403);
});

test("SIGTERM: a request under way is answered in full, new connections are refused, then it exits", async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  const server = start(["--import", "tsx", "scripts/start.ts"], port);
  await expect
    .poll(
      () =>
        fetch(`http://127.0.0.1:${port}/api/health/ready`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 150_000, intervals: [500] },
    )
    .toBe(200);
  // A signature whose body is still arriving when the signal comes.
  const body = JSON.stringify({
    firstName: "Thiri",
    lastName: "Drain",
    email: `drain-${randomUUID()}@example.org`,
    country: "GB",
  });
  const socket = connect(port, "127.0.0.1");
  let answer = "";
  socket.on("data", (chunk: Buffer) => (answer += chunk));
  const closed = new Promise((resolve) => socket.once("close", resolve));
  socket.write(
    "POST /api/petition/sign HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 20)}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  server.child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 700));
  const during = await fetch(`http://127.0.0.1:${port}/api/health/live`).then(
    (r) => `answered ${r.status}`,
    (error: { cause?: { code?: string } }) => error.cause?.code,
  );
  expect(during).toBe("ECONNREFUSED");
  expect(stopped(server.child)).toBe(false);
  // The rest of the body; the server closes the connection once it has answered (it is draining).
  socket.write(body.slice(20));
  await closed;
  expect(answer).toMatch(/^HTTP\/1\.1 202 Accepted\r\n/);
  expect(answer).toContain('"status":"received"');
  expect(await server.exited).toBe(0);
  expect(server.output()).toMatch(/"msg":"shutting down: draining requests"[\s\S]*"msg":"stopped"/);
});
