import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { drainServer } from "./drain";

function get(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ port, host: "127.0.0.1", path: "/" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk));
      res.on("end", () => resolve(`${res.statusCode} ${body}`));
    })
      .on("error", reject)
      .end();
  });
}

async function slowServer(answerAfterMs: number) {
  const server = createServer((_req, res) => void setTimeout(() => res.end("done"), answerAfterMs));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

describe("drainServer", () => {
  it("lets a request under way finish, and refuses new connections meanwhile", async () => {
    const { server, port } = await slowServer(300);
    const underWay = get(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drained = drainServer(server, 5000);
    await expect(get(port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(await underWay).toBe("200 done");
    await drained;
  });

  it("closes what is still open once the grace time is up", async () => {
    const { server, port } = await slowServer(60_000);
    const underWay = get(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await drainServer(server, 200);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(underWay).rejects.toMatchObject({ code: "ECONNRESET" });
  });
});
