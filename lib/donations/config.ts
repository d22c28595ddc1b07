import type { TEnv } from "../env";
import { isStripeTestKey } from "./stripe-dashboard";

export type TDonationConfig = {
  enabled: boolean;
  /** Stripe's test mode (a test key, as the zero-setup `npm start` uses): pages say that no money moves. */
  testMode: boolean;
  currency: string;
  minMinor: number;
  maxMinor: number;
  presetsMinor: number[];
  giftAid: boolean;
};

/** Donations are on only when switched on and Stripe's keys are there (production refuses to start otherwise). */
export function donationConfig(env: TEnv): TDonationConfig {
  const enabled = env.DONATIONS_ENABLED && !!env.STRIPE_SECRET_KEY && !!env.STRIPE_WEBHOOK_SECRET;
  return {
    enabled,
    testMode: enabled && isStripeTestKey(env.STRIPE_SECRET_KEY),
    currency: env.DONATION_CURRENCY,
    minMinor: env.DONATION_MIN_MINOR,
    maxMinor: env.DONATION_MAX_MINOR,
    presetsMinor: env.DONATION_PRESETS_MINOR,
    giftAid: env.GIFT_AID_ENABLED && env.DONATION_CURRENCY === "gbp",
  };
}
