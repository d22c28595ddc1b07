import { countNamedInBriefing } from "@/lib/campaign/status-wording";
import type { Metadata } from "next";
import Link from "next/link";
import { BriefingContext } from "@/components/country/BriefingContext";
import { WorldMap } from "@/components/map/WorldMap";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { CountryStatusGrid } from "@/components/country/CountryStatusGrid";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { formatPartialDate } from "@/lib/campaign/format-date";
import { getCampaignOverview, listLatestUpdates } from "@/lib/campaign/queries";
import { countActionsByCountry } from "@/lib/messages/count-actions";
import { pageMetadata } from "@/lib/share/page-metadata";
import { campaignShareText } from "@/lib/share/share-copy";
import { isBuildPrerender } from "@/lib/server/build-phase";

// Rendered on the server and cached; regenerated at most every 10 s so the counts stay current.
export const revalidate = 10;

export async function generateMetadata(): Promise<Metadata> {
  if (isBuildPrerender()) return {}; // never served: see lib/server/build-phase.ts
  const { countries } = await getCampaignOverview();
  return pageMetadata({ path: "/", description: campaignShareText(countNamedInBriefing(countries)), image: "site" });
}

export default async function HomePage() {
  if (isBuildPrerender()) return null;
  const [campaign, actionCounts, updates] = await Promise.all([
    getCampaignOverview(),
    countActionsByCountry(),
    listLatestUpdates(),
  ]);
  // The briefing's own countries, apart from any the organisers added since (never counted as its).
  const listed = campaign.countries.filter((c) => c.status === "LISTED" && c.addedBy === null);
  const added = campaign.countries.filter((c) => c.status === "LISTED" && c.addedBy !== null);
  const removed = campaign.countries.filter((c) => c.status === "REMOVED");
  const takenOff = removed.filter((c) => c.addedBy === null).length; // of the briefing's own list
  return (
    <>
      <h1>{campaign.title}</h1>
      <p className="lead">{campaign.ask}</p>
      <p className="stat" data-testid="listed-count">
        Burma Campaign UK&apos;s briefing of March 2021 named{" "}
        <strong>{countNamedInBriefing(campaign.countries)}</strong> countries.{" "}
        {takenOff ? `${takenOff} ${takenOff === 1 ? "country has" : "countries have"} been taken off its list.` : null}
      </p>
      <WorldMap countries={campaign.countries} />
      <PetitionSection sourcePath="/" />
      <BriefingContext briefingUrl={campaign.briefingUrl} />
      {updates.length ? (
        <section aria-labelledby="updates-heading" data-testid="latest-updates">
          <h2 id="updates-heading">Since the briefing</h2>
          <ol className="timeline">
            {updates.map((u) => (
              <li key={u.id}>
                <p className="meta">
                  <time dateTime={u.happenedOn}>{formatPartialDate(u.happenedOn)}</time>
                  {u.dateNote ? ` (${u.dateNote})` : null} ·{" "}
                  <Link href={`/countries/${u.country.slug}`}>{u.country.name}</Link>
                </p>
                <p className="timeline-title">{u.title}</p>
                {u.summary ? <p>{u.summary}</p> : null}
                <p className="note">
                  Source: <ExternalLink href={u.sourceUrl} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="countries-heading">
        <h2 id="countries-heading">The countries named in the briefing of March 2021</h2>
        <p>Open a country to read the evidence and find how to reach its government in London.</p>
        <ul className="country-grid" data-testid="listed-countries">
          {listed.map((country) => (
            <li key={country.id}>
              <Link href={`/countries/${country.slug}`}>
                <span className="name">{country.name}</span>
                <span className="sub">
                  {country._count.evidence} {country._count.evidence === 1 ? "source" : "sources"} cited
                </span>
                <span className="sub" data-testid="country-action-count">
                  Written to {(actionCounts.get(country.id) ?? 0).toLocaleString("en-GB")}{" "}
                  {actionCounts.get(country.id) === 1 ? "time" : "times"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <CountryStatusGrid id="added" title="Added to the list since the briefing" countries={added} />
      <CountryStatusGrid id="removed" title="Removed from the list" countries={removed} />
    </>
  );
}
