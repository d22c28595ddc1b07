import { describe, expect, it } from "vitest";
import { GIFT_AID_SCHEDULE_HEADERS, streamGiftAidScheduleCsv } from "../export/export-gift-aid";
import { setUpDonationsHarness } from "../testing/donations-harness";
import { parseCsv } from "../testing/parse-csv";
import {
  chargeObject,
  invoiceObject,
  newIds,
  stripeEvent,
  paidMonthlySession,
  paidOneOffSession,
} from "../testing/stripe-events";
import { cancelDeclaration, completeDeclaration } from "./donations-admin";
import { createGiftAidClaim } from "./gift-aid-claims";
import { giftAidSheet } from "./gift-aid-sheet";

// Gifts made as supporters make them (checkout, then Stripe's signed events, dated by the events'
// own times), claimed, and exported as HMRC's schedule.
const h = setUpDonationsHarness();
const url = process.env.DATABASE_URL!;
const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const declaration = (first: string, last = "Lee", house = "1", postcode = "LS1 1AA") => ({
  giftAid: "on",
  giftAidTitle: "Ms",
  giftAidFirstName: first,
  giftAidLastName: last,
  giftAidHouse: house,
  giftAidPostcode: postcode,
});

async function oneOff(amount: string, paidAt: string, fields: Record<string, string> = {}) {
  const pounds = (Number(amount) / 100).toFixed(2);
  const { session, donation } = await h.newDonation("ONE_OFF", "custom", { customAmount: pounds, ...fields });
  const ids = newIds();
  await h.deliver(
    stripeEvent(
      "checkout.session.completed",
      paidOneOffSession({
        id: session.id,
        donationId: donation.id,
        amount: Number(amount),
        paymentIntent: ids.paymentIntent,
        customer: ids.customer,
        email: `${donation.id}@example.org`,
        name: "Card Holder",
      }),
      unix(paidAt),
    ),
  );
  return { donation, ids };
}

async function monthly(amount: number, paid: string[], fields: Record<string, string>) {
  const pounds = (amount / 100).toFixed(2);
  const { session, donation } = await h.newDonation("MONTHLY", "custom", { customAmount: pounds, ...fields });
  const ids = newIds();
  const common = { subscription: ids.subscription, donationId: donation.id, amount, customer: ids.customer };
  const invoices = paid.map((at, i) => ({
    at,
    invoice: invoiceObject({ ...common, id: ids.invoices[i], paid: true }),
  }));
  await h.deliverLikeStripe([
    stripeEvent(
      "checkout.session.completed",
      paidMonthlySession({
        id: session.id,
        donationId: donation.id,
        amount,
        ids,
        email: `${donation.id}@example.org`,
        name: "M",
      }),
      unix(paid[0]) - 5,
    ),
    ...invoices.map(({ at, invoice }) => stripeEvent("invoice.paid", invoice, unix(at))),
  ]);
  return { donation, ids, invoices: invoices.map((i) => i.invoice) };
}

async function schedule(claimId: string) {
  let rows = -1;
  const stream = streamGiftAidScheduleCsv(url, claimId, async (n) => {
    rows = n;
  });
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...lines] = parseCsv(text.slice(1));
  return { header, lines, rows };
}

describe("Gift Aid claims", () => {
  it("claims a period's eligible gifts once, lists the rest with reasons, and exports HMRC's schedule", async () => {
    const period = { from: "2025-05-01", to: "2025-05-31" };
    const ann = await oneOff("2500", "2025-05-10T12:00:00Z", declaration("Ann", "House-Martin", "Rose Cottage"));
    // 23:30 UTC on 30 April is 00:30 on 1 May in London: in the period.
    const early = await oneOff("1000", "2025-04-30T23:30:00Z", declaration("Bo", "Early", "2"));
    const refunded = await oneOff("1000", "2025-05-11T12:00:00Z", declaration("Cy", "Refunded", "3"));
    await h.deliver(
      stripeEvent(
        "charge.refunded",
        chargeObject({ paymentIntent: refunded.ids.paymentIntent, amount: 1000, amountRefunded: 1000 }),
        unix("2025-05-12T12:00:00Z"),
      ),
    );
    const noHouse = await oneOff("500", "2025-05-12T12:00:00Z", declaration("Di", "NoHouse", "4"));
    await h.db.donation.update({ where: { id: noHouse.donation.id }, data: { giftAidHouse: null } });
    const noGiftAid = await oneOff("700", "2025-05-13T12:00:00Z");
    // 23:30 UTC on 31 May is 1 June in London: outside the period.
    const late = await oneOff("900", "2025-05-31T23:30:00Z", declaration("Ed", "Late", "5"));
    const pending = await h.newDonation("ONE_OFF", "1000", declaration("Fay", "Unpaid", "6")); // never paid

    const sheet = await giftAidSheet(h.db, period);
    expect(sheet.claimable.map((g) => [g.donationId, g.date])).toEqual([
      [early.donation.id, "2025-05-01"],
      [ann.donation.id, "2025-05-10"],
    ]);
    expect(sheet.notClaimable.map((g) => [g.donationId, g.code, g.reason])).toEqual([
      [refunded.donation.id, "refunded", "Refunded."],
      [noHouse.donation.id, "no-house", "No house name or number."],
    ]);
    const listed = [...sheet.claimable, ...sheet.notClaimable].map((g) => g.donationId);
    for (const absent of [noGiftAid.donation.id, late.donation.id, pending.donation.id])
      expect(listed).not.toContain(absent);

    const claim = await createGiftAidClaim(h.db, "treasurer@campaign.example", {
      ...period,
      reference: "2025-05",
      expected: 2,
    });
    expect(claim).toMatchObject({ gifts: 2, total: 3500, leftOver: 0 });
    const { header, lines, rows } = await schedule(claim.id);
    expect(header).toEqual([...GIFT_AID_SCHEDULE_HEADERS]);
    expect(header).toEqual([
      "Title",
      "First name",
      "Last name",
      "House name or number",
      "Postcode",
      "Aggregated donations",
      "Sponsored event",
      "Donation date",
      "Amount",
    ]);
    expect(lines).toEqual([
      ["Ms", "Bo", "Early", "2", "LS1 1AA", "", "", "01/05/25", "10.00"],
      // HMRC asks for a space instead of the hyphen of a double-barrelled name.
      ["Ms", "Ann", "House Martin", "Rose Cottage", "LS1 1AA", "", "", "10/05/25", "25.00"],
    ]);
    expect(rows).toBe(2);

    // The same period again: nothing left, so no claim and no schedule; the claimed gifts say where they went.
    await expect(
      createGiftAidClaim(h.db, "treasurer@campaign.example", { ...period, reference: "2025-05-again", expected: 0 }),
    ).rejects.toThrow(/No gift in that period is left to claim/);
    const again = await giftAidSheet(h.db, period);
    expect(again.claimable).toEqual([]);
    expect(again.notClaimable.filter((g) => g.code === "claimed").map((g) => g.reason)).toEqual([
      "Already claimed, in claim 2025-05.",
      "Already claimed, in claim 2025-05.",
    ]);
    expect(await h.db.giftAidClaim.count({ where: { reference: "2025-05-again" } })).toBe(0);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "gift-aid-claim", target: claim.id } });
    expect(audit).toMatchObject({
      actorEmail: "treasurer@campaign.example",
      details: { reference: "2025-05", from: "2025-05-01", to: "2025-05-31", gifts: 2, totalPence: 3500 },
    });
    // A wider period later still finds them claimed: a gift is never claimed twice.
    const wider = await giftAidSheet(h.db, { from: "2025-04-01", to: "2025-06-30" });
    expect(wider.claimable.map((g) => g.donationId)).toEqual([late.donation.id]);
  });

  it("makes each paid instalment of a monthly gift a line, and holds back refunded ones", async () => {
    const period = { from: "2025-07-01", to: "2025-09-30" };
    const gift = await monthly(
      1000,
      ["2025-07-03T09:00:00Z", "2025-08-03T09:00:00Z", "2025-09-03T09:00:00Z"],
      declaration("Gus", "Monthly", "7"),
    );
    // The second instalment is refunded: Stripe ties its charge to the invoice it paid.
    const pi = `pi_instalment_${gift.ids.invoices[1]}`;
    h.fake.paymentIntents.set(pi, { metadata: {} });
    h.fake.invoicesByPaymentIntent.set(pi, gift.invoices[1]);
    const refund = stripeEvent(
      "charge.refunded",
      chargeObject({ paymentIntent: pi, amount: 1000, amountRefunded: 1000 }),
      unix("2025-08-04T09:00:00Z"),
    );
    expect(await h.deliver(refund)).toMatchObject({ status: 200, body: { result: "applied" } });
    const sheet = await giftAidSheet(h.db, period);
    expect(sheet.claimable.map((g) => [g.date, g.amount])).toEqual([
      ["2025-07-03", 1000],
      ["2025-09-03", 1000],
    ]);
    expect(sheet.notClaimable.map((g) => [g.date, g.code])).toEqual([["2025-08-03", "refunded"]]);

    // A refund Stripe did not tie to an instalment could be any of them: none is claimed.
    await h.db.donation.update({ where: { id: gift.donation.id }, data: { amountRefunded: 2000 } });
    const untied = await giftAidSheet(h.db, period);
    expect(untied.claimable).toEqual([]);
    expect(untied.notClaimable.map((g) => g.code)).toEqual(["unmatched-refund", "refunded", "unmatched-refund"]);
  });

  it("stops claiming once a declaration is cancelled, refuses a stale count and a taken reference", async () => {
    const period = { from: "2025-10-01", to: "2025-10-31" };
    const kept = await oneOff("1500", "2025-10-02T12:00:00Z", declaration("Hal", "Kept", "8"));
    const cancelled = await oneOff("1500", "2025-10-03T12:00:00Z", declaration("Ida", "Cancelled", "9"));
    await cancelDeclaration(h.db, "o@campaign.example", cancelled.donation.id, new Date("2025-11-01T10:00:00Z"));
    await expect(cancelDeclaration(h.db, "o@campaign.example", cancelled.donation.id)).rejects.toThrow(
      /cancelled already/,
    );
    const sheet = await giftAidSheet(h.db, period);
    expect(sheet.claimable.map((g) => g.donationId)).toEqual([kept.donation.id]);
    expect(sheet.notClaimable.map((g) => [g.code, g.reason])).toEqual([
      ["cancelled", "The donor cancelled the declaration on 2025-11-01."],
    ]);
    const claim = (reference: string, expected: number) =>
      createGiftAidClaim(h.db, "o@campaign.example", { ...period, reference, expected });
    await expect(claim("2025-10", 2)).rejects.toThrow(/1 gift can be claimed now, not the 2 you reviewed/);
    await claim("2025-10", 1);
    await expect(claim("2025-10", 1)).rejects.toThrow(/already a claim 2025-10/);
  });

  it("lists an earlier declaration (one name, free address) to complete, and claims it once completed", async () => {
    const period = { from: "2025-11-01", to: "2025-11-30" };
    const earlier = await oneOff("2000", "2025-11-02T12:00:00Z");
    await h.db.donation.update({
      where: { id: earlier.donation.id },
      data: {
        giftAid: true,
        giftAidName: "Jo Earlier",
        giftAidAddress: "Flat 2, 10 High Street\nLeeds",
        giftAidPostcode: "LS1 1AA",
        giftAidDeclarationVersion: "2026-11-28",
        giftAidDeclaredAt: new Date("2025-11-02T11:59:00Z"),
      },
    });
    const sheet = await giftAidSheet(h.db, period);
    expect(sheet.notClaimable).toMatchObject([{ code: "incomplete", name: "Jo Earlier" }]);
    const parts = { title: null, firstName: "Jo", lastName: "Earlier", house: "Flat 2, 10", postcode: "LS1 1AA" };
    await completeDeclaration(h.db, "o@campaign.example", earlier.donation.id, parts);
    expect((await giftAidSheet(h.db, period)).claimable).toMatchObject([{ donationId: earlier.donation.id }]);
    // What the donor typed is kept beside it, and a complete declaration is not completed again.
    expect(await h.db.donation.findUniqueOrThrow({ where: { id: earlier.donation.id } })).toMatchObject({
      giftAidName: "Jo Earlier",
      giftAidAddress: "Flat 2, 10 High Street\nLeeds",
    });
    await expect(completeDeclaration(h.db, "o@campaign.example", earlier.donation.id, parts)).rejects.toThrow(
      /complete already/,
    );
    expect(
      await h.db.auditLog.count({ where: { action: "complete-gift-aid-declaration", target: earlier.donation.id } }),
    ).toBe(1);
  });

  it("lets two organisers pressing at once make one claim, and neutralises hostile names in the schedule", async () => {
    const period = { from: "2025-12-01", to: "2025-12-31" };
    const hostile = await oneOff("1200", "2025-12-02T12:00:00Z", declaration("Kim", "Safe", "10"));
    await h.db.donation.update({
      where: { id: hostile.donation.id },
      data: { giftAidFirstName: "=HYPERLINK(1)", giftAidHouse: "@home" },
    });
    const results = await Promise.allSettled(
      ["2025-12-a", "2025-12-b"].map((reference) =>
        createGiftAidClaim(h.db, "o@campaign.example", { ...period, reference, expected: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await h.db.giftAidClaimGift.count({ where: { donationId: hostile.donation.id } })).toBe(1);
    const made = results.find((r) => r.status === "fulfilled")!;
    const { lines } = await schedule((made as PromiseFulfilledResult<{ id: string }>).value.id);
    expect(lines).toEqual([["Ms", "'=HYPERLINK(1)", "Safe", "'@home", "LS1 1AA", "", "", "02/12/25", "12.00"]]);
  });
});
