import { randomBytes } from "node:crypto";
import { startFakeStripe } from "./fake-stripe";

/**
 * Donations on a bare machine (the zero-setup `npm start`, decided by wantsLocalFakeStripe in
 * lib/env.ts): the project's fake of Stripe's API (lib/testing/fake-stripe.ts) in this process, on a
 * free port, with a test key, so every page and receipt says that no money moves
 * (lib/donations/config.ts, the event's livemode). Gives the settings to run the app with, and
 * `sendWebhooksTo` to call once the app's address is known: the fake's checkout page then tells the
 * app of each gift as Stripe would, through its webhook.
 */
export async function startLocalTestStripe() {
  const fake = await startFakeStripe(0);
  const secret = `whsec_local_${randomBytes(24).toString("hex")}`;
  return {
    settings: {
      DONATIONS_ENABLED: "true",
      STRIPE_SECRET_KEY: "sk_test_local_fake_stripe",
      STRIPE_WEBHOOK_SECRET: secret,
      STRIPE_API_BASE: fake.base,
    },
    sendWebhooksTo: (appUrl: string) => fake.sendWebhooksTo({ url: `${appUrl}/api/stripe/webhook`, secret }),
    stop: fake.close,
  };
}
