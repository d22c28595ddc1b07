import { randomUUID } from "node:crypto";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import type { TRedis } from "../redis/get-redis";
import { consumeRateLimits, type TRateCheck } from "./consume";

// The machine's Redis (CI starts it when it is not running: .ci/run). Keys are this run's own.
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

let db: PrismaClient;
let redis: TRedis;
let other: TRedis;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
  redis = createClient({ url: REDIS_URL }) as TRedis;
  other = createClient({ url: REDIS_URL }) as TRedis;
  await Promise.all([redis.connect(), other.connect()]);
});
afterAll(async () => {
  await Promise.all([db.$disconnect(), redis.close(), other.close()]);
});

const check = (key: string, limit: number): TRateCheck[] => [
  { key, limits: [{ name: "test-limit", limit, windowSeconds: 60 }], reason: "tooManyRequests" },
];
const refused = (promise: Promise<void>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error : Promise.reject(error)),
  );
const dbRows = (key: string) => db.rateLimitWindow.count({ where: { key: `test-limit:${key}` } });

describe("consumeRateLimits", () => {
  it("counts in Redis when it answers: no database row, and the limit holds across clients", async () => {
    const key = randomUUID();
    const now = Date.now();
    // Two clients stand for two app instances sharing the one Redis.
    for (let i = 0; i < 3; i++) await consumeRateLimits(db, check(key, 5), now, i % 2 ? other : redis);
    await consumeRateLimits(db, check(key, 5), now, other);
    await consumeRateLimits(db, check(key, 5), now, redis);
    const error = await refused(consumeRateLimits(db, check(key, 5), now, other));
    expect(error?.code).toBe("RATE_LIMITED");
    expect(error?.userMessage).toBe("Too many requests from your connection. Please wait a few minutes and try again.");
    expect(error?.details?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error?.details?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await dbRows(key)).toBe(0);
    // Redis forgets the window by itself once it is over.
    const windowStart = Math.floor(now / 60_000) * 60_000;
    const asked = Date.now();
    const ttl = await redis.pTTL(`rate:test-limit:${key}:${windowStart}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(windowStart + 120_000 - asked + 5);
  });

  it("starts a new window when the last one ends", async () => {
    const key = randomUUID();
    const now = Math.floor(Date.now() / 60_000) * 60_000 + 59_000;
    await consumeRateLimits(db, check(key, 1), now, redis);
    expect((await refused(consumeRateLimits(db, check(key, 1), now, redis)))?.code).toBe("RATE_LIMITED");
    expect(await refused(consumeRateLimits(db, check(key, 1), now + 1_000, redis))).toBeNull();
  });

  it("falls back to PostgreSQL when Redis is away, and the limit still holds", async () => {
    const away = createClient({ url: "redis://127.0.0.1:1" }) as TRedis; // never connected: not ready
    const key = randomUUID();
    const now = Date.now();
    await consumeRateLimits(db, check(key, 2), now, away);
    await consumeRateLimits(db, check(key, 2), now, null);
    expect((await refused(consumeRateLimits(db, check(key, 2), now, away)))?.code).toBe("RATE_LIMITED");
    expect(await dbRows(key)).toBe(1);
  });

  it("falls back when Redis is connected but does not answer", async () => {
    const key = randomUUID();
    // Redis holds every client's commands for 600 ms: connected, ready, silent.
    await other.sendCommand(["CLIENT", "PAUSE", "600", "ALL"]);
    const started = Date.now();
    await consumeRateLimits(db, check(key, 5), started, redis);
    expect(Date.now() - started).toBeLessThan(550);
    expect(await dbRows(key)).toBe(1);
  });
});
