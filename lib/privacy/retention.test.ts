import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { runRetention } from "./retention";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

const DAY = 86_400_000;
const now = Date.now();

async function signature(petitionId: string, o: { status: "PENDING" | "CONFIRMED"; daysAgo: number; email?: boolean }) {
  const id = randomUUID();
  const email = `ret-${id}@example.org`;
  await db.signature.create({
    data: {
      id,
      petitionId,
      status: o.status,
      firstName: "Ret",
      lastName: "Ention",
      email,
      emailKey: email,
      emailDomain: "example.org",
      signerCountry: "GB",
      postcode: "SW1A 1AA",
      consentNoticeVersion: "2026-11-28.2",
      ipHash: "hash",
      createdAt: new Date(now - o.daysAgo * DAY),
    },
  });
  if (o.email !== false) {
    await db.outboxEmail.create({
      data: {
        id: randomUUID(),
        signatureId: id,
        kind: "signature-confirm",
        toAddress: email,
        subject: "s",
        text: "link",
        status: "SENT",
      },
    });
  }
  return id;
}

describe("retention", () => {
  it("deletes, erases, anonymises on schedule, audit-logs the counts; a second run changes nothing", async () => {
    const campaign = await db.campaign.findFirstOrThrow();
    const open = await db.petition.create({
      data: { campaignId: campaign.id, slug: `ret-open-${now}`, title: "Open", body: "b", goal: 1 },
    });
    const closed = await db.petition.create({
      data: {
        campaignId: campaign.id,
        slug: `ret-closed-${now}`,
        title: "Closed",
        body: "b",
        goal: 1,
        closesAt: new Date(now - 100 * DAY),
      },
    });
    const oldPending = await signature(open.id, { status: "PENDING", daysAgo: 31 });
    const youngPending = await signature(open.id, { status: "PENDING", daysAgo: 29 });
    const confirmedOpen = await signature(open.id, { status: "CONFIRMED", daysAgo: 200 });
    const confirmedClosed = await signature(closed.id, { status: "CONFIRMED", daysAgo: 200 });
    const gift = (completed: boolean) =>
      db.donation.create({
        data: {
          id: randomUUID(),
          campaignId: campaign.id,
          frequency: "ONE_OFF",
          amount: 500,
          currency: "gbp",
          giftAid: true,
          giftAidName: "G A",
          giftAidAddress: "1 Road",
          giftAidFirstName: "Gee",
          giftAidLastName: "Ay",
          giftAidHouse: "1",
          giftAidPostcode: "LS1 1AA",
          createdAt: new Date(now - 8 * DAY),
          completedAt: completed ? new Date(now - 8 * DAY) : null,
        },
      });
    const [abandoned, paid] = [await gift(false), await gift(true)];

    const counts = await runRetention(db, now, 90);
    expect(counts.unconfirmedSignaturesDeleted).toBeGreaterThanOrEqual(1);
    expect(counts.signaturesAnonymised).toBeGreaterThanOrEqual(1);
    expect(await db.signature.findUnique({ where: { id: oldPending } })).toBeNull();
    expect(await db.outboxEmail.count({ where: { signatureId: oldPending } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: `ret-${oldPending}@example.org` } })).toBe(0);
    expect(await db.signature.findUnique({ where: { id: youngPending } })).not.toBeNull();
    expect(await db.signature.findUniqueOrThrow({ where: { id: confirmedOpen } })).toMatchObject({
      email: `ret-${confirmedOpen}@example.org`,
      anonymisedAt: null,
    });
    expect(await db.signature.findUniqueOrThrow({ where: { id: confirmedClosed } })).toMatchObject({
      status: "CONFIRMED",
      emailDomain: null,
      firstName: null,
      lastName: null,
      email: null,
      emailKey: null,
      ipHash: null,
      postcode: "SW1A",
      signerCountry: "GB",
    });
    expect(await db.outboxEmail.count({ where: { toAddress: `ret-${confirmedClosed}@example.org` } })).toBe(0);
    expect(await db.donation.findUniqueOrThrow({ where: { id: abandoned.id } })).toMatchObject({
      giftAidName: null,
      giftAidAddress: null,
      giftAidFirstName: null,
      giftAidLastName: null,
      giftAidHouse: null,
      giftAidPostcode: null,
    });
    expect(await db.donation.findUniqueOrThrow({ where: { id: paid.id } })).toMatchObject({
      giftAidName: "G A",
      giftAidFirstName: "Gee",
      giftAidHouse: "1",
      giftAidPostcode: "LS1 1AA",
    });
    expect(await db.outboxEmail.count({ where: { status: "SENT", NOT: { text: "" } } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "retention" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ actorEmail: "system", details: counts });

    const again = await runRetention(db, now, 90);
    expect(again).toMatchObject({
      unconfirmedSignaturesDeleted: 0,
      giftAidDetailsErased: 0,
      emailBodiesErased: 0,
      signaturesAnonymised: 0,
    });
  });
});
