import type Stripe from "stripe";
import type { PrismaClient } from "../db/client";
import { errorKind, getLogger } from "../observability/logger";
import type { TLinkSettings } from "../mail/link-tokens";
import { applyStripeEvent } from "./apply-stripe-event";
import { refundOwner } from "./refund-owner";

export type TWebhookResult = { status: number; body: Record<string, unknown> };

/**
 * Verifies Stripe's signature over the raw body (SDK default tolerance), then applies the event.
 * Bad signature → 400 and nothing written; an event about none of our donations → 200 "ignored"
 * and nothing written; our own failure (database, Stripe unreachable, a donation not recorded yet)
 * → 500 so Stripe delivers it again.
 */
export async function handleStripeWebhook(
  db: PrismaClient,
  stripe: Stripe,
  secret: string,
  rawBody: string,
  signature: string | null,
  links: TLinkSettings,
): Promise<TWebhookResult> {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch {
    return { status: 400, body: { error: "The signature does not match this payload." } };
  }
  try {
    const owner = event.type === "charge.refunded" ? await refundOwner(db, stripe, event.data.object) : null;
    return { status: 200, body: { received: true, result: await applyStripeEvent(db, event, links, owner) } };
  } catch (error) {
    getLogger().error(
      { ...errorKind(error), event: event.id, type: event.type },
      "Stripe event not applied; Stripe retries",
    );
    return { status: 500, body: { error: "Not processed; please retry." } };
  }
}
