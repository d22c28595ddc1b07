import type { Metadata } from "next";
import { PageLink as Link } from "@/components/ui/PageLink";
import { ShareLinks } from "@/components/share/ShareLinks";
import { AutoRefresh } from "@/components/ui/AutoRefresh";
import { Filled } from "@/components/ui/Filled";
import { getCampaignOverview } from "@/lib/campaign/queries";
import { countNamedInBriefing } from "@/lib/campaign/status-wording";
import { getDb } from "@/lib/db/get-db";
import { getEnv } from "@/lib/env";
import { donationConfig } from "@/lib/donations/config";
import { formatMoney } from "@/lib/i18n/format-money";
import { findGiftByCheckoutSession } from "@/lib/donations/donation-views";
import { loadTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/text/fill";
import { localPath, langOf } from "@/lib/i18n/languages";
import { formatNumberIn, messagesFor } from "@/lib/i18n/messages";
import { campaignShareText } from "@/lib/share/share-copy";

export const dynamic = "force-dynamic";

const CONFIRMED = new Set(["SUCCEEDED", "ACTIVE"]);

type TProps = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<TProps, "params">): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).donate.thanks.title, robots: { index: false } };
}

// Public: shows what Stripe has told us about this checkout; it records nothing itself.
export default async function DonateThanksPage({ params, searchParams }: TProps) {
  const lang = await langOf(params);
  const m = messagesFor(lang);
  const t = m.donate.thanks;
  const sessionId = (await searchParams).session_id;
  const donation = typeof sessionId === "string" ? await findGiftByCheckoutSession(getDb(), sessionId) : null;
  const confirmed = donation && CONFIRMED.has(donation.status);
  const campaign = donation && donation.status !== "FAILED" ? await getCampaignOverview(getDb()) : null;
  const translate = campaign ? await loadTranslator(getDb(), lang, { campaign: [campaign.id] }) : null;
  const count = campaign ? countNamedInBriefing(campaign.countries) : 0;
  return (
    <>
      <h1>{t.title}</h1>
      {donation && donationConfig(getEnv()).testMode ? (
        <p className="flag flag-test" data-testid="donation-test-mode">
          <strong>{t.testMode}</strong>
        </p>
      ) : null}
      {!donation ? (
        <p data-testid="donation-state">{t.notFound}</p>
      ) : confirmed ? (
        <p data-testid="donation-state">
          {fill(donation.frequency === "MONTHLY" ? t.confirmedMonthly : t.confirmedOnce, {
            amount: formatMoney(donation.amount, donation.currency),
          })}
        </p>
      ) : donation.status === "FAILED" ? (
        <p data-testid="donation-state">
          <Filled text={t.failed} values={{ link: <Link href={localPath(lang, "/donate")}>{t.tryAgain}</Link> }} />
        </p>
      ) : (
        // Until Stripe's confirmation arrives: the page looks again every few seconds with
        // JavaScript, and offers a link without it (a meta refresh would move a reader on unasked).
        <>
          <p data-testid="donation-state" role="status">
            {t.pending}
          </p>
          <AutoRefresh seconds={4} />
          <p>
            <a href={`${localPath(lang, "/donate/thanks")}?session_id=${encodeURIComponent(String(sessionId))}`}>
              {t.checkAgain}
            </a>
          </p>
        </>
      )}
      {campaign && translate ? (
        <section aria-labelledby="share-heading">
          <h2 id="share-heading">{t.shareHeading}</h2>
          {/* The campaign, not the gift: nothing shared says that this person gave. */}
          <ShareLinks
            lang={lang}
            path="/"
            title={translate("campaign", campaign.id, "title", campaign.title).text}
            text={
              lang === "en" ? campaignShareText(count) : fill(m.home.shareText, { count: formatNumberIn(lang, count) })
            }
          />
        </section>
      ) : null}
      <p>
        <Link href={localPath(lang, "/")}>{t.back}</Link>
      </p>
    </>
  );
}
