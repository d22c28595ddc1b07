import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { CAMPAIGN_SLUG } from "../campaign/campaign-slug";
import type { PrismaClient } from "../db/client";
import { NO_SOURCE, type TSignerSource } from "../embed/signer-source";
import { AppError } from "../errors";
import { localPath } from "../i18n/languages";
import { errorKind, getLogger } from "../observability/logger";
import type { TDonationConfig } from "./config";
import type { TDonateInput } from "./donate-input";
import { CURRENT_GIFT_AID_VERSION } from "../i18n/gift-aid-declarations";

/**
 * Records the intended gift (PENDING) and creates its Stripe Checkout Session. The donation id is
 * the idempotency key and travels in every metadata field Stripe copies onto later events, so
 * webhooks find the donation whatever order they arrive in. Returns Stripe's checkout URL.
 */
export async function startCheckout(
  db: PrismaClient,
  stripe: Stripe,
  config: TDonationConfig,
  input: TDonateInput,
  appUrl: string,
  source: TSignerSource = NO_SOURCE,
): Promise<string> {
  const campaign = await db.campaign.findUniqueOrThrow({
    where: { slug: CAMPAIGN_SLUG },
    select: { id: true, title: true },
  });
  const id = randomUUID();
  await db.donation.create({
    data: {
      id,
      campaignId: campaign.id,
      frequency: input.frequency,
      amount: input.amountMinor,
      currency: config.currency,
      sourcePath: input.sourcePath ?? null,
      ...source,
      ...(input.giftAid
        ? {
            giftAid: true,
            giftAidTitle: input.giftAid.title,
            giftAidFirstName: input.giftAid.firstName,
            giftAidLastName: input.giftAid.lastName,
            giftAidHouse: input.giftAid.house,
            giftAidPostcode: input.giftAid.postcode,
            giftAidDeclarationVersion: CURRENT_GIFT_AID_VERSION,
            giftAidDeclaredAt: new Date(),
          }
        : {}),
    },
  });
  const metadata = { donation_id: id, campaign: CAMPAIGN_SLUG, source: input.sourcePath ?? "" };
  const monthly = input.frequency === "MONTHLY";
  let session: Stripe.Checkout.Session;
  try {
    session = await stripe.checkout.sessions.create(
      {
        mode: monthly ? "subscription" : "payment",
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: config.currency,
              unit_amount: input.amountMinor,
              product_data: { name: monthly ? `Monthly gift: ${campaign.title}` : `Gift: ${campaign.title}` },
              ...(monthly ? { recurring: { interval: "month" as const } } : {}),
            },
          },
        ],
        client_reference_id: id,
        metadata,
        ...(monthly
          ? { subscription_data: { metadata } }
          : { payment_intent_data: { metadata }, customer_creation: "always" as const }),
        success_url: `${appUrl}${localPath(input.lang, "/donate/thanks")}?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${appUrl}${localPath(input.lang, "/donate")}?cancelled=1`,
      },
      { idempotencyKey: `checkout-${id}` },
    );
  } catch (error) {
    getLogger().error(errorKind(error), "Stripe checkout session failed");
    await db.donation.update({ where: { id }, data: { status: "FAILED" } });
    throw new AppError("UNAVAILABLE", "paymentProviderUnreachable");
  }
  await db.donation.update({ where: { id }, data: { stripeCheckoutSessionId: session.id } });
  if (!session.url) throw new AppError("UNAVAILABLE", "paymentProviderNoCheckout");
  return session.url;
}
