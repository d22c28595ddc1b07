import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { DONOR_RETENTION, giftAidCutoff, runDonorRetention } from "./donor-retention";

// Issue 27, "donors too": each donor record has an end, and what survives it is amounts and dates
// without the person.

const DAY = 86_400_000;
let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, 4);
});
afterAll(() => db.$disconnect());

type TGift = {
  frequency?: "ONE_OFF" | "MONTHLY";
  status?: "SUCCEEDED" | "ACTIVE" | "CANCELED";
  paidAt?: Date;
  canceledAt?: Date;
  giftAid?: boolean;
  instalmentsPaidAt?: Date[];
};

async function gift(o: TGift) {
  const campaign = await db.campaign.findFirstOrThrow();
  const id = randomUUID();
  const customer = `cus_${randomUUID().slice(0, 12)}`;
  await db.donation.create({
    data: {
      id,
      campaignId: campaign.id,
      frequency: o.frequency ?? "ONE_OFF",
      amount: 750,
      currency: "gbp",
      status: o.status ?? "SUCCEEDED",
      donorEmail: `donor-${id.slice(0, 8)}@example.org`,
      donorName: "Nan Donor",
      stripeCustomerId: customer,
      stripeCheckoutSessionId: `cs_${id}`,
      stripePaymentIntentId: o.frequency === "MONTHLY" ? null : `pi_${id}`,
      stripeSubscriptionId: o.frequency === "MONTHLY" ? `sub_${id}` : null,
      paidAt: o.paidAt ?? null,
      completedAt: o.paidAt ?? o.instalmentsPaidAt?.[0] ?? null,
      canceledAt: o.canceledAt ?? null,
      ...(o.giftAid
        ? {
            giftAid: true,
            giftAidFirstName: "Nan",
            giftAidLastName: "Donor",
            giftAidHouse: "12",
            giftAidPostcode: "LS1 1AA",
            giftAidDeclarationVersion: "2026-11-28",
            giftAidDeclaredAt: o.paidAt ?? o.instalmentsPaidAt?.[0] ?? new Date(),
          }
        : {}),
      payments: {
        create: (o.instalmentsPaidAt ?? []).map((paidAt) => ({
          stripeInvoiceId: `in_${randomUUID()}`,
          amount: 750,
          currency: "gbp",
          paid: true,
          paidAt,
        })),
      },
    },
  });
  return { id, customer };
}

const read = (id: string) => db.donation.findUniqueOrThrow({ where: { id }, include: { payments: true } });
const queued = async (customer: string) =>
  (await db.stripeCustomerDeletion.count({ where: { customerId: customer } })) === 1;

describe("Gift Aid records' end: six years after the end of the accounting period they relate to", () => {
  it("with the year ending 31 March: a gift of 10 May 2026 is kept until the end of 31 March 2033", () => {
    const keptAt = (now: string) => new Date("2026-05-10T12:00:00Z") >= giftAidCutoff(Date.parse(now), "03-31");
    expect(keptAt("2033-03-31T23:59:00Z")).toBe(true);
    expect(keptAt("2033-04-01T00:00:00Z")).toBe(false);
    // A gift on the year's last day belongs to the period ending that day.
    const lastDay = new Date("2026-03-31T18:00:00Z");
    expect(lastDay >= giftAidCutoff(Date.parse("2032-03-31T23:00:00Z"), "03-31")).toBe(true);
    expect(lastDay >= giftAidCutoff(Date.parse("2032-04-01T00:00:00Z"), "03-31")).toBe(false);
  });

  it("follows a configured year end (31 December)", () => {
    const cutoff = giftAidCutoff(Date.parse("2033-01-01T00:00:00Z"), "12-31");
    expect(new Date("2026-12-31T10:00:00Z") < cutoff).toBe(true);
    expect(new Date("2027-01-01T10:00:00Z") < cutoff).toBe(false);
  });
});

describe("donor retention", () => {
  it("erases a gift's donor two years after it, keeping amount and dates; deletes the Stripe customer", async () => {
    const now = Date.parse("2030-06-01T00:00:00Z");
    const old = await gift({ paidAt: new Date(now - (DONOR_RETENTION.giftDonorDays + 1) * DAY) });
    const recent = await gift({ paidAt: new Date(now - (DONOR_RETENTION.giftDonorDays - 1) * DAY) });
    await runDonorRetention(db, now, "03-31");
    const erased = await read(old.id);
    expect(erased).toMatchObject({
      donorEmail: null,
      donorName: null,
      stripeCustomerId: null,
      stripeCheckoutSessionId: null,
      stripePaymentIntentId: null,
      amount: 750,
      currency: "gbp",
      status: "SUCCEEDED",
    });
    expect(erased.paidAt).not.toBeNull();
    expect(erased.personErasedAt).not.toBeNull();
    expect(await queued(old.customer)).toBe(true);
    expect((await read(recent.id)).donorEmail).not.toBeNull();
    expect(await queued(recent.customer)).toBe(false);
  });

  it("keeps a monthly gift's donor while it runs; erases them two years after it ended; instalments stay", async () => {
    const now = Date.parse("2030-06-01T00:00:00Z");
    const started = new Date(now - 5 * 365 * DAY);
    const running = await gift({ frequency: "MONTHLY", status: "ACTIVE", instalmentsPaidAt: [started] });
    const ended = await gift({
      frequency: "MONTHLY",
      status: "CANCELED",
      instalmentsPaidAt: [started, new Date(started.getTime() + 30 * DAY)],
      canceledAt: new Date(now - 800 * DAY),
    });
    await runDonorRetention(db, now, "03-31");
    expect((await read(running.id)).donorEmail).not.toBeNull();
    const after = await read(ended.id);
    expect(after).toMatchObject({ donorEmail: null, stripeSubscriptionId: null, stripeCustomerId: null });
    expect(after.payments.map((p) => [p.amount, p.paid, p.paidAt !== null])).toEqual([
      [750, true, true],
      [750, true, true],
    ]);
  });

  it("keeps a Gift Aid declaration six years after its accounting period, then only that there was one", async () => {
    const paidAt = new Date("2026-05-10T12:00:00Z");
    const declared = await gift({ paidAt, giftAid: true });
    await runDonorRetention(db, Date.parse("2033-03-31T12:00:00Z"), "03-31");
    const kept = await read(declared.id);
    // The gift's donor went after two years; the declaration HMRC may ask to see is kept whole.
    expect(kept).toMatchObject({ donorEmail: null, giftAidFirstName: "Nan", giftAidHouse: "12" });
    await runDonorRetention(db, Date.parse("2033-04-01T00:00:00Z"), "03-31");
    expect(await read(declared.id)).toMatchObject({
      giftAid: true,
      giftAidDeclarationVersion: "2026-11-28",
      giftAidFirstName: null,
      giftAidLastName: null,
      giftAidHouse: null,
      giftAidPostcode: null,
      amount: 750,
    });
  });

  it("dates a monthly gift's declaration by its latest instalment, and keeps it while the gift runs", async () => {
    const first = new Date("2026-05-10T12:00:00Z");
    const latest = new Date("2027-05-10T12:00:00Z");
    const common = { frequency: "MONTHLY" as const, giftAid: true, instalmentsPaidAt: [first, latest] };
    const ended = await gift({ ...common, status: "CANCELED", canceledAt: latest });
    const running = await gift({ ...common, status: "ACTIVE" });
    await runDonorRetention(db, Date.parse("2033-04-02T00:00:00Z"), "03-31");
    expect((await read(ended.id)).giftAidHouse).toBe("12");
    await runDonorRetention(db, Date.parse("2034-04-01T00:00:00Z"), "03-31");
    expect((await read(ended.id)).giftAidHouse).toBeNull();
    expect((await read(running.id)).giftAidHouse).toBe("12");
  });
});
