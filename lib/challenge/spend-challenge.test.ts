import { createClient } from "@redis/client";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import type { TRedis } from "../redis/get-redis";
import { spendChallenge } from "./spend-challenge";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

let db: PrismaClient;
let redis: TRedis;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  redis = createClient({ url: REDIS_URL }) as TRedis;
  await redis.connect();
});
afterAll(() => Promise.all([db.$disconnect(), redis.close()]));

describe("spendChallenge", () => {
  it("lets each challenge be used once, in Redis and without it, until it expires", async () => {
    const expires = Math.floor(Date.now() / 1000) + 180;
    const away = createClient({ url: "redis://127.0.0.1:1" }) as TRedis; // never connected: not ready
    for (const store of [redis, away, null]) {
      const signature = randomUUID();
      expect(await spendChallenge(db, signature, expires, store)).toBe(true);
      expect(await spendChallenge(db, signature, expires, store)).toBe(false);
    }
    const inRedis = randomUUID();
    await spendChallenge(db, inRedis, expires, redis);
    const ttl = await redis.pTTL(`challenge-used:${inRedis}`);
    expect(ttl).toBeGreaterThan(179_000);
    expect(ttl).toBeLessThanOrEqual(241_000);
  });
});
