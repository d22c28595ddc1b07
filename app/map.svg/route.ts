import { getCampaignOverview } from "@/lib/campaign/queries";
import { renderWorldMapSvg } from "@/lib/campaign/world-map-svg";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { getDb } from "@/lib/db/get-db";

// Public, read-only; drawn on its first request and refreshed with the pages that show it.
export const revalidate = 300;

export async function GET() {
  if (isBuildPrerender()) return new Response(null, { status: 204 });
  const { countries } = await getCampaignOverview(getDb());
  return new Response(renderWorldMapSvg(countries), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
