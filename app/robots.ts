import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";
import { robotsRules } from "@/lib/share/robots";

// Regenerated every 5 minutes so its sitemap address is the running server's APP_URL.
export const revalidate = 300;

export default function robots(): MetadataRoute.Robots {
  return robotsRules(getEnv().APP_URL);
}
