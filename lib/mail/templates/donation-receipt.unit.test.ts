import { describe, expect, it } from "vitest";
import { donationReceipt } from "./donation-receipt";

describe("donationReceipt", () => {
  const gift = { name: "Ann", amount: 1000, currency: "gbp", manageUrl: null };

  it("opens by saying no money moved when the gift was made in Stripe's test mode", () => {
    const { subject, text } = donationReceipt({ ...gift, testMode: true });
    expect(text).toMatch(/^Test — no money moves: .*nothing was charged\.\n\nDear Ann,/);
    expect(subject).toBe("Thank you for your gift");
  });

  it("says nothing of the kind for a real gift", () => {
    expect(donationReceipt({ ...gift, testMode: false }).text).not.toMatch(/test|no money/i);
    expect(donationReceipt(gift).text).toMatch(/^Dear Ann,\n\nThank you for your gift of £10 /);
  });
});
