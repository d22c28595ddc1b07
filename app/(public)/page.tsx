import type { Metadata } from "next";
import Link from "next/link";
import { BriefingContext } from "@/components/country/BriefingContext";
import { WorldMap } from "@/components/map/WorldMap";
import { PetitionSection } from "@/components/petition/PetitionSection";
import { StatusBadge } from "@/components/country/StatusBadge";
import { getCampaignOverview } from "@/lib/campaign/queries";
import { countActionsByCountry } from "@/lib/messages/count-actions";
import { pageMetadata } from "@/lib/share/page-metadata";
import { campaignShareText } from "@/lib/share/share-copy";

// Rendered on the server and cached; regenerated at most every 10 s so the counts stay current.
export const revalidate = 10;

export async function generateMetadata(): Promise<Metadata> {
  const { countries } = await getCampaignOverview();
  const listed = countries.filter((c) => c.status === "LISTED").length;
  return pageMetadata({ path: "/", description: campaignShareText(listed), image: "site" });
}

export default async function HomePage() {
  const [campaign, actionCounts] = await Promise.all([getCampaignOverview(), countActionsByCountry()]);
  const listed = campaign.countries.filter((c) => c.status === "LISTED");
  const removed = campaign.countries.filter((c) => c.status === "REMOVED");
  return (
    <>
      <h1>{campaign.title}</h1>
      <p className="lead">{campaign.ask}</p>
      <p className="stat" data-testid="listed-count">
        Burma Campaign UK&apos;s briefing of March 2021 named <strong>{listed.length}</strong> countries.{" "}
        {removed.length
          ? `${removed.length} ${removed.length === 1 ? "country has" : "countries have"} been taken off its list.`
          : null}
      </p>
      <WorldMap countries={campaign.countries} />
      <PetitionSection sourcePath="/" />
      <BriefingContext briefingUrl={campaign.briefingUrl} />
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
      {removed.length ? (
        <section aria-labelledby="removed-heading">
          <h2 id="removed-heading">Removed from the list</h2>
          <ul className="country-grid" data-testid="removed-countries">
            {removed.map((country) => (
              <li key={country.id}>
                <Link href={`/countries/${country.slug}`}>
                  <span className="name">{country.name}</span>
                  <span className="sub">
                    <StatusBadge status={country.status} statusDate={country.statusDate} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
