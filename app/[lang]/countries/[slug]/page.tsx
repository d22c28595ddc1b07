import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { phoneCaution } from "@/lib/letters/phone";
import { Composer } from "@/components/composer/Composer";
import { ActionCounts } from "@/components/country/ActionCounts";
import { ContactCard } from "@/components/country/ContactCard";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { EvidenceList } from "@/components/country/EvidenceList";
import { StatusBadge } from "@/components/country/StatusBadge";
import { ShareLinks } from "@/components/share/ShareLinks";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { FirstAction } from "@/components/ui/FirstAction";
import { LocalText } from "@/components/ui/LocalText";
import { Timeline } from "@/components/country/Timeline";
import { readableDates } from "@/lib/i18n/format-date";
import { getCountryBySlug, type TCountryPage } from "@/lib/campaign/queries";
import { buildTimeline } from "@/lib/campaign/timeline";
import { getDb } from "@/lib/db/get-db";
import { loadPetitionView } from "@/lib/petition/petition-view";
import { postalAddressOf } from "@/lib/campaign/postal-address";
import { headOfMissionTitle, londonMissionOf, missionKindOf } from "@/lib/campaign/mission-words";
import { loadTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/text/fill";
import { isLang, type TLang } from "@/lib/i18n/languages";
import { formatDateIn, formatNumberIn, messagesFor } from "@/lib/i18n/messages";
import { countActionsForCountry } from "@/lib/letters/count-actions";
import { WHY_I_CARE_EXAMPLES } from "@/lib/letters/why-examples";
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

type TProps = { params: Promise<{ lang: string; slug: string }> };

async function load(params: TProps["params"]) {
  const { lang, slug } = await params;
  const country = isLang(lang) ? await getCountryBySlug(getDb(), slug) : null;
  if (!country || !isLang(lang)) return null;
  const translate = await loadTranslator(getDb(), lang, {
    country: [country.id],
    evidence: country.evidence.map((e) => e.id),
    countryUpdate: country.updates.map((u) => u.id),
  });
  return { lang, country, translate, name: translate("country", country.id, "name", country.name).text };
}

function shareText(lang: TLang, country: TCountryPage, name: string) {
  const missionName = londonMissionOf(country.contacts)?.name;
  if (lang === "en" || country.addedBy !== null || country.status === "REMOVED")
    return countryShareText({ ...country, evidenceCount: country.evidence.length, missionName });
  return fill(messagesFor(lang).country.shareText[missionKindOf(missionName)], { name });
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const page = await load(params);
  if (!page) return { title: messagesFor("en").country.notFoundTitle };
  const { lang, country, name } = page;
  return pageMetadata({
    lang,
    path: `/countries/${country.slug}`,
    title: fill(messagesFor(lang).country.titleSuffix, { name }),
    description: shareText(lang, country, name),
    image: "country",
  });
}

// The note may give the date itself (the data's does, as 2021-03-07): then it is said once, readably.
function removalText(lang: TLang, name: string, date: Date | null, note: string | null): string {
  const t = messagesFor(lang).country;
  const when = formatDateIn(lang, date) ?? t.dateNotRecorded;
  // Other languages: the note follows on its own, marked English where it has no translation.
  if (lang !== "en") return fill(t.removedOn, { name, date: when });
  const readable = note ? readableDates(note) : null;
  if (readable && /^Removed from the list on /.test(readable))
    return readable.replace(/^Removed from the list/, `${name} was taken off the list`);
  return `${fill(t.removedOn, { name, date: when })}${readable ? ` ${readable}` : ""}`;
}

export default async function CountryPage({ params }: TProps) {
  const page = await load(params);
  if (!page) notFound();
  const { lang, country, translate, name } = page;
  const m = messagesFor(lang);
  const t = m.country;
  const removed = country.status === "REMOVED";
  const [counts, petition] = await Promise.all([
    countActionsForCountry(getDb(), country.id),
    removed ? null : loadPetitionView(getDb(), lang),
  ]);
  const letters = !removed ? country.messageTemplates : [];
  const inBriefing = country.addedBy === null;
  const writable = letters.length > 0 && country.contacts.length > 0;
  const path = `/countries/${country.slug}`;
  const statusNote = country.statusNote ? translate("country", country.id, "statusNote", country.statusNote) : null;
  const share = (
    <ShareLinks lang={lang} path={path} title={fill(t.titleSuffix, { name })} text={shareText(lang, country, name)} />
  );
  const source = (url: string) => (
    <>
      {t.source} <ExternalLink href={url} />
    </>
  );
  return (
    <>
      <h1>
        <LocalText value={translate("country", country.id, "name", country.name)} inEnglish={m.inEnglish} />
      </h1>
      <p>
        <StatusBadge lang={lang} status={country.status} statusDate={country.statusDate} addedBy={country.addedBy} />
        {country.briefingRank ? (
          <span className="note"> {fill(t.rank, { rank: formatNumberIn(lang, country.briefingRank) })}</span>
        ) : null}
      </p>
      {/* Writing (or, with nobody to write to, signing) and how many have, in a phone's first screen;
          the evidence one tap away (e2e/first-screen.spec.ts). */}
      {!removed ? (
        <FirstAction
          count={<ActionCounts lang={lang} counts={counts} />}
          action={
            writable
              ? { href: "#compose-heading", label: fill(t.composeHeading, { name }) }
              : { href: "#sign-form", label: m.petition.pageTitle }
          }
          evidence={{ href: "#evidence-heading", label: t.evidenceHeading }}
        />
      ) : null}
      {removed ? (
        <section className="removal" aria-labelledby="removal-heading" data-testid="removal">
          <h2 id="removal-heading">{fill(t.removalHeading, { name })}</h2>
          <p>
            {removalText(lang, name, country.statusDate, statusNote?.text ?? null)}
            {lang !== "en" && statusNote ? (
              <>
                {" "}
                <LocalText
                  value={statusNote.fallback ? { ...statusNote, text: readableDates(statusNote.text) } : statusNote}
                  inEnglish={m.inEnglish}
                />
              </>
            ) : null}
          </p>
          {country.statusSourceUrl ? <p>{source(country.statusSourceUrl)}</p> : null}
        </section>
      ) : !inBriefing ? (
        <p className="lead" data-testid="added-since">
          {country.statusDate
            ? fill(t.addedSinceOn, { name, date: formatDateIn(lang, country.statusDate) ?? "" })
            : fill(t.addedSince, { name })}
          {statusNote ? (
            <>
              {" "}
              <LocalText value={statusNote} inEnglish={m.inEnglish} />
            </>
          ) : null}{" "}
          {country.statusSourceUrl ? source(country.statusSourceUrl) : null}
        </p>
      ) : (
        <>
          <p className="lead">{fill(t.lead, { name })}</p>
          <p data-testid="briefing-finding">
            {country.iso2 === "PK" ? t.findingPakistan : fill(t.finding, { name })} {t.findingCoup}
          </p>
        </>
      )}
      {writable ? (
        <section aria-labelledby="compose-heading" className="compose">
          <h2 id="compose-heading">{fill(t.composeHeading, { name })}</h2>
          {t.lettersNote ? <p data-testid="letters-note">{fill(t.lettersNote, { name })}</p> : null}
          {/* Only the seed's letters, unedited (an organiser's edit is a later version), are known to ask
              one of these; an organiser's may ask otherwise. */}
          {letters.every((l) => l.key !== null && l.version === 1) ? (
            <p data-testid="letters-ask">{fill(t.lettersAsk, { name })}</p>
          ) : null}
          {/* The letters stay English (they go to embassies in London), marked so inside the composer;
              the words around them are the page's. */}
          <Composer
            lang={lang}
            words={m.composer}
            share={share}
            country={{ slug: country.slug, name: country.name }}
            letters={letters.map(({ id, subject, body }) => ({ id, subject, body }))}
            whyExamples={WHY_I_CARE_EXAMPLES}
            inBriefing={inBriefing}
            targets={country.contacts.map((c) => ({
              id: c.id,
              name: c.name,
              emails: c.emails,
              website: c.website,
              address: c.address ? postalAddressOf(c.address) : null,
              phone: c.phone,
              phoneCaution: phoneCaution(c.notes),
              missionKind: missionKindOf(c.name),
              headOfMission: headOfMissionTitle(c),
              verified: c.verifiedAt !== null,
            }))}
          />
        </section>
      ) : null}
      {petition ? (
        <PetitionSection lang={lang} petition={petition} sourcePath={path} sourceCountry={country.slug} />
      ) : null}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t.timelineHeading}</h2>
        <Timeline lang={lang} entries={buildTimeline(country, lang, translate)} headingId="timeline-heading" />
      </section>
      <section aria-labelledby="share-heading">
        <h2 id="share-heading">{fill(t.shareHeading, { name })}</h2>
        {share}
      </section>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t.evidenceHeading}</h2>
        <EvidenceList lang={lang} items={country.evidence} translate={translate} />
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{removed ? t.contactsHeadingRemoved : t.contactsHeading}</h2>
        {country.contacts.length ? (
          country.contacts.map((contact) => <ContactCard lang={lang} key={contact.id} contact={contact} />)
        ) : (
          <p>{t.noContact}</p>
        )}
      </section>
    </>
  );
}
