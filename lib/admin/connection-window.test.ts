import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { AppError } from "../errors";
import { runRetention } from "../privacy/retention";
import { bulkInvalidate, getSignature, ZBulkInvalidate } from "./signatures-admin";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

const DAY = 86_400_000;

describe("the signer's connection (ipHash) is kept 30 days for abuse handling, never shown", () => {
  it("bulk-invalidates by a signature's connection within the window; after it the hash is gone", async () => {
    const now = Date.now();
    const petition = await db.petition.findFirstOrThrow();
    const ipHash = `conn-${randomUUID()}`;
    const sign = async (daysAgo: number) => {
      const id = randomUUID();
      const email = `${id}@example.org`;
      await db.signature.create({
        data: {
          id,
          petitionId: petition.id,
          status: "CONFIRMED",
          email,
          emailKey: email,
          consentNoticeVersion: "v",
          ipHash,
          createdAt: new Date(now - daysAgo * DAY),
        },
      });
      return id;
    };
    const recent = [await sign(1), await sign(2)];
    const old = await sign(31);

    // Shown to organisers: nothing of the hash itself.
    expect(await getSignature(db, recent[0])).not.toHaveProperty("ipHash");

    const input = ZBulkInvalidate.parse({ by: "connection", value: recent[0] });
    expect(await bulkInvalidate(db, "admin@example.org", input, now)).toEqual({ step: "preview", count: 2 });

    await runRetention(db, now, 365);
    expect((await db.signature.findUniqueOrThrow({ where: { id: old } })).ipHash).toBeNull();
    expect((await db.signature.findUniqueOrThrow({ where: { id: recent[1] } })).ipHash).toBe(ipHash);
    const tooLate = ZBulkInvalidate.parse({ by: "connection", value: old });
    await expect(bulkInvalidate(db, "admin@example.org", tooLate, now)).rejects.toBeInstanceOf(AppError);

    await bulkInvalidate(db, "admin@example.org", { ...input, confirmCount: 2 }, now);
    const batch = await db.invalidationBatch.findFirstOrThrow({ where: { matchValue: recent[0] } });
    expect(batch).toMatchObject({ matchBy: "connection", count: 2 });
  });
});
