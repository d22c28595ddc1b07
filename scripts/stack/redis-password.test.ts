import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import { afterAll, describe, expect, it } from "vitest";
import { startRedis, type TService } from "./services";

// Issue 26: with no password, anyone who could reach Redis rewrote cached pages and deleted the rate
// limits' keys. The stack's Redis (`npm run stack`, the fault suite) asks for one.
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

let redis: TService | undefined;
const dir = mkdtempSync(path.join(tmpdir(), "redis-password-"));
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the stack's Redis", () => {
  it("refuses a client without the password and serves one with it", async () => {
    const port = await freePort();
    const password = "test-only-redis-password";
    redis = await startRedis(dir, port, password);
    // Redis's own protocol, without a client library's handshake in the way: a command, no password.
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => socket.write("SET told x\r\n"));
      socket.once("data", (chunk) => {
        resolve(chunk.toString());
        socket.end();
      });
      socket.once("error", reject);
    });
    expect(reply).toMatch(/^-NOAUTH/);
    const client = createClient({ url: `redis://:${password}@127.0.0.1:${port}` });
    await client.connect();
    expect(await client.ping()).toBe("PONG");
    client.destroy();
  });
});
