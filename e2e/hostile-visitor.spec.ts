import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { E2E_PLAIN_URL } from "../playwright.config";
import { linkIn, waitForMail } from "./mailbox";
import { memoryOf, pidListeningOn } from "./server-memory";

// What a hostile, well-resourced visitor can learn or do, tried against a server with npm start's
// defaults (E2E_PLAIN_URL) and, where an email round trip is needed, the main test server.

const person = (email: string) => JSON.stringify({ firstName: "Khin", lastName: "Hostile", email, country: "GB" });

test("made-up X-Forwarded-For headers from one client are limited like any other requests", async ({ request }) => {
  const sign = (headers: Record<string, string> = {}) =>
    request.post(`${E2E_PLAIN_URL}/api/petition/sign`, {
      data: Buffer.from(person(`xff-${randomUUID()}@example.org`)),
      headers: { "content-type": "application/json", ...headers },
    });
  const plain = [];
  for (let i = 0; i < 10; i++) plain.push((await sign()).status());
  expect(plain).toEqual(Array(10).fill(202));
  const forged = [];
  for (let i = 0; i < 20; i++) {
    const response = await sign({ "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `203.0.113.${i + 1}` });
    forged.push(response.status());
    // Past the limit, the answer is a proof-of-work challenge (lib/challenge/), which this client
    // does not solve: it is held to the limit all the same.
    if (response.status() === 429) {
      const { error } = await response.json();
      expect(error.code).toBe("CHALLENGE_REQUIRED");
      expect(error.challenge.parameters.algorithm).toBe("SHA-256");
    }
  }
  console.log(
    `10 sign-ups without the header: ${JSON.stringify(count(plain))}; ` +
      `20 more with made-up addresses: ${JSON.stringify(count(forged))}`,
  );
  expect(forged).toEqual(Array(20).fill(429));
});

test("signing answers byte for byte the same for a new, a pending, a confirmed and an erased address", async ({
  page,
  request,
}) => {
  const post = async (email: string) => {
    const response = await request.post("/api/petition/sign", {
      data: Buffer.from(person(email)),
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250) + 1}`,
      },
    });
    // Every header but Date, which says only when the answer was sent, and X-Request-Id, new for each
    // request whoever sends it.
    const headers = Object.entries(response.headers()).filter(([name]) => name !== "date" && name !== "x-request-id");
    return JSON.stringify({ status: response.status(), headers, body: await response.text() });
  };
  const [pending, confirmed, erased] = ["pending", "confirmed", "erased"].map(
    (k) => `${k}-${randomUUID()}@example.org`,
  );
  for (const email of [pending, confirmed, erased]) await post(email);
  await page.goto(linkIn((await waitForMail(confirmed))[0], "confirm"));
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByTestId("confirmed")).toBeVisible();
  await page.goto(linkIn((await waitForMail(erased))[0], "remove"));
  await page.getByRole("button", { name: "Remove my signature" }).click();
  await expect(page.getByTestId("removed")).toBeVisible();

  const answers = [
    await post(`new-${randomUUID()}@example.org`),
    await post(pending),
    await post(confirmed),
    await post(erased),
  ];
  expect(new Set(answers).size).toBe(1);
  expect(JSON.parse(answers[0]).status).toBe(202);
});

/**
 * POSTs `megabytes` of body in 64 KB chunks over a raw socket (declared with Content-Length, or
 * chunked with none) until the server answers, and reads the status line of the answer. A raw socket,
 * because a server that refuses and closes makes Node's own client fail the write (EPIPE) before it
 * hands over the answer that arrived.
 */
function upload(path: string, megabytes: number, declare: boolean): Promise<{ status: number; sentMb: number }> {
  const { hostname, port } = new URL(E2E_PLAIN_URL);
  return new Promise((resolve, reject) => {
    const total = megabytes * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const framed = declare
      ? chunk
      : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
    let sent = 0;
    let received = "";
    let answered = false;
    const socket = connect(Number(port), hostname, () => {
      const length = declare ? `Content-Length: ${total}` : "Transfer-Encoding: chunked";
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n${length}\r\n\r\n`,
      );
      pump();
    });
    const pump = () => {
      while (!answered && sent < total && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(framed)) return void socket.once("drain", pump);
      }
      if (!answered && !declare && !socket.destroyed) socket.write("0\r\n\r\n");
    };
    socket.on("data", (data) => {
      received += data.toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (status && !answered) {
        answered = true;
        socket.destroy();
        resolve({ status: Number(status[1]), sentMb: sent / 1024 / 1024 });
      }
    });
    // Writes after the server closed fail; only an answer that never came is a failure.
    socket.on("error", () => undefined);
    socket.on("close", () =>
      answered ? undefined : reject(new Error(`${path}: closed without an answer after ${sent} bytes`)),
    );
  });
}

test("a 100 MB body is refused with memory growth under 16 MB, declared or streamed", async () => {
  test.setTimeout(120_000);
  const pid = pidListeningOn(Number(new URL(E2E_PLAIN_URL).port));
  const results = [];
  const cases = [
    ["/api/actions", true],
    ["/api/actions", false],
    ["/api/petition/sign", true],
    ["/api/petition/sign", false],
    ["/api/stripe/webhook", true],
    [`/api/unsubscribe/${"t".repeat(43)}`, true],
    [`/api/unsubscribe/${"t".repeat(43)}`, false],
    ["/petition", true],
    // No length at all, to handlers that would read the whole body (a server action, Auth.js): 411.
    ["/petition", false],
    ["/api/auth/session", false],
  ] as const;
  // Each path answered once first, with a small body: a route's first request loads its code, which
  // is not what is measured (in a shuffled order this test may be the plain server's first caller).
  for (const [path] of cases) await fetch(`${E2E_PLAIN_URL}${path}`, { method: "POST", body: "x" }).catch(() => null);
  const measure = async (path: string, declare: boolean) => {
    const before = memoryOf(pid).rssMb;
    writeFileSync(`/proc/${pid}/clear_refs`, "5"); // resets the peak (VmHWM) to the current RSS
    const { status, sentMb } = await upload(path, 100, declare);
    return { status, sentMb, growth: memoryOf(pid).peakMb - before };
  };
  for (const [path, declare] of cases) {
    const refused = declare || /^\/api\/(actions|petition|unsubscribe)/.test(path) ? 413 : 411;
    const how = `${path} ${declare ? "declared" : "streamed"}`;
    // The peak is the whole process's: on a loaded machine the window once took in 19.6 MB for a
    // declared 100 MB refused at once (CI, 7 December 2026; what else the process did then is not
    // known). So a first try over 16 MB is tried again and the smaller held to 16 MB; the first is
    // still held to 48 MB, since memory a read body left behind could make the second look small.
    const tries = [await measure(path, declare)];
    if (tries[0].growth >= 16) tries.push(await measure(path, declare));
    for (const { status, sentMb, growth } of tries) {
      results.push(`${how}: ${status} after ${sentMb.toFixed(1)} MB sent, peak growth ${growth.toFixed(1)} MB`);
      expect(status, path).toBe(refused);
    }
    expect(tries[0].growth, path).toBeLessThan(48);
    expect(Math.min(...tries.map((t) => t.growth)), path).toBeLessThan(16);
  }
  console.log(results.join("\n"));
});

function count(values: number[]) {
  return values.reduce<Record<number, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
}
