import { afterAll, beforeAll, expect } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/client";
import type { TDonationConfig } from "../donations/config";
import { donateInputSchema } from "../donations/donate-input";
import { handleStripeWebhook } from "../donations/handle-webhook";
import { startCheckout } from "../donations/start-checkout";
import { createStripe } from "../donations/stripe-client";
import { startFakeStripe } from "./fake-stripe";
import { LINKS } from "./petition-fixtures";
import { signEvent } from "./stripe-events";

export const WEBHOOK_SECRET = "whsec_test_secret_for_integration";
export const DONATION_CONFIG: TDonationConfig = {
  enabled: true,
  testMode: true,
  currency: "gbp",
  minMinor: 200,
  maxMinor: 1_000_000,
  presetsMinor: [500, 1000, 2500, 5000],
  giftAid: true,
};

/**
 * For a donations test file: its database client, the fake Stripe API on a port of its own, and
 * helpers that start a checkout and deliver signed events as Stripe would. Call at the top of a file.
 */
export function setUpDonationsHarness() {
  const h = {
    db: undefined as unknown as PrismaClient,
    fake: undefined as unknown as Awaited<ReturnType<typeof startFakeStripe>>,
    /** Every event type this file saw applied to a donation. */
    applied: new Set<string>(),
    stripe: () => createStripe("sk_test_integration", h.fake.base),
    async newDonation(frequency: "ONE_OFF" | "MONTHLY", amount = "1000", extra: Record<string, string> = {}) {
      const input = donateInputSchema(DONATION_CONFIG).parse({ frequency, amount, sourcePath: "/donate", ...extra });
      const url = await startCheckout(h.db, h.stripe(), DONATION_CONFIG, input, "http://app.test");
      const session = h.fake.sessions.find((s) => url.endsWith(s.id))!;
      const donation = await h.db.donation.findUniqueOrThrow({ where: { stripeCheckoutSessionId: session.id } });
      return { session, donation };
    },
    async deliver(event: object) {
      const { payload, signature } = signEvent(event, WEBHOOK_SECRET);
      const result = await handleStripeWebhook(h.db, h.stripe(), WEBHOOK_SECRET, payload, signature, LINKS);
      if (result.body.result === "applied") h.applied.add((event as { type: string }).type);
      return result;
    },
    /** Like Stripe: each event three times, shuffled, several at once; failed deliveries retried until they succeed. */
    async deliverLikeStripe(events: object[]) {
      const deliveries = events.flatMap((e) => [e, e, e]).sort(() => Math.random() - 0.5);
      const retry: object[] = [];
      for (let i = 0; i < deliveries.length; i += 4) {
        const batch = deliveries.slice(i, i + 4);
        const results = await Promise.all(batch.map((e) => h.deliver(e)));
        results.forEach((r, j) => (r.status === 500 ? retry.push(batch[j]) : expect(r.status).toBe(200)));
      }
      for (let round = 0; retry.length && round < 10; round++) {
        const again = retry.splice(0);
        for (const event of again) if ((await h.deliver(event)).status === 500) retry.push(event);
      }
      expect(retry).toEqual([]);
    },
  };
  beforeAll(async () => {
    h.db = createPrismaClient(process.env.DATABASE_URL!, 8);
    h.fake = await startFakeStripe(0);
  });
  afterAll(async () => {
    await h.fake.close();
    await h.db.$disconnect();
  });
  return h;
}
