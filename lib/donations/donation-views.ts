import type Stripe from "stripe";
import type { PrismaClient } from "../db/client";
import { hashToken } from "../crypto/tokens";
import { localPath, type TLang } from "../i18n/languages";
import { emailForAccessToken } from "../privacy/data-access";

/** What the thank-you page may show about a checkout: its gift's state and amount, nothing personal. */
export function findGiftByCheckoutSession(db: PrismaClient, sessionId: string) {
  if (!/^cs_[A-Za-z0-9_]{1,200}$/.test(sessionId)) return Promise.resolve(null);
  return db.donation.findUnique({
    where: { stripeCheckoutSessionId: sessionId },
    select: { status: true, amount: true, currency: true, frequency: true },
  });
}

/** A Stripe Customer Portal session for the customer; its way back is the donate page in `lang`. */
async function openPortal(stripe: Stripe, customer: string, appUrl: string, lang: TLang): Promise<string> {
  const portal = await stripe.billingPortal.sessions.create({
    customer,
    return_url: `${appUrl}${localPath(lang, "/donate")}`,
  });
  return portal.url;
}

/**
 * Stripe's Customer Portal for the monthly gift an emailed manage link belongs to, or null when the
 * link is not one of ours or has expired (holding the link is the permission). Its way back is the donate page in
 * the language the donor manages it in.
 */
export async function customerPortalUrl(
  db: PrismaClient,
  stripe: Stripe,
  token: string,
  appUrl: string,
  lang: TLang = "en",
  now = Date.now(),
): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const donation = await db.donation.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: { stripeCustomerId: true, manageTokenExpiresAt: true },
  });
  // Working for 7 days from when its email was sent (lib/mail/link-lifetimes.ts); unsent, it is no one's.
  if (!donation?.stripeCustomerId || (donation.manageTokenExpiresAt?.getTime() ?? Infinity) <= now) return null;
  return openPortal(stripe, donation.stripeCustomerId, appUrl, lang);
}

/**
 * Stripe's Customer Portal for a monthly gift, reached from the donor's data-access page once the
 * receipt's manage link has expired (it works 7 days, lib/mail/link-lifetimes.ts): holding a working
 * data-access link to the gift's address is the permission. Null for anyone else's gift.
 */
export async function portalUrlForDataLink(
  db: PrismaClient,
  stripe: Stripe,
  accessToken: string,
  donationId: string,
  appUrl: string,
  lang: TLang = "en",
  now = Date.now(),
): Promise<string | null> {
  const email = await emailForAccessToken(db, accessToken, now);
  if (!email) return null;
  const donation = await db.donation.findFirst({
    where: {
      id: donationId.slice(0, 64),
      frequency: "MONTHLY",
      // A running gift only, as the data page offers (its button is shown for these).
      status: { in: ["ACTIVE", "PAST_DUE"] },
      donorEmail: { equals: email, mode: "insensitive" },
      stripeCustomerId: { not: null },
    },
    select: { stripeCustomerId: true },
  });
  if (!donation?.stripeCustomerId) return null;
  return openPortal(stripe, donation.stripeCustomerId, appUrl, lang);
}
