import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { robotsRules } from "@/lib/share/robots";

// Regenerated every 5 minutes so its sitemap address is the running server's APP_URL.
export const revalidate = 300;

export default function robots(): MetadataRoute.Robots {
  // The build has no settings (lib/server/build-phase.ts); what it renders is never served.
  return robotsRules(isBuildPrerender() ? "http://localhost" : getEnv().APP_URL);
}
