import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { discardDeadLetter, listDeadLetters, retryDeadLetter } from "../mail/dead-letters";
import { queueEmail } from "../mail/queue-email";
import { readJobHealth } from "./read-health";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

describe("background job health", () => {
  it("warns when a sign-in link has waited more than three minutes", async () => {
    await queueEmail(db, "organiser@example.org", "organiser-sign-in", { url: "http://app.test/sign-in" });
    const { createdAt } = await db.outboxEmail.findFirstOrThrow({ where: { kind: "organiser-sign-in" } });
    expect((await readJobHealth(db, createdAt.getTime() + 60_000)).urgentMailLate).toBe(false);
    const late = await readJobHealth(db, createdAt.getTime() + 4 * 60_000);
    expect(late.urgentMailLate).toBe(true);
    expect(late.urgentWaitingSeconds).toBeCloseTo(240, 0);
  });

  it("an organiser can retry or discard a dead letter, and each is audited", async () => {
    const id = randomUUID();
    await db.outboxEmail.create({
      data: {
        id,
        kind: "campaign-update",
        toAddress: "reader@example.org",
        subject: "News",
        text: "Body",
        status: "DEAD",
        rowFailures: 5,
        lastError: "550 Requested action not taken",
      },
    });
    expect(await listDeadLetters(db)).toMatchObject([{ id, toDomain: "example.org", rowFailures: 5 }]);
    expect((await readJobHealth(db)).deadLetters).toBe(1);
    await retryDeadLetter(db, "organiser@example.org", id);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      rowFailures: 0,
    });
    await expect(retryDeadLetter(db, "organiser@example.org", id)).rejects.toThrow(/no longer set aside/);
    await db.outboxEmail.update({ where: { id }, data: { status: "DEAD" } });
    await discardDeadLetter(db, "organiser@example.org", id);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", text: "" });
    const audit = await db.auditLog.findMany({ where: { target: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["retry-dead-letter", "discard-dead-letter"]);
  });
});
