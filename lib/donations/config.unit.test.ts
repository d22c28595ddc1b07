import { describe, expect, it } from "vitest";
import { parseEnv, wantsLocalFakeStripe } from "../env";
import { donationConfig } from "./config";
import { formatMoney } from "../i18n/format-money";

describe("donationConfig", () => {
  it("is off on a bare machine, and off while a key is missing", () => {
    expect(donationConfig(parseEnv({ DATABASE_URL: "postgres://x" })).enabled).toBe(false);
    expect(
      donationConfig(
        parseEnv({ DATABASE_URL: "postgres://x", DONATIONS_ENABLED: "true", STRIPE_SECRET_KEY: "sk_test_1" }),
      ).enabled,
    ).toBe(false);
  });

  it("is on with the switch and both keys, with the configured bounds and presets", () => {
    const config = donationConfig(
      parseEnv({
        DATABASE_URL: "postgres://x",
        DONATIONS_ENABLED: "true",
        STRIPE_SECRET_KEY: "sk_test_1",
        STRIPE_WEBHOOK_SECRET: "whsec_1",
        DONATION_PRESETS_MINOR: "300, 700",
        DONATION_MIN_MINOR: "100",
        GIFT_AID_ENABLED: "true",
      }),
    );
    expect(config).toEqual({
      enabled: true,
      testMode: true,
      currency: "gbp",
      minMinor: 100,
      maxMinor: 1_000_000,
      presetsMinor: [300, 700],
      giftAid: true,
    });
  });

  it("says test mode for a test key only", () => {
    const on = { DATABASE_URL: "postgres://x", DONATIONS_ENABLED: "true", STRIPE_WEBHOOK_SECRET: "whsec_1" };
    expect(donationConfig(parseEnv({ ...on, STRIPE_SECRET_KEY: "sk_live_1" })).testMode).toBe(false);
    expect(donationConfig(parseEnv({ ...on, STRIPE_SECRET_KEY: "rk_test_1" })).testMode).toBe(true);
    expect(donationConfig(parseEnv({ DATABASE_URL: "postgres://x", STRIPE_SECRET_KEY: "sk_test_1" })).testMode).toBe(
      false,
    );
  });

  it("runs against the local fake of Stripe only in the zero-setup start, never with DATABASE_URL set", () => {
    expect(wantsLocalFakeStripe({})).toBe(true);
    expect(wantsLocalFakeStripe({ DONATIONS_ENABLED: "true" })).toBe(true);
    // A deployment: donations stay off without keys, as before.
    expect(wantsLocalFakeStripe({ DATABASE_URL: "postgres://x" })).toBe(false);
    expect(donationConfig(parseEnv({ DATABASE_URL: "postgres://x", DONATIONS_ENABLED: "true" })).enabled).toBe(false);
    // Keys of one's own, or donations switched off, are the person's choice.
    expect(wantsLocalFakeStripe({ STRIPE_SECRET_KEY: "sk_test_1" })).toBe(false);
    expect(wantsLocalFakeStripe({ STRIPE_WEBHOOK_SECRET: "whsec_1" })).toBe(false);
    expect(wantsLocalFakeStripe({ STRIPE_API_BASE: "http://127.0.0.1:1" })).toBe(false);
    expect(wantsLocalFakeStripe({ DONATIONS_ENABLED: "false" })).toBe(false);
    expect(wantsLocalFakeStripe({ DONATIONS_ENABLED: "0" })).toBe(false);
  });

  it("offers Gift Aid only for gifts in pounds", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://x", GIFT_AID_ENABLED: "true", DONATION_CURRENCY: "EUR" });
    expect(donationConfig(env)).toMatchObject({ currency: "eur", giftAid: false });
  });

  it("writes amounts the way a UK reader expects", () => {
    expect([
      formatMoney(1000, "gbp"),
      formatMoney(1050, "gbp"),
      formatMoney(1_000_000, "gbp"),
      formatMoney(500, "eur"),
    ]).toEqual(["£10", "£10.50", "£10,000", "€5"]);
  });
});
