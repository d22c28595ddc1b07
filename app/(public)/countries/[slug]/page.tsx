import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Composer } from "@/components/composer/Composer";
import { ActionCounts } from "@/components/country/ActionCounts";
import { ContactCard } from "@/components/country/ContactCard";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { EvidenceList } from "@/components/country/EvidenceList";
import { StatusBadge } from "@/components/country/StatusBadge";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { formatPartialDate } from "@/lib/campaign/format-date";
import { getCountryBySlug, listCountrySlugs } from "@/lib/campaign/queries";
import { countActionsForCountry } from "@/lib/messages/count-actions";

// Rendered on the server and cached; regenerated at most every 10 s so the counts stay current.
export const revalidate = 10;
// Only the countries known at build time: any other slug is a 404 that renders and stores nothing
// (otherwise every made-up address would be rendered and written to the page cache on disk: the
// fault suite saw thousands of files, and ENAMETOOLONG for long hostile slugs).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listCountrySlugs()).map((slug) => ({ slug }));
}

type TProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const country = await getCountryBySlug((await params).slug);
  return { title: country ? `${country.name}: the evidence` : "Country not found" };
}

export default async function CountryPage({ params }: TProps) {
  const country = await getCountryBySlug((await params).slug);
  if (!country) notFound();
  const removed = country.status === "REMOVED";
  const counts = await countActionsForCountry(country.id);
  const template = !removed ? country.messageTemplate : null;
  return (
    <>
      <h1>{country.name}</h1>
      <p>
        <StatusBadge status={country.status} statusDate={country.statusDate} />
        {country.briefingRank ? <span className="note"> Number {country.briefingRank} in the briefing</span> : null}
      </p>
      {removed ? (
        <section className="removal" aria-labelledby="removal-heading" data-testid="removal">
          <h2 id="removal-heading">Why {country.name} was removed</h2>
          <p>
            {country.name} was taken off the list on {formatPartialDate(country.statusDate) ?? "a date not recorded"}.
            {country.statusNote ? ` ${country.statusNote}` : ""}
          </p>
          {country.statusSourceUrl ? (
            <p>
              Source: <ExternalLink href={country.statusSourceUrl} />
            </p>
          ) : null}
        </section>
      ) : (
        <p className="lead">
          The briefing names {country.name} among the governments that train or cooperate with the Burmese military.
          Here is the evidence it cites, and how to reach the government in London.
        </p>
      )}
      {template && country.contacts.length ? (
        <section aria-labelledby="compose-heading" className="compose">
          <h2 id="compose-heading">Write to the government of {country.name}</h2>
          <ActionCounts counts={counts} />
          <Composer
            country={{ slug: country.slug, name: country.name }}
            template={{ subject: template.subject, body: template.body }}
            targets={country.contacts.map((c) => ({
              id: c.id,
              name: c.name,
              emails: c.emails,
              website: c.website,
              address: c.address,
              phone: c.phone,
              verified: c.verifiedAt !== null,
            }))}
          />
        </section>
      ) : null}
      {!removed ? <PetitionSection sourcePath={`/countries/${country.slug}`} sourceCountry={country.slug} /> : null}
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">The evidence</h2>
        <EvidenceList items={country.evidence} />
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{removed ? "Its mission in London" : "Reach the government in London"}</h2>
        {country.contacts.length ? (
          country.contacts.map((contact) => <ContactCard key={contact.id} contact={contact} />)
        ) : (
          <p>We have no contact for this government yet.</p>
        )}
      </section>
    </>
  );
}
