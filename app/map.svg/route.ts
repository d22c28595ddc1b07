import { getCampaignOverview } from "@/lib/campaign/queries";
import { renderWorldMapSvg } from "@/lib/campaign/world-map-svg";

// Public, read-only; built at build time and refreshed with the pages that show it.
export const revalidate = 300;

export async function GET() {
  const { countries } = await getCampaignOverview();
  return new Response(renderWorldMapSvg(countries), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
