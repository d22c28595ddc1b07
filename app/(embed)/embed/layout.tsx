import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EmbedHeight } from "@/components/embed/EmbedHeight";
import { SiteDocument } from "@/components/layout/SiteDocument";
import { embedOrigins } from "@/lib/embed/embed-origin";
import { getEnv } from "@/lib/env";
import { isBuildPrerender } from "@/lib/server/build-phase";

// Pages partner sites frame (CSP frame-ancestors lists PETITION_EMBED_ORIGINS for /embed/ only,
// lib/server/serve-app.ts), in a document of their own without the site's header and footer.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  // The build has no settings (lib/server/build-phase.ts); what it renders is never served.
  const allowed = isBuildPrerender() ? [] : embedOrigins(getEnv().PETITION_EMBED_ORIGINS);
  return (
    <SiteDocument lang="en" bare>
      <div className="embed-page" data-testid="embed-page">
        {children}
        <EmbedHeight allowed={allowed} />
      </div>
    </SiteDocument>
  );
}
