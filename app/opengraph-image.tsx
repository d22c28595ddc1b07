import { countNamedInBriefing } from "@/lib/campaign/status-wording";
import { SHARE_CARD_SIZE, shareCardImage } from "@/components/share/ShareCard";
import { getCampaignOverview } from "@/lib/campaign/queries";
import { getDb } from "@/lib/db/get-db";
import { getPetitionCounts } from "@/lib/petition/counts";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { CAMPAIGN_CARD_ALT, campaignCard } from "@/lib/share/share-card";

// The home page's preview image, and that of every page naming none of its own. At the root, not
// in the (public) group, so its route is /opengraph-image, an address an organiser's save can
// refresh (in a route group Next names it opengraph-image-<hash>). It shows the signature count:
// redrawn at most once a minute, on a request.
export const revalidate = 60;
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = CAMPAIGN_CARD_ALT;

export default async function Image() {
  // The build has no database; this drawing is never served (lib/server/build-phase.ts).
  if (isBuildPrerender()) return shareCardImage({ kicker: "", title: "", lines: [] });
  const [campaign, counts] = await Promise.all([getCampaignOverview(getDb()), getPetitionCounts(getDb())]);
  const listedCount = countNamedInBriefing(campaign.countries);
  const card = campaignCard({ title: campaign.title, listedCount, signatures: counts.confirmed });
  return shareCardImage(card);
}
