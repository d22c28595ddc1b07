import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { EmbedHeight } from "@/components/embed/EmbedHeight";
import { SiteDocument } from "@/components/layout/SiteDocument";
import { embedOrigins } from "@/lib/embed/embed-origin";
import { getEnv } from "@/lib/env";
import { isLang, LANGS } from "@/lib/i18n/languages";
import { isBuildPrerender } from "@/lib/server/build-phase";

// Pages partner sites frame (CSP frame-ancestors lists PETITION_EMBED_ORIGINS for /embed/ and
// /my/embed/ only, lib/server/serve-app.ts), in a document of their own without the site's header
// and footer. In each language, as the site is: English at /embed/… (next.config.js rewrites it to
// the "en" segment), Burmese at /my/embed/….
export const metadata: Metadata = { robots: { index: false, follow: false } };

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

type TProps = { children: ReactNode; params: Promise<{ lang: string }> };

export default async function EmbedLayout({ children, params }: TProps) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  // The build has no settings (lib/server/build-phase.ts); what it renders is never served.
  const allowed = isBuildPrerender() ? [] : embedOrigins(getEnv().PETITION_EMBED_ORIGINS);
  return (
    <SiteDocument lang={lang} bare>
      <div className="embed-page" data-testid="embed-page">
        {children}
        <EmbedHeight allowed={allowed} />
      </div>
    </SiteDocument>
  );
}
