import { EnglishOnly } from "@/components/layout/EnglishOnly";
import { countNamedInBriefing } from "@/lib/campaign/status-wording";
import type { Metadata } from "next";
import Link from "next/link";
import { ShareLinks } from "@/components/share/ShareLinks";
import { getCampaignOverview } from "@/lib/campaign/queries";
import { getDb } from "@/lib/db/get-db";
import { formatMoney } from "@/lib/donations/config";
import { findGiftByCheckoutSession } from "@/lib/donations/donation-views";
import { campaignShareText } from "@/lib/share/share-copy";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };
export const dynamic = "force-dynamic";

const CONFIRMED = new Set(["SUCCEEDED", "ACTIVE"]);

// Public: shows what Stripe has told us about this checkout; it records nothing itself.
export default async function DonateThanksPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sessionId = (await searchParams).session_id;
  const donation = typeof sessionId === "string" ? await findGiftByCheckoutSession(getDb(), sessionId) : null;
  const confirmed = donation && CONFIRMED.has(donation.status);
  const campaign = donation && donation.status !== "FAILED" ? await getCampaignOverview() : null;
  return (
    <EnglishOnly params={params}>
      {/* Until Stripe's confirmation arrives, look again every few seconds, without any script. */}
      {donation && !confirmed && donation.status !== "FAILED" ? <meta httpEquiv="refresh" content="4" /> : null}
      <h1>Thank you</h1>
      {!donation ? (
        <p data-testid="donation-state">
          We could not find this payment. If you were charged, Stripe has emailed you a receipt.
        </p>
      ) : confirmed ? (
        <p data-testid="donation-state">
          Your {donation.frequency === "MONTHLY" ? "monthly " : ""}gift of{" "}
          {formatMoney(donation.amount, donation.currency)} is confirmed. Thank you for standing with the people of
          Burma.
        </p>
      ) : donation.status === "FAILED" ? (
        <p data-testid="donation-state">
          Your payment did not go through, and nothing was taken. <Link href="/donate">Try again</Link>.
        </p>
      ) : (
        <p data-testid="donation-state">
          Thank you — we are confirming your gift with our payment provider. This page updates by itself.
        </p>
      )}
      {campaign ? (
        <section aria-labelledby="share-heading">
          <h2 id="share-heading">Ask others to join you</h2>
          {/* The campaign, not the gift: nothing shared says that this person gave. */}
          <ShareLinks
            path="/"
            title={campaign.title}
            text={campaignShareText(countNamedInBriefing(campaign.countries))}
          />
        </section>
      ) : null}
      <p>
        <Link href="/">Back to the campaign</Link>
      </p>
    </EnglishOnly>
  );
}
