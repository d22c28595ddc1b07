"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { donationConfig } from "@/lib/donations/config";
import { donateInputSchema } from "@/lib/donations/donate-input";
import { startCheckout } from "@/lib/donations/start-checkout";
import { getStripe } from "@/lib/donations/stripe-from-env";
import { hashToken } from "@/lib/crypto/tokens";
import { getEnv } from "@/lib/env";
import { userErrorOf } from "@/lib/errors";
import { hashClientAddress } from "@/lib/http/client-address";
import { formStrings } from "@/lib/http/form-strings";
import { limitDonationStarts } from "@/lib/rate-limit/abuse-limits";
import type { TDonateFormState } from "@/components/donate/donate-form-state";

const ECHOED = [
  "frequency",
  "amount",
  "customAmount",
  "giftAid",
  "giftAidName",
  "giftAidAddress",
  "giftAidPostcode",
] as const;

// Public: anyone may give. Input parsed with zod against the configured bounds; Stripe takes the payment.
export async function startDonationAction(_previous: TDonateFormState, formData: FormData): Promise<TDonateFormState> {
  const env = getEnv();
  const config = donationConfig(env);
  const stripe = getStripe();
  if (!config.enabled || !stripe) return { status: "error", message: "Donations are not switched on for this site." };
  const raw = formStrings(formData);
  const values = Object.fromEntries(ECHOED.map((key) => [key, (raw[key] ?? "").slice(0, 300)]));
  const parsed = donateInputSchema(config).safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "form")] ??= issue.message;
    return { status: "error", message: "Please check the highlighted details.", fields, values };
  }
  let url: string;
  try {
    await limitDonationStarts(getDb(), hashClientAddress(await headers(), env.IP_HASH_SECRET));
    url = await startCheckout(getDb(), stripe, config, parsed.data, env.APP_URL);
  } catch (error) {
    const userError = userErrorOf(error);
    if (userError) return { status: "error", message: userError.message, values };
    console.error(error);
    return {
      status: "error",
      message: "Something went wrong on our side and nothing was charged. Please try again in a minute.",
      values,
    };
  }
  redirect(url);
}

// Public: holding the emailed token is the permission to manage that one monthly gift.
export async function manageDonationAction(formData: FormData) {
  const token = String(formData.get("token") ?? "").slice(0, 200);
  const stripe = getStripe();
  const donation = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await getDb().donation.findUnique({
        where: { manageTokenHash: hashToken(token) },
        select: { stripeCustomerId: true },
      })
    : null;
  if (!stripe || !donation?.stripeCustomerId) redirect(`/donate/manage/${encodeURIComponent(token)}?error=1`);
  const portal = await stripe.billingPortal.sessions.create({
    customer: donation.stripeCustomerId,
    return_url: `${getEnv().APP_URL}/donate`,
  });
  redirect(portal.url);
}
