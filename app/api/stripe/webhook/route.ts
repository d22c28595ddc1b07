import { getDb } from "@/lib/db";
import { applyStripeEvent } from "@/lib/donations/apply-stripe-event";
import { donationConfig } from "@/lib/donations/config";
import { getStripe } from "@/lib/donations/stripe-from-env";
import { getEnv } from "@/lib/env";

// Public endpoint for Stripe: who is asking is proven by the signature over the raw body, checked
// before anything is read or written.
export async function POST(request: Request) {
  const env = getEnv();
  const stripe = getStripe();
  if (!donationConfig(env).enabled || !stripe || !env.STRIPE_WEBHOOK_SECRET) {
    return Response.json({ error: "Donations are not configured here." }, { status: 400 });
  }
  const body = await request.text();
  let event;
  try {
    event = stripe.webhooks.constructEvent(body, request.headers.get("stripe-signature") ?? "", env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return Response.json({ error: "The signature does not match this payload." }, { status: 400 });
  }
  try {
    const result = await applyStripeEvent(getDb(), event, env.APP_URL);
    return Response.json({ received: true, result });
  } catch (error) {
    // Our failure, not Stripe's: a 500 makes Stripe deliver the event again later.
    console.error(`Stripe event ${event.id} (${event.type}) failed:`, (error as Error).message);
    return Response.json({ error: "Not processed; please retry." }, { status: 500 });
  }
}
