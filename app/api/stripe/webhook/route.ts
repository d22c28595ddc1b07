import { getDb } from "@/lib/db/get-db";
import { donationConfig } from "@/lib/donations/config";
import { handleStripeWebhook } from "@/lib/donations/handle-webhook";
import { getStripe } from "@/lib/donations/stripe-from-env";
import { getEnv } from "@/lib/env";
import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, webBodySource } from "@/lib/http/read-body";

// Public endpoint for Stripe: who is asking is proven by the signature over the raw body, checked
// before anything is read or written.
export async function POST(request: Request) {
  const env = getEnv();
  const stripe = getStripe();
  if (!donationConfig(env).enabled || !stripe || !env.STRIPE_WEBHOOK_SECRET) {
    return Response.json({ error: "Donations are not configured here." }, { status: 400 });
  }
  let body: string;
  try {
    body = await webBodySource(request).readText(BODY_LIMITS.stripeWebhook);
  } catch (error) {
    return errorResponse(error); // too large: 413, read no further
  }
  const result = await handleStripeWebhook(
    getDb(),
    stripe,
    env.STRIPE_WEBHOOK_SECRET,
    body,
    request.headers.get("stripe-signature"),
    { appUrl: env.APP_URL, secret: env.AUTH_SECRET },
  );
  return Response.json(result.body, { status: result.status });
}
