import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/components/share/ShareCard";
import { getCountryBySlug } from "@/lib/campaign/queries";
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

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const country = await getCountryBySlug((await params).slug);
  if (!country) notFound();
  return shareCardImage(countryCard({ ...country, evidenceCount: country.evidence.length }));
}
