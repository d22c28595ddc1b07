import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { listAudit } from "../audit/record-audit";
import { getEnv } from "../env";
import { queueEmail } from "../mail/queue-email";
import { setUpDonationsHarness } from "../testing/donations-harness";
import { checkoutSessionObject, stripeEvent } from "../testing/stripe-events";
import { eraseDonor } from "./erase-donor";
import { deleteQueuedStripeCustomers } from "./stripe-customer-deletions";

// Issue 27, "donors too": an organiser erases a donor. The erasure never waits on Stripe: deleting
// the Stripe customer is queued, and a job tries it until Stripe has done it.

const h = setUpDonationsHarness();
const secret = getEnv().IP_HASH_SECRET;

async function donorWithTwoGifts() {
  const campaign = await h.db.campaign.findFirstOrThrow();
  const email = `Nan.${randomUUID().slice(0, 8)}@Example.org`;
  const customer = `cus_${randomUUID().slice(0, 12)}`;
  const gift = (claimed: boolean) => ({
    id: randomUUID(),
    campaignId: campaign.id,
    frequency: "ONE_OFF" as const,
    amount: claimed ? 1000 : 500,
    currency: "gbp",
    status: "SUCCEEDED" as const,
    donorEmail: claimed ? email : email.toLowerCase(),
    donorName: "Nan Donor",
    stripeCustomerId: customer,
    stripePaymentIntentId: `pi_${randomUUID()}`,
    paidAt: new Date(),
    completedAt: new Date(),
    giftAid: true,
    giftAidFirstName: "Nan",
    giftAidLastName: "Donor",
    giftAidHouse: "12",
    giftAidPostcode: "LS1 1AA",
    giftAidDeclarationVersion: "2026-11-28",
    giftAidDeclaredAt: new Date(),
  });
  const claimed = gift(true);
  const unclaimed = gift(false);
  await h.db.donation.createMany({ data: [claimed, unclaimed] });
  await h.db.giftAidClaim.create({
    data: {
      reference: `claim-${randomUUID().slice(0, 8)}`,
      periodFrom: new Date(),
      periodTo: new Date(),
      createdBy: "organiser@example.org",
      gifts: {
        create: [{ donationId: claimed.id, giftKey: `donation:${claimed.id}`, giftDate: new Date(), amount: 1000 }],
      },
    },
  });
  await queueEmail(h.db, email, "donation-receipt", { name: "Nan", amount: 500, currency: "gbp", manageUrl: null });
  return { email, customer, claimed: claimed.id, unclaimed: unclaimed.id };
}

describe("erasing a donor", () => {
  // Each test counts the deletions it queued itself.
  beforeEach(async () => {
    await h.db.stripeCustomerDeletion.deleteMany();
  });

  it("takes the person from every gift of theirs at once, without waiting for Stripe", async () => {
    const donor = await donorWithTwoGifts();
    h.fake.control.customersDown = 100; // Stripe is away: the erasure must not notice.
    const result = await eraseDonor(h.db, "admin@example.org", donor.unclaimed, { secret });
    expect(result.gifts).toBe(2);
    const [claimed, unclaimed] = await Promise.all(
      [donor.claimed, donor.unclaimed].map((id) => h.db.donation.findUniqueOrThrow({ where: { id } })),
    );
    for (const gift of [claimed, unclaimed]) {
      expect(gift).toMatchObject({ donorEmail: null, donorName: null, stripeCustomerId: null, giftAid: true });
      expect(gift.personErasedAt).not.toBeNull();
    }
    // The declaration behind a gift already claimed stays for HMRC until its retention ends
    // (lib/donations/donor-retention.ts); the unclaimed one goes now.
    expect(claimed).toMatchObject({ giftAidFirstName: "Nan", giftAidHouse: "12", giftAidPostcode: "LS1 1AA" });
    expect(unclaimed).toMatchObject({ giftAidFirstName: null, giftAidHouse: null, giftAidPostcode: null });
    expect(
      await h.db.outboxEmail.count({ where: { toAddress: { in: [donor.email, donor.email.toLowerCase()] } } }),
    ).toBe(0);
    expect(h.fake.deletedCustomers).not.toContain(donor.customer);
    expect(await h.db.stripeCustomerDeletion.count({ where: { customerId: donor.customer } })).toBe(1);
    const audit = (await listAudit(h.db)).find((a) => a.action === "erase-donor");
    expect(audit).toBeDefined();
    expect(JSON.stringify(audit).toLowerCase()).not.toContain(donor.email.toLowerCase());
    h.fake.control.customersDown = 0;
  });

  it("deletes the Stripe customer in a job that tries again after an outage, and once done forgets it", async () => {
    const donor = await donorWithTwoGifts();
    await eraseDonor(h.db, "admin@example.org", donor.claimed, { secret });
    const now = Date.now();
    h.fake.control.customersDown = 1;
    expect(await deleteQueuedStripeCustomers(h.db, h.stripe(), now)).toEqual({ deleted: 0, failed: 1 });
    const waiting = await h.db.stripeCustomerDeletion.findUniqueOrThrow({ where: { customerId: donor.customer } });
    expect(waiting.attempts).toBe(1);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(now);
    // Not due yet: not tried early.
    expect(await deleteQueuedStripeCustomers(h.db, h.stripe(), now)).toEqual({ deleted: 0, failed: 0 });
    const later = waiting.nextAttemptAt.getTime() + 1;
    expect(await deleteQueuedStripeCustomers(h.db, h.stripe(), later)).toEqual({ deleted: 1, failed: 0 });
    expect(h.fake.deletedCustomers).toContain(donor.customer);
    expect(await h.db.stripeCustomerDeletion.count({ where: { customerId: donor.customer } })).toBe(0);
  });

  it("counts a customer Stripe no longer has as deleted", async () => {
    const donor = await donorWithTwoGifts();
    await eraseDonor(h.db, "admin@example.org", donor.claimed, { secret });
    h.fake.deletedCustomers.push(donor.customer); // deleted in Stripe's dashboard already
    expect(await deleteQueuedStripeCustomers(h.db, h.stripe(), Date.now())).toMatchObject({ deleted: 1 });
    expect(await h.db.stripeCustomerDeletion.count({ where: { customerId: donor.customer } })).toBe(0);
  });

  it("stays erased when Stripe's late event for the gift arrives (a bank debit settling days later)", async () => {
    const { session, donation } = await h.newDonation("ONE_OFF");
    const paid = (type: string) =>
      stripeEvent(
        type,
        checkoutSessionObject({
          id: session.id,
          donationId: donation.id,
          mode: "payment",
          paymentStatus: type === "checkout.session.completed" ? "unpaid" : "paid",
          amount: donation.amount,
          paymentIntent: `pi_${randomUUID().slice(0, 12)}`,
          customer: `cus_${randomUUID().slice(0, 12)}`,
          email: "late.donor@example.org",
          name: "Late Donor",
        }),
        Math.floor(Date.now() / 1000),
      );
    expect((await h.deliver(paid("checkout.session.completed"))).status).toBe(200);
    await eraseDonor(h.db, "admin@example.org", donation.id, { secret });
    expect((await h.deliver(paid("checkout.session.async_payment_succeeded"))).status).toBe(200);
    const gift = await h.db.donation.findUniqueOrThrow({ where: { id: donation.id } });
    expect(gift).toMatchObject({ status: "SUCCEEDED", donorEmail: null, donorName: null, stripeCustomerId: null });
  });
});
