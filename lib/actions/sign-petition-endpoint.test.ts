import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { parseEnv } from "../env";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { webBodySource } from "../http/read-body";
import { LINKS, tokenFromOutbox } from "../testing/petition-fixtures";
import { confirmSignature } from "../petition/confirm-signature";
import { eraseSignatureByToken } from "../petition/erase-signature";
import { answerSignRequest } from "./sign-petition-endpoint";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

const env = parseEnv({
  DATABASE_URL: process.env.DATABASE_URL,
  // The key confirmation links derive from, as tokenFromOutbox derives them.
  AUTH_SECRET: LINKS.secret,
  SIGN_LIMIT_IP_PER_MINUTE: "1000",
  SIGN_LIMIT_IP_PER_DAY: "1000",
  SIGN_LIMIT_DOMAIN_PER_10_MINUTES: "100000",
});

function post(body: string | Record<string, unknown>, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const request = new Request("http://app.test/api/petition/sign", {
    method: "POST",
    body: text,
    headers: {
      "content-type": "application/json",
      [CLIENT_ADDRESS_HEADER]: `198.51.100.${Math.floor(Math.random() * 250)}`,
      ...headers,
    },
  });
  return answerSignRequest(db, env, webBodySource(request));
}

const person = (email: string) => ({ firstName: "Aung", lastName: "Kyaw", email, country: "GB" });
const statusOf = async (email: string) => (await db.signature.findFirst({ where: { email } }))?.status;

describe("POST /api/petition/sign", () => {
  it("answers byte for byte the same for a new, pending, confirmed, invalidated or erased address", async () => {
    const [fresh, pending, confirmed, invalidated, erased] = Array.from(
      { length: 5 },
      () => `s-${randomUUID()}@example.org`,
    );
    for (const email of [pending, confirmed, invalidated, erased]) await post(person(email));
    const idOf = async (email: string) => (await db.signature.findFirstOrThrow({ where: { email } })).id;
    await confirmSignature(db, await tokenFromOutbox(db, await idOf(confirmed), "confirm"));
    await db.signature.update({ where: { id: await idOf(invalidated) }, data: { status: "INVALIDATED" } });
    await eraseSignatureByToken(db, await tokenFromOutbox(db, await idOf(erased), "remove"));
    expect([await statusOf(pending), await statusOf(confirmed), await statusOf(invalidated)]).toEqual([
      "PENDING",
      "CONFIRMED",
      "INVALIDATED",
    ]);

    const answers = [];
    for (const email of [fresh, pending, confirmed, invalidated, erased]) answers.push(await post(person(email)));
    const first = JSON.stringify(answers[0]);
    for (const answer of answers) expect(JSON.stringify(answer)).toBe(first);
    expect(answers[0].status).toBe(202);
    expect(JSON.parse(answers[0].body)).toEqual({
      status: "received",
      message: expect.stringContaining("check your email"),
    });
  });

  it("refuses a body over 4 KB, declared or streamed, with words and without reading it all", async () => {
    const big = JSON.stringify({ ...person("big@example.org"), lastName: "x".repeat(5000) });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.message).toBe("That request is too large.");

    // A streamed body with no length: reading stops at the cap and the stream is cancelled.
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 10_000) return controller.close();
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request("http://app.test/api/petition/sign", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const streamed = await answerSignRequest(db, env, webBodySource(request));
    expect(streamed.status).toBe(413);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });
});
