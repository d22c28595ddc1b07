import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { E2E_PLAIN_URL } from "../playwright.config";

// The server layer answers only for our own host names (lib/server/allowed-hosts.ts): a request line
// naming another host, or a request naming two hosts, is refused before Next sees it. Raw sockets,
// because an HTTP client would neither send an absolute-form target nor a second Host header.

const { hostname, port } = new URL(E2E_PLAIN_URL);
const ours = `${hostname}:${port}`;

/** Sends `head` (request line and headers) and reads the answer's status line and headers. */
function rawRequest(head: string): Promise<{ status: number; headers: string }> {
  return new Promise((resolve, reject) => {
    let received = "";
    const socket = connect(Number(port), hostname, () => socket.write(`${head}Connection: close\r\n\r\n`));
    socket.on("data", (data) => {
      received += data.toString("latin1");
      const end = received.indexOf("\r\n\r\n");
      if (end === -1) return;
      socket.destroy();
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1]), headers: received.slice(0, end) });
    });
    socket.on("error", reject);
    socket.on("close", () => reject(new Error(`closed without an answer: ${JSON.stringify(received)}`)));
  });
}

test("an absolute-form request line naming another host is refused, not redirected there", async () => {
  for (const method of ["GET", "POST"]) {
    const length = method === "POST" ? "Content-Length: 0\r\n" : "";
    const answer = await rawRequest(`${method} http://other.example/ HTTP/1.1\r\nHost: ${ours}\r\n${length}`);
    expect(answer.status, method).toBe(400);
    expect(answer.headers).not.toMatch(/other\.example/i);
  }
  // The same form naming our own host is an ordinary request.
  expect((await rawRequest(`GET http://${ours}/about HTTP/1.1\r\nHost: ${ours}\r\n`)).status).toBe(200);
});

test("a request with two Host headers is refused", async () => {
  const answer = await rawRequest(`GET /about HTTP/1.1\r\nHost: ${ours}\r\nHost: other.example\r\n`);
  expect(answer.status).toBe(400);
  expect((await rawRequest(`GET /about HTTP/1.1\r\nHost: ${ours}\r\n`)).status).toBe(200);
});
