import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { phoneCaution } from "@/lib/messages/phone";
import { Composer } from "@/components/composer/Composer";
import { ActionCounts } from "@/components/country/ActionCounts";
import { ContactCard } from "@/components/country/ContactCard";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { EvidenceList } from "@/components/country/EvidenceList";
import { StatusBadge } from "@/components/country/StatusBadge";
import { ShareLinks } from "@/components/share/ShareLinks";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { Timeline } from "@/components/country/Timeline";
import { formatPartialDate, readableDates } from "@/lib/campaign/format-date";
import { getCountryBySlug, type TCountryPage } from "@/lib/campaign/queries";
import { buildTimeline } from "@/lib/campaign/timeline";
import { countActionsForCountry } from "@/lib/messages/count-actions";
import { WHY_I_CARE_EXAMPLES } from "@/lib/messages/why-examples";
import { pageMetadata } from "@/lib/share/page-metadata";
import { countryShareText } from "@/lib/share/share-copy";

// Rendered on the server and cached; regenerated at most every 10 s so the counts stay current.
export const revalidate = 10;
// Every country page is rendered on its first request, on every instance (the build has no database,
// and a country an organiser adds needs no rebuild), then regenerated as above. A made-up slug never
// gets here: the server layer answers it 404 from the list of countries in the database
// (lib/server/unknown-country.ts), so it is never rendered or written to the page cache (the fault
// suite once saw thousands of such entries, and ENAMETOOLONG for long hostile slugs).
export const dynamicParams = true;

// No paths at build time: an empty list, not a missing function, is what keeps these pages cached.
export function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ slug: string }> };

const shareText = (country: TCountryPage) => countryShareText({ ...country, evidenceCount: country.evidence.length });

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const country = await getCountryBySlug((await params).slug);
  if (!country) return { title: "Country not found" };
  return pageMetadata({
    path: `/countries/${country.slug}`,
    title: `${country.name}: the evidence`,
    description: shareText(country),
    image: "own",
  });
}

// The note may give the date itself (the data's does, as 2021-03-07): then it is said once, readably.
function removalText(name: string, date: Date | null, note: string | null): string {
  const when = formatPartialDate(date) ?? "a date not recorded";
  const readable = note ? readableDates(note) : null;
  if (readable && /^Removed from the list on /.test(readable))
    return readable.replace(/^Removed from the list/, `${name} was taken off the list`);
  return `${name} was taken off the list on ${when}.${readable ? ` ${readable}` : ""}`;
}

export default async function CountryPage({ params }: TProps) {
  const country = await getCountryBySlug((await params).slug);
  if (!country) notFound();
  const removed = country.status === "REMOVED";
  const counts = await countActionsForCountry(country.id);
  const letters = !removed ? country.messageTemplates : [];
  const inBriefing = country.addedBy === null;
  const share = (
    <ShareLinks path={`/countries/${country.slug}`} title={`${country.name}: the evidence`} text={shareText(country)} />
  );
  return (
    <>
      <h1>{country.name}</h1>
      <p>
        <StatusBadge status={country.status} statusDate={country.statusDate} addedBy={country.addedBy} />
        {country.briefingRank ? <span className="note"> Number {country.briefingRank} in the briefing</span> : null}
      </p>
      {removed ? (
        <section className="removal" aria-labelledby="removal-heading" data-testid="removal">
          <h2 id="removal-heading">Why {country.name} was removed</h2>
          <p>{removalText(country.name, country.statusDate, country.statusNote)}</p>
          {country.statusSourceUrl ? (
            <p>
              Source: <ExternalLink href={country.statusSourceUrl} />
            </p>
          ) : null}
        </section>
      ) : !inBriefing ? (
        <p className="lead" data-testid="added-since">
          {country.name} is not in Burma Campaign UK&apos;s briefing of March 2021: the campaign&apos;s organisers added
          it to the list
          {country.statusDate ? ` on ${formatPartialDate(country.statusDate)}` : ""}.
          {country.statusNote ? ` ${country.statusNote}` : ""}{" "}
          {country.statusSourceUrl ? (
            <>
              Source: <ExternalLink href={country.statusSourceUrl} />
            </>
          ) : null}
        </p>
      ) : (
        <>
          <p className="lead">
            Burma Campaign UK&apos;s briefing of March 2021 named {country.name} among the countries involved in
            military training and/or cooperation with the Burmese military. Here is the evidence it cites, and how to
            reach the government in London.
          </p>
          <p data-testid="briefing-finding">
            {country.iso2 === "PK"
              ? `The briefing said that every country on its list except Pakistan had made agreements since 2017 ` +
                `to continue or even increase military training and cooperation: Pakistan is the exception it names.`
              : `The briefing said that, except Pakistan, every country on its list (${country.name} among them) had ` +
                `made agreements since the genocide of the Rohingya in 2017 to continue or even increase military ` +
                `training and cooperation.`}{" "}
            It also said it was not aware of any of them announcing an end to that training and cooperation since the
            coup. These are statements of March 2021.
          </p>
        </>
      )}
      {letters.length && country.contacts.length ? (
        <section aria-labelledby="compose-heading" className="compose">
          <h2 id="compose-heading">Write to the government of {country.name}</h2>
          <ActionCounts counts={counts} />
          <Composer
            share={share}
            country={{ slug: country.slug, name: country.name }}
            letters={letters}
            whyExamples={WHY_I_CARE_EXAMPLES}
            inBriefing={inBriefing}
            targets={country.contacts.map((c) => ({
              id: c.id,
              name: c.name,
              emails: c.emails,
              website: c.website,
              address: c.address,
              phone: c.phone,
              phoneCaution: phoneCaution(c.notes),
              verified: c.verifiedAt !== null,
            }))}
          />
        </section>
      ) : null}
      {!removed ? <PetitionSection sourcePath={`/countries/${country.slug}`} sourceCountry={country.slug} /> : null}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline entries={buildTimeline(country)} headingId="timeline-heading" />
      </section>
      <section aria-labelledby="share-heading">
        <h2 id="share-heading">Tell others about {country.name}</h2>
        {share}
      </section>
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
