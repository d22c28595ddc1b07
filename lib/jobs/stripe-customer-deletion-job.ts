import type Stripe from "stripe";
import { createStripe } from "../donations/stripe-client";
import { deleteQueuedStripeCustomers, readStripeDeletionQueue } from "../donations/stripe-customer-deletions";
import type { TJob } from "./job";

let stripe: Stripe | undefined;

/**
 * Deletes erased donors' Stripe customers, retrying each after a failure (longer each time). Without
 * STRIPE_SECRET_KEY they wait in the queue, as emails wait without SMTP.
 */
export const stripeCustomerDeletionJob: TJob = {
  name: "stripe-customer-deletion",
  intervalMs: 60_000,
  run: async ({ db, env, now }) => {
    if (!env.STRIPE_SECRET_KEY) return;
    stripe ??= createStripe(env.STRIPE_SECRET_KEY, env.STRIPE_API_BASE);
    await deleteQueuedStripeCustomers(db, stripe, now());
  },
  queue: ({ db }) => readStripeDeletionQueue(db),
};
