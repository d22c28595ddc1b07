import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { consumeRateLimits, COUNT_TOLERANCE, countRateLimits, flushRateCounts, type TRateCheck } from "./consume";

// The PostgreSQL fallback (no Redis), from two clients standing for two app instances: each counts
// in memory far below a limit and writes behind (./near-counts.ts), and by the store otherwise.
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
  { key, limits: [{ name: "test-near", limit, windowSeconds: 600 }], reason: "tooManyRequests" },
];
const rowsOf = (key: string) =>
  one.$queryRaw<{ count: number }[]>`
    SELECT "count" FROM "RateLimitWindow" WHERE "key" = ${`test-near:${key}`}`;
const countOf = async (db: PrismaClient, key: string, limit: number, now: number) =>
  (await countRateLimits(db, check(key, limit), now, null))[0].count;
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
  it("counts a busy window on one row, every use exactly once, in one addition per moment", async () => {
    const key = randomUUID();
    const now = Date.now();
    const counts = await Promise.all(Array.from({ length: 200 }, () => countOf(one, key, 100_000, now)));
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(await rowsOf(key)).toEqual([{ count: 200 }]);
  });

  it("counts far below the limit in memory, and writes those uses behind", async () => {
    const key = randomUUID();
    const now = Date.now();
    expect(await countOf(one, key, 1_000, now)).toBe(1); // new to this instance: the store counts it
    const next = [];
    for (let i = 0; i < 10; i++) next.push(await countOf(one, key, 1_000, now));
    expect(next).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    await flushRateCounts(one);
    expect(await rowsOf(key)).toEqual([{ count: 11 }]);
  });

  it("asks the store again once its count is a second old, and counts other instances' uses then", async () => {
    const key = randomUUID();
    const now = Date.now();
    expect(await countOf(one, key, 1_000, now)).toBe(1);
    for (let i = 0; i < 30; i++) await countOf(two, key, 1_000, now);
    await flushRateCounts(two);
    expect(await rowsOf(key)).toEqual([{ count: 31 }]);
    // Within the second: this instance's own count, missing the other's (the tolerance).
    expect(await countOf(one, key, 1_000, now + 500)).toBe(2);
    // After it: the store's, with both instances' uses.
    expect(await countOf(one, key, 1_000, now + 1_500)).toBe(33);
  });

  it("holds a limit within its tolerance when a burst reaches one instance after the other read it", async () => {
    const key = randomUUID();
    const now = Date.now();
    const limit = 200;
    await consumeRateLimits(one, check(key, limit), now, null); // one has read the window: 1
    const burst = await accepted(
      Array.from({ length: limit * 3 }, () => consumeRateLimits(two, check(key, limit), now, null)),
    );
    expect(burst).toBe(limit - 1);
    // Within the second, one still counts from its own reading, in memory, up to its share of the limit.
    let more = 0;
    for (let i = 0; i < limit; i++) more += await accepted([consumeRateLimits(one, check(key, limit), now, null)]);
    const all = 1 + burst + more;
    expect(all).toBeGreaterThan(limit); // the tolerance is used: this is what it is for
    expect(all).toBeLessThanOrEqual(limit * (1 + COUNT_TOLERANCE));
  });

  it("counts near the limit by the store, so a small limit stays exact across instances", async () => {
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
      // All at once, and in waves of 40 (after the first, each instance counts in memory up to its share).
      for (const wave of [limit * 3, 40]) {
        const key = randomUUID();
        const now = Date.now();
        let n = 0;
        for (let sent = 0; sent < limit * 3; sent += wave) {
          n += await accepted(
            Array.from({ length: wave }, (_, i) => consumeRateLimits(i % 2 ? one : two, check(key, limit), now, null)),
          );
        }
        expect(n, `limit ${limit}, waves of ${wave}`).toBeGreaterThanOrEqual(limit);
        expect(n, `limit ${limit}, waves of ${wave}`).toBeLessThanOrEqual(limit * (1 + COUNT_TOLERANCE));
      }
    }
  });
});
