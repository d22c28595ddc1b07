import { notFound } from "next/navigation";
import { cardAtMostOncePerMinute } from "@/lib/share/card-once-a-minute";
import { localShareCardImage, SHARE_CARD_SIZE, shareCardImage } from "@/components/share/ShareCard";
import { getCampaignOverview } from "@/lib/campaign/queries";
import { countNamedInBriefing } from "@/lib/campaign/status-wording";
import { getDb } from "@/lib/db/get-db";
import { loadTranslator } from "@/lib/i18n/content";
import { isLang } from "@/lib/i18n/languages";
import { getPetitionCounts } from "@/lib/petition/counts";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { CAMPAIGN_CARD_ALT, campaignCard } from "@/lib/share/share-card";

// The campaign's card in another language (/my/opengraph-image), for that language's pages that
// name no card of their own; English pages name the root's (app/opengraph-image.tsx). Next also
// offers this file to pages under it that name no image at all (the emailed-link pages), so its
// English address (/en/opengraph-image) draws the English card rather than a broken image.
// It shows the signature count: redrawn at most once a minute, on a request.
export const revalidate = 60;
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = CAMPAIGN_CARD_ALT;

export default async function Image({ params }: { params: Promise<{ lang: string }> }) {
  // The build has no database; this drawing is never served (lib/server/build-phase.ts).
  if (isBuildPrerender()) return shareCardImage({ kicker: "", title: "", lines: [] });
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  // Drawn at most once a minute per language (lib/share/card-once-a-minute.ts).
  return cardAtMostOncePerMinute(`campaign:${lang}`, async () => {
    const [campaign, counts] = await Promise.all([getCampaignOverview(getDb()), getPetitionCounts(getDb())]);
    const translate = await loadTranslator(getDb(), lang, { campaign: [campaign.id] });
    const title = translate("campaign", campaign.id, "title", campaign.title).text;
    const card = campaignCard(
      { title, listedCount: countNamedInBriefing(campaign.countries), signatures: counts.confirmed },
      lang,
    );
    return localShareCardImage(card, lang);
  });
}
