import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { donationConfig, formatMoney } from "./config";

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
      currency: "gbp",
      minMinor: 100,
      maxMinor: 1_000_000,
      presetsMinor: [300, 700],
      giftAid: true,
    });
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
