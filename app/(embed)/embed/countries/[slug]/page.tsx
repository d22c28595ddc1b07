import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedPetition } from "@/components/embed/EmbedPetition";
import { PartnerLink } from "@/components/embed/PartnerLink";
import { getCountryBySlug } from "@/lib/campaign/queries";
import { EMBED_WORDS } from "@/lib/embed/embed-words";

// One country's action for a partner's frame: a link out to its letter-writing on our site (in a new
// tab: the composer opens mail apps and needs room) and the petition, signed as from its page.
// Cached like the country page; a made-up slug is answered 404 by the server layer before Next renders
// it (lib/server/unknown-country.ts), as for /countries/.
export const revalidate = 10;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const country = await getCountryBySlug((await params).slug);
  return { title: country ? EMBED_WORDS.countryTitle(country.name) : "Country not found" };
}

export default async function EmbedCountryPage({ params }: TProps) {
  const country = await getCountryBySlug((await params).slug);
  if (!country) notFound();
  const removed = country.status === "REMOVED";
  return (
    <>
      <h1>{EMBED_WORDS.countryTitle(country.name)}</h1>
      {removed ? (
        <p>{EMBED_WORDS.countryRemoved(country.name)}</p>
      ) : (
        <>
          <p>
            {country.addedBy === null ? EMBED_WORDS.countryLead(country.name) : EMBED_WORDS.countryAdded(country.name)}
          </p>
          <p>
            <PartnerLink href={`/countries/${country.slug}#compose-heading`} className="button button-primary">
              {EMBED_WORDS.writeLink(country.name)}
            </PartnerLink>
          </p>
        </>
      )}
      <EmbedPetition sourcePath={`/embed/countries/${country.slug}`} sourceCountry={country.slug} heading="h2" />
    </>
  );
}
