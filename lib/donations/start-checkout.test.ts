import { englishOf, saidOf } from "../reasons/reason";
import { describe, expect, it } from "vitest";
import { signerSourceFrom } from "../embed/signer-source";
import { DONATION_CONFIG, setUpDonationsHarness } from "../testing/donations-harness";
import { donateInputSchema } from "./donate-input";
import { startCheckout } from "./start-checkout";

const h = setUpDonationsHarness();

describe("starting a checkout", () => {
  it("creates a PENDING donation and a Checkout Session with price data, metadata and an idempotency key", async () => {
    const { session, donation } = await h.newDonation("MONTHLY", "custom", {
      customAmount: "12.50",
      giftAid: "on",
      giftAidFirstName: " Ann ",
      giftAidLastName: "Lee",
      giftAidHouse: "1",
      giftAidPostcode: "ls1 1aa",
    });
    expect(donation).toMatchObject({
      status: "PENDING",
      amount: 1250,
      frequency: "MONTHLY",
      giftAid: true,
      giftAidTitle: null,
      giftAidFirstName: "Ann",
      giftAidLastName: "Lee",
      giftAidHouse: "1",
      giftAidPostcode: "LS1 1AA",
      giftAidDeclarationVersion: "2026-11-28",
    });
    expect(session.idempotencyKey).toBe(`checkout-${donation.id}`);
    expect(session.params).toMatchObject({
      mode: "subscription",
      "line_items[0][price_data][unit_amount]": "1250",
      "line_items[0][price_data][currency]": "gbp",
      "line_items[0][price_data][recurring][interval]": "month",
      "metadata[donation_id]": donation.id,
      "subscription_data[metadata][donation_id]": donation.id,
      success_url: "http://app.test/donate/thanks?session_id={CHECKOUT_SESSION_ID}",
    });
    expect(Object.keys(session.params).some((k) => k.includes("custom_fields"))).toBe(false);
  });

  it("keeps where the gift came from: the donate page's utm tags and its listed partner origin", async () => {
    const referer = "http://app.test/donate?origin=https%3A%2F%2Fpartner.org&utm_source=news&utm_campaign=spring";
    const source = signerSourceFrom(new Headers({ referer }), ["https://partner.org"]);
    const input = donateInputSchema(DONATION_CONFIG).parse({ frequency: "ONE_OFF", amount: "1000" });
    const url = await startCheckout(h.db, h.stripe(), DONATION_CONFIG, input, "http://app.test", source);
    const session = h.fake.sessions.find((s) => url.endsWith(s.id))!;
    expect(
      await h.db.donation.findUniqueOrThrow({
        where: { stripeCheckoutSessionId: session.id },
        select: { utmSource: true, utmMedium: true, utmCampaign: true, embedOrigin: true },
      }),
    ).toEqual({ utmSource: "news", utmMedium: null, utmCampaign: "spring", embedOrigin: "https://partner.org" });
  });

  it("sends a donor who gave from the Burmese page back to the Burmese pages", async () => {
    const input = donateInputSchema(DONATION_CONFIG).parse({ frequency: "ONE_OFF", amount: "1000", lang: "my" });
    const url = await startCheckout(h.db, h.stripe(), DONATION_CONFIG, input, "http://app.test");
    const session = h.fake.sessions.find((s) => url.endsWith(s.id))!;
    expect(session.params).toMatchObject({
      success_url: "http://app.test/my/donate/thanks?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://app.test/my/donate?cancelled=1",
    });
    expect(
      donateInputSchema(DONATION_CONFIG).safeParse({ frequency: "ONE_OFF", amount: "1000", lang: "xx" }).success,
    ).toBe(false);
  });

  it("stores a Gift Aid name and address typed in Zawgyi as Unicode", async () => {
    const { donation } = await h.newDonation("ONE_OFF", "500", {
      giftAid: "on",
      giftAidFirstName: "ေဒၚ", // Zawgyi for ဒေါ်
      giftAidLastName: "ေအာင္", // Zawgyi for အောင်
      giftAidHouse: "1 ျမန္မာ House", // Zawgyi for မြန်မာ
      giftAidPostcode: "ls1 1aa",
    });
    expect(donation).toMatchObject({
      giftAidFirstName: "ဒေါ်",
      giftAidLastName: "အောင်",
      giftAidHouse: "1 မြန်မာ House",
    });
  });

  it("rejects amounts outside the bounds and unknown presets, in words", () => {
    const schema = donateInputSchema(DONATION_CONFIG);
    const message = (input: object) => {
      const r = schema.safeParse(input);
      return r.success ? null : englishOf(saidOf(r.error.issues[0].message));
    };
    expect(message({ frequency: "ONE_OFF", amount: "custom", customAmount: "1.99" })).toBe(
      "Please give between £2 and £10,000.",
    );
    expect(message({ frequency: "ONE_OFF", amount: "custom", customAmount: "10000.01" })).toBe(
      "Please give between £2 and £10,000.",
    );
    expect(message({ frequency: "ONE_OFF", amount: "custom", customAmount: "ten" })).toMatch(
      /Enter an amount in pounds/,
    );
    expect(message({ frequency: "ONE_OFF", amount: "999" })).toBe("Choose one of the amounts, or enter your own.");
    expect(message({ frequency: "WEEKLY", amount: "500" })).toBe("Choose a one-off or a monthly gift.");
    expect(schema.parse({ frequency: "ONE_OFF", amount: "custom", customAmount: "£1,000.5" }).amountMinor).toBe(100050);
  });

  it("says so, and keeps no half-made donation alive, when Stripe refuses", async () => {
    h.fake.control.failNext = 1;
    const input = donateInputSchema(DONATION_CONFIG).parse({ frequency: "ONE_OFF", amount: "500" });
    await expect(startCheckout(h.db, h.stripe(), DONATION_CONFIG, input, "http://app.test")).rejects.toThrow(
      /could not reach our payment provider/,
    );
    expect(await h.db.donation.count({ where: { status: "PENDING", stripeCheckoutSessionId: null } })).toBe(0);
  });
});
