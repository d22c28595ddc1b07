// Pure. Whether one gift can go on a Gift Aid claim, and if not, why. A gift is a one-off donation,
// or one paid instalment of a monthly donation (each instalment is a gift of its own to HMRC, dated
// the day it was paid, so each is a line of the schedule).
import { normaliseUkPostcode } from "../text/uk-postcode";
import { formatMoney } from "../i18n/format-money";
import { GIFT_AID_DECLARATIONS } from "../i18n/gift-aid-declarations";

export type TGiftCandidate = {
  /** "donation:<id>" for a one-off gift, "payment:<id>" for an instalment: unique across claims. */
  key: string;
  donationId: string;
  paymentId: string | null;
  amount: number;
  currency: string;
  paidAt: Date;
  /** What was paid back of this gift. */
  refunded: number;
  /** A monthly donation with refunds Stripe did not tie to an instalment: any of them may be the one. */
  unmatchedRefund: boolean;
  declaration: {
    version: string | null;
    cancelledAt: Date | null;
    title: string | null;
    firstName: string | null;
    lastName: string | null;
    house: string | null;
    postcode: string | null;
    /** A declaration from before the form asked for first and last name and house separately. */
    legacyName: string | null;
  };
  /** The reference of the claim it is already in. */
  claimedIn: string | null;
};

export type TReasonCode =
  | "claimed"
  | "refunded"
  | "partly-refunded"
  | "unmatched-refund"
  | "not-pounds"
  | "cancelled"
  | "no-wording"
  | "incomplete"
  | "no-house"
  | "no-postcode";

/** One line of HMRC's schedule: the donor as declared, the gift's date (YYYY-MM-DD, UK time) and amount. */
export type TScheduleLine = {
  title: string | null;
  firstName: string;
  lastName: string;
  house: string;
  postcode: string;
  date: string;
  amount: number;
};

export type TGiftVerdict =
  { claimable: true; line: TScheduleLine } | { claimable: false; code: TReasonCode; reason: string };

const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The UK calendar day of an instant, as YYYY-MM-DD: a gift at 00:30 BST is that day's, not the day before. */
export function ukDate(at: Date): string {
  const part = (type: string) => LONDON.formatToParts(at).find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

const no = (code: TReasonCode, reason: string): TGiftVerdict => ({ claimable: false, code, reason });

export function judgeGift(gift: TGiftCandidate): TGiftVerdict {
  const d = gift.declaration;
  if (gift.claimedIn) return no("claimed", `Already claimed, in claim ${gift.claimedIn}.`);
  if (gift.refunded >= gift.amount) return no("refunded", "Refunded.");
  if (gift.refunded > 0)
    return no(
      "partly-refunded",
      `Partly refunded (${formatMoney(gift.refunded, gift.currency)} of ` +
        `${formatMoney(gift.amount, gift.currency)}): claim what was kept by hand, if at all.`,
    );
  if (gift.unmatchedRefund)
    return no("unmatched-refund", "A refund on this monthly gift is not tied to an instalment: check it in Stripe.");
  if (gift.currency !== "gbp") return no("not-pounds", "Not given in pounds.");
  if (d.cancelledAt) return no("cancelled", `The donor cancelled the declaration on ${ukDate(d.cancelledAt)}.`);
  if (!d.version || !(d.version in GIFT_AID_DECLARATIONS))
    return no("no-wording", "No record of the declaration's wording.");
  if (!d.firstName || !d.lastName)
    return no(
      "incomplete",
      d.legacyName
        ? "An earlier declaration (one name, free address): complete it from what the donor gave."
        : "No first and last name.",
    );
  if (!d.house) return no("no-house", "No house name or number.");
  const postcode = normaliseUkPostcode(d.postcode ?? "");
  if (!postcode) return no("no-postcode", "No valid UK postcode.");
  return {
    claimable: true,
    line: {
      title: d.title || null,
      firstName: d.firstName,
      lastName: d.lastName,
      house: d.house,
      postcode,
      date: ukDate(gift.paidAt),
      amount: gift.amount,
    },
  };
}

/** The period a claim most often covers: the UK tax year so far (from 6 April). */
export function taxYearSoFar(now: Date): { from: string; to: string } {
  const today = ukDate(now);
  const year = Number(today.slice(0, 4));
  return { from: `${today.slice(5) >= "04-06" ? year : year - 1}-04-06`, to: today };
}

/** "1 gift", "2 gifts", "1,000 gifts". */
export const giftCount = (n: number) => `${n.toLocaleString("en-GB")} gift${n === 1 ? "" : "s"}`;
