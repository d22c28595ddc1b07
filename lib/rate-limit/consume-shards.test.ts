import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { consumeRateLimits, countRateLimits, type TRateCheck } from "./consume";

// The PostgreSQL fallback (no Redis) under concurrency, from two clients standing for two app instances.
let one: PrismaClient;
let two: PrismaClient;
beforeAll(() => {
  one = createPrismaClient(process.env.DATABASE_URL!, 8);
  two = createPrismaClient(process.env.DATABASE_URL!, 8);
});
afterAll(async () => {
  await Promise.all([one.$disconnect(), two.$disconnect()]);
});

const check = (key: string, limit: number): TRateCheck[] => [
  { key, limits: [{ name: "test-shards", limit, windowSeconds: 600 }], reason: "tooManyRequests" },
];
const rowsOf = (key: string) =>
  one.$queryRaw<{ key: string; count: number }[]>`
    SELECT "key", "count" FROM "RateLimitWindow" WHERE right("key", ${key.length + 1}) = ${`:${key}`}`;
const accepted = (promises: Promise<void>[]) =>
  Promise.all(
    promises.map((p) =>
      p.then(
        () => 1,
        (error: unknown) => (error instanceof AppError && error.code === "RATE_LIMITED" ? 0 : Promise.reject(error)),
      ),
    ),
  ).then((ones) => ones.reduce<number>((a, b) => a + b, 0));

describe("the PostgreSQL fallback of the rate limits", () => {
  it("spreads a busy key over several rows, so concurrent signers do not queue on one row", async () => {
    const key = randomUUID();
    const now = Date.now();
    const counts = await Promise.all(
      Array.from({ length: 200 }, (_, i) => countRateLimits(i % 2 ? one : two, check(key, 100_000), now, null)),
    );
    const rows = await rowsOf(key);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(200);
    // Every count read back is a sum over the rows, never more than all the uses so far.
    for (const [c] of counts) {
      expect(c.count).toBeGreaterThanOrEqual(1);
      expect(c.count).toBeLessThanOrEqual(200);
    }
    // Counted one after another, each reads every use before it.
    const after = await countRateLimits(one, check(key, 100_000), now, null);
    expect(after[0].count).toBe(201);
  });

  it("keeps a small limit exact, on one row", async () => {
    const key = randomUUID();
    const now = Date.now();
    const n = await accepted(
      Array.from({ length: 60 }, (_, i) => consumeRateLimits(i % 2 ? one : two, check(key, 10), now, null)),
    );
    expect(n).toBe(10);
    expect(await rowsOf(key)).toHaveLength(1);
  });

  it("holds a busy limit within its tolerance (10%) under concurrency from two instances", async () => {
    for (const limit of [100, 1_000]) {
      const key = randomUUID();
      const now = Date.now();
      const n = await accepted(
        Array.from({ length: limit * 3 }, (_, i) => consumeRateLimits(i % 2 ? one : two, check(key, limit), now, null)),
      );
      expect(n).toBeGreaterThanOrEqual(limit);
      expect(n).toBeLessThanOrEqual(limit * 1.1);
    }
  });
});
