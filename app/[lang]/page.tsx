import { countNamedInBriefing } from "@/lib/campaign/status-wording";
import type { Metadata } from "next";
import { PageLink as Link } from "@/components/ui/PageLink";
import { BriefingContext } from "@/components/country/BriefingContext";
import { WorldMap } from "@/components/map/WorldMap";
import { PetitionProgress } from "@/components/petition/PetitionProgress";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { CountryStatusGrid } from "@/components/country/CountryStatusGrid";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { FirstAction } from "@/components/ui/FirstAction";
import { LocalText } from "@/components/ui/LocalText";
import { getCampaignOverview, listLatestUpdates } from "@/lib/campaign/queries";
import { getDb } from "@/lib/db/get-db";
import { loadPetitionView } from "@/lib/petition/petition-view";
import { loadTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/text/fill";
import { localPath, langOf } from "@/lib/i18n/languages";
import { formatDateIn, formatNumberIn, messagesFor } from "@/lib/i18n/messages";
import { countActionsByCountry } from "@/lib/letters/count-actions";
import { pageMetadata } from "@/lib/share/page-metadata";
import { campaignShareText } from "@/lib/share/share-copy";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { DateNote } from "@/components/ui/DateNote";

// Rendered on the server and cached; regenerated at most every 10 s so the counts stay current.
export const revalidate = 10;

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  if (isBuildPrerender()) return {}; // never served: see lib/server/build-phase.ts
  const lang = await langOf(params);
  const count = countNamedInBriefing((await getCampaignOverview(getDb())).countries);
  const description =
    lang === "en"
      ? campaignShareText(count)
      : fill(messagesFor(lang).home.shareText, { count: formatNumberIn(lang, count) });
  return pageMetadata({ lang, path: "/", description, image: "site" });
}

export default async function HomePage({ params }: TProps) {
  if (isBuildPrerender()) return null;
  const lang = await langOf(params);
  const m = messagesFor(lang);
  const t = m.home;
  const [campaign, actionCounts, updates, petition] = await Promise.all([
    getCampaignOverview(getDb()),
    countActionsByCountry(getDb()),
    listLatestUpdates(getDb()),
    loadPetitionView(getDb(), lang),
  ]);
  const petitionCounts = petition.counts;
  const translate = await loadTranslator(getDb(), lang, {
    campaign: [campaign.id],
    country: campaign.countries.map((c) => c.id),
    countryUpdate: updates.map((u) => u.id),
  });
  const named = <T extends { id: string; name: string }>(c: T) => ({
    ...c,
    name: translate("country", c.id, "name", c.name).text,
  });
  const countries = campaign.countries.map(named);
  // The briefing's own countries, apart from any the organisers added since (never counted as its).
  const listed = countries.filter((c) => c.status === "LISTED" && c.addedBy === null);
  const added = countries.filter((c) => c.status === "LISTED" && c.addedBy !== null);
  const removed = countries.filter((c) => c.status === "REMOVED");
  // Of the briefing's own list: those it named and later taken off, and those it records as taken off
  // before publication (no rank: never one of its twelve).
  const takenOffLater = removed.filter((c) => c.addedBy === null && c.briefingRank !== null).length;
  const takenOffBefore = removed.filter((c) => c.addedBy === null && c.briefingRank === null).length;
  const count = (n: number) => formatNumberIn(lang, n);
  const countryPath = (slug: string) => localPath(lang, `/countries/${slug}`);
  return (
    <>
      <h1>
        <LocalText value={translate("campaign", campaign.id, "title", campaign.title)} inEnglish={m.inEnglish} />
      </h1>
      {/* The petition's count and the way to its form come before the map and the lead: a phone's
          first screen holds them (e2e/first-screen.spec.ts). */}
      <FirstAction
        count={<PetitionProgress lang={lang} counts={petitionCounts} />}
        action={{ href: "#sign-form", label: m.petition.pageTitle }}
        evidence={{ href: "#countries-heading", label: m.country.evidenceHeading }}
      />
      <p className="lead">
        <LocalText value={translate("campaign", campaign.id, "ask", campaign.ask)} inEnglish={m.inEnglish} />
      </p>
      <p className="stat" data-testid="listed-count">
        {fill(t.named, { count: count(countNamedInBriefing(campaign.countries)) })}{" "}
        {takenOffBefore
          ? fill(takenOffBefore === 1 ? t.takenOffBeforeOne : t.takenOffBeforeMany, { count: count(takenOffBefore) })
          : null}{" "}
        {takenOffLater
          ? fill(takenOffLater === 1 ? t.takenOffLaterOne : t.takenOffLaterMany, { count: count(takenOffLater) })
          : null}
      </p>
      <WorldMap lang={lang} countries={countries} />
      <PetitionSection lang={lang} petition={petition} sourcePath="/" showProgress={false} />
      <BriefingContext lang={lang} briefingUrl={campaign.briefingUrl} />
      {updates.length ? (
        <section aria-labelledby="updates-heading" data-testid="latest-updates">
          <h2 id="updates-heading">{t.updatesHeading}</h2>
          <ol className="timeline">
            {updates.map((u) => {
              const summary = u.summary ? translate("countryUpdate", u.id, "summary", u.summary) : null;
              return (
                <li key={u.id}>
                  <p className="meta">
                    <time dateTime={u.happenedOn}>{formatDateIn(lang, u.happenedOn)}</time>
                    <DateNote lang={lang} note={u.dateNote} /> ·{" "}
                    <Link href={countryPath(u.country.slug)}>
                      {translate("country", u.countryId, "name", u.country.name).text}
                    </Link>
                  </p>
                  <p className="timeline-title">
                    <LocalText value={translate("countryUpdate", u.id, "title", u.title)} inEnglish={m.inEnglish} />
                  </p>
                  {summary ? (
                    <p>
                      <LocalText value={summary} inEnglish={m.inEnglish} />
                    </p>
                  ) : null}
                  <p className="note">
                    {m.country.source} <ExternalLink href={u.sourceUrl} />
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="countries-heading">
        <h2 id="countries-heading">{t.countriesHeading}</h2>
        <p>{t.countriesLead}</p>
        <ul className="country-grid" data-testid="listed-countries">
          {listed.map((country) => {
            const evidence = country._count.evidence;
            const written = actionCounts.get(country.id) ?? 0;
            return (
              <li key={country.id}>
                <Link href={countryPath(country.slug)}>
                  <span className="name">{country.name}</span>
                  <span className="sub">
                    {fill(evidence === 1 ? t.sourcesOne : t.sourcesMany, { count: count(evidence) })}
                  </span>
                  <span className="sub" data-testid="country-action-count">
                    {fill(written === 1 ? t.writtenOne : t.writtenMany, { count: count(written) })}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      <CountryStatusGrid lang={lang} id="added" title={t.addedHeading} countries={added} />
      <CountryStatusGrid lang={lang} id="removed" title={t.removedHeading} countries={removed} />
    </>
  );
}
