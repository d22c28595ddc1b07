import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedPetition } from "@/components/embed/EmbedPetition";
import { PartnerLink } from "@/components/embed/PartnerLink";
import { getCountryBySlug } from "@/lib/campaign/queries";
import { getDb } from "@/lib/db/get-db";
import { loadPetitionView } from "@/lib/petition/petition-view";
import { loadTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/text/fill";
import { isLang, localPath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { statusWording } from "@/lib/campaign/status-wording";

// One country's action for a partner's frame: a link out to its letter-writing on our site (in a new
// tab: the composer opens mail apps and needs room) and the petition, signed as from its page.
// Cached like the country page; a made-up slug is answered 404 by the server layer before Next renders
// it (lib/server/unknown-country.ts), as for /countries/.
export const revalidate = 10;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ lang: string; slug: string }> };

async function load(params: TProps["params"]) {
  const { lang, slug } = await params;
  const country = isLang(lang) ? await getCountryBySlug(getDb(), slug) : null;
  if (!country || !isLang(lang)) return null;
  const translate = await loadTranslator(getDb(), lang, { country: [country.id] });
  return { lang, country, name: translate("country", country.id, "name", country.name).text };
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const page = await load(params);
  if (!page) return { title: messagesFor("en").country.notFoundTitle };
  return { title: fill(messagesFor(page.lang).embed.countryTitle, { name: page.name }) };
}

export default async function EmbedCountryPage({ params }: TProps) {
  const page = await load(params);
  if (!page) notFound();
  const { lang, country, name } = page;
  const m = messagesFor(lang);
  const petition = await loadPetitionView(getDb(), lang);
  return (
    <>
      <h1>{fill(m.embed.countryTitle, { name })}</h1>
      {country.status === "REMOVED" ? (
        <p>
          {fill(m.embed.countryRemoved, {
            name,
            status: statusWording(country.status, country.statusDate, country.addedBy !== null, lang),
          })}
        </p>
      ) : (
        <>
          <p>{fill(country.addedBy === null ? m.embed.countryLead : m.country.addedSince, { name })}</p>
          <p>
            <PartnerLink
              href={localPath(lang, `/countries/${country.slug}#compose-heading`)}
              newTab={m.embed.newTab}
              className="button button-primary"
            >
              {fill(m.country.composeHeading, { name })}
            </PartnerLink>
          </p>
        </>
      )}
      <EmbedPetition
        lang={lang}
        petition={petition}
        sourcePath={`/embed/countries/${country.slug}`}
        sourceCountry={country.slug}
        heading="h2"
      />
    </>
  );
}
