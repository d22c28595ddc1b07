import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, localShareCardImage } from "@/components/share/ShareCard";
import { getCountryBySlug } from "@/lib/campaign/queries";
import { getDb } from "@/lib/db/get-db";
import { loadTranslator } from "@/lib/i18n/content";
import { isLang } from "@/lib/i18n/languages";
import { londonMissionOf } from "@/lib/campaign/mission-words";
import { COUNTRY_CARD_ALT, countryCard } from "@/lib/share/share-card";

// Cached like the page; an organiser's save redraws it at once
// (refreshPublicPages), and other instances within 5 minutes: nothing on it changes otherwise.
export const revalidate = 300;
// As on the page: a country an organiser adds gets its image on first request; a made-up slug is
// answered 404 by the server layer (lib/server/unknown-country.ts) before anything is drawn or stored.
export const dynamicParams = true;
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = COUNTRY_CARD_ALT;

// Drawn on first request, like the page: the build has no database (lib/server/build-phase.ts).
export function generateStaticParams() {
  return [];
}

// In the page's language (/my/countries/<slug>/opengraph-image is the Burmese page's), the name as
// the page shows it: the organisers' translation, or the English name where there is none.
export default async function Image({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  const { lang, slug } = await params;
  const country = isLang(lang) ? await getCountryBySlug(getDb(), slug) : null;
  if (!country || !isLang(lang)) notFound();
  const translate = await loadTranslator(getDb(), lang, { country: [country.id] });
  const name = translate("country", country.id, "name", country.name).text;
  return localShareCardImage(
    countryCard(
      {
        ...country,
        name,
        evidenceCount: country.evidence.length,
        missionName: londonMissionOf(country.contacts)?.name,
      },
      lang,
    ),
    lang,
  );
}
