import { englishOf, saidOf } from "../reasons/reason";
import { describe, expect, it } from "vitest";
import { DONATION_CONFIG } from "../testing/donations-harness";
import { donateInputSchema } from "./donate-input";
import { ZDeclarationFields } from "./gift-aid-declaration";
import { judgeGift, taxYearSoFar, ukDate, type TGiftCandidate } from "./gift-aid-rules";

const gift = (o: Partial<TGiftCandidate> = {}, d: Partial<TGiftCandidate["declaration"]> = {}): TGiftCandidate => ({
  key: "donation:d1",
  donationId: "d1",
  paymentId: null,
  amount: 2500,
  currency: "gbp",
  paidAt: new Date("2026-06-30T23:30:00Z"),
  refunded: 0,
  unmatchedRefund: false,
  claimedIn: null,
  ...o,
  declaration: {
    version: "2026-11-28",
    cancelledAt: null,
    title: "Ms",
    firstName: "Ann",
    lastName: "Lee",
    house: "1",
    postcode: "ls1 1aa",
    legacyName: null,
    ...d,
  },
});

describe("which gifts can be claimed", () => {
  it("claims a paid gift with a current, complete declaration, dated on the UK day it was paid", () => {
    expect(judgeGift(gift())).toEqual({
      claimable: true,
      // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
      line: {
        title: "Ms",
        firstName: "Ann",
        lastName: "Lee",
        house: "1",
        postcode: "LS1 1AA",
        date: "2026-07-01",
        amount: 2500,
      },
    });
    expect(judgeGift(gift({}, { title: "" }))).toMatchObject({ claimable: true, line: { title: null } });
  });

  it("gives each reason a gift is not claimable, in words", () => {
    const cases: [TGiftCandidate, string, RegExp][] = [
      [gift({ claimedIn: "2026-Q2" }), "claimed", /Already claimed, in claim 2026-Q2/],
      [gift({ refunded: 2500 }), "refunded", /^Refunded\.$/],
      [gift({ refunded: 500 }), "partly-refunded", /Partly refunded \(£5 of £25\)/],
      [gift({ unmatchedRefund: true, paymentId: "p1" }), "unmatched-refund", /not tied to an instalment/],
      [gift({ currency: "eur" }), "not-pounds", /Not given in pounds/],
      [
        gift({}, { cancelledAt: new Date("2026-08-01T12:00:00Z") }),
        "cancelled",
        /cancelled the declaration on 2026-08-01/,
      ],
      [gift({}, { version: null }), "no-wording", /wording/],
      [gift({}, { version: "1999-01-01" }), "no-wording", /wording/],
      [gift({}, { firstName: null, lastName: null, legacyName: "Ann Lee" }), "incomplete", /earlier declaration/],
      [gift({}, { lastName: null }), "incomplete", /No first and last name/],
      [gift({}, { house: null }), "no-house", /No house name or number/],
      [gift({}, { house: "" }), "no-house", /No house name or number/],
      [gift({}, { postcode: "75001" }), "no-postcode", /No valid UK postcode/],
      [gift({}, { postcode: null }), "no-postcode", /No valid UK postcode/],
    ];
    for (const [candidate, code, reason] of cases) {
      const verdict = judgeGift(candidate);
      expect(verdict, code).toMatchObject({ claimable: false, code });
      expect(verdict.claimable ? "" : verdict.reason, code).toMatch(reason);
    }
  });

  it("says first that a gift was claimed, then that it was refunded, before what its declaration lacks", () => {
    expect(judgeGift(gift({ claimedIn: "A", refunded: 2500 }, { house: null }))).toMatchObject({ code: "claimed" });
    expect(judgeGift(gift({ refunded: 2500 }, { house: null, cancelledAt: new Date() }))).toMatchObject({
      code: "refunded",
    });
    expect(judgeGift(gift({}, { house: null, cancelledAt: new Date() }))).toMatchObject({ code: "cancelled" });
  });

  it("dates gifts by the UK calendar, in winter and in summer", () => {
    expect(ukDate(new Date("2026-01-31T23:59:59Z"))).toBe("2026-01-31");
    expect(ukDate(new Date("2026-03-29T00:30:00Z"))).toBe("2026-03-29");
    expect(ukDate(new Date("2026-10-24T23:00:00Z"))).toBe("2026-10-25");
    expect(ukDate(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-25");
  });

  it("offers the tax year so far (from 6 April) as the period", () => {
    expect(taxYearSoFar(new Date("2026-11-28T12:00:00Z"))).toEqual({ from: "2026-04-06", to: "2026-11-28" });
    expect(taxYearSoFar(new Date("2027-04-05T12:00:00Z"))).toEqual({ from: "2026-04-06", to: "2027-04-05" });
    expect(taxYearSoFar(new Date("2027-04-06T12:00:00Z"))).toEqual({ from: "2027-04-06", to: "2027-04-06" });
  });
});

describe("the declaration's fields", () => {
  const donate = (fields: Record<string, string>) =>
    donateInputSchema(DONATION_CONFIG).safeParse({ frequency: "ONE_OFF", amount: "1000", giftAid: "on", ...fields });
  const valid = {
    giftAidTitle: "Dr",
    giftAidFirstName: " Ann ",
    giftAidLastName: "House-Martin",
    giftAidHouse: "Rose Cottage",
    giftAidPostcode: "s19 2bd",
  };

  it("takes title (optional), first and last name, house name or number and postcode, as HMRC's schedule does", () => {
    const parsed = donate(valid);
    expect(parsed.success && parsed.data.giftAid).toEqual({
      title: "Dr",
      firstName: "Ann",
      lastName: "House-Martin",
      house: "Rose Cottage",
      postcode: "S19 2BD",
    });
    const untitled = donate({ ...valid, giftAidTitle: "" });
    expect(untitled.success && untitled.data.giftAid?.title).toBeNull();
    // Without the box ticked, nothing of it is kept.
    const unticked = donateInputSchema(DONATION_CONFIG).parse({ frequency: "ONE_OFF", amount: "1000", ...valid });
    expect(unticked.giftAid).toBeNull();
  });

  it("says what is missing or too long, field by field, within HMRC's limits", () => {
    const messages = (fields: Record<string, string>) => {
      const r = donate(fields);
      return r.success
        ? {}
        : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), englishOf(saidOf(i.message))]));
    };
    expect(messages({})).toEqual({
      giftAidFirstName: "Gift Aid needs your first name.",
      giftAidLastName: "Gift Aid needs your last name.",
      giftAidHouse: "Gift Aid needs your house name or number.",
      giftAidPostcode: "Gift Aid needs a valid UK postcode, like SW1A 1AA.",
    });
    expect(
      messages({
        ...valid,
        giftAidTitle: "Professor",
        giftAidFirstName: "A".repeat(36),
        giftAidLastName: "=HYPERLINK(1)",
        giftAidHouse: "H".repeat(41),
      }),
    ).toEqual({
      giftAidTitle: "Please keep your title to 4 characters.",
      giftAidFirstName: "Please keep your first name to 35 characters.",
      giftAidLastName: "Your last name cannot start with =, +, - or @.",
      giftAidHouse: "Please keep your house name or number to 40 characters.",
    });
    expect(messages({ ...valid, giftAidFirstName: "A".repeat(35), giftAidHouse: "H".repeat(40) })).toEqual({});
  });

  it("holds an organiser completing an earlier declaration to the same rules", () => {
    expect(ZDeclarationFields.parse(valid)).toMatchObject({ firstName: "Ann", postcode: "S19 2BD" });
    expect(ZDeclarationFields.safeParse({ ...valid, giftAidHouse: "" }).success).toBe(false);
  });
});
