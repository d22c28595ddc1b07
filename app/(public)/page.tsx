import Link from "next/link";
import { WorldMap } from "@/components/map/WorldMap";
import { StatusBadge } from "@/components/country/StatusBadge";
import { getCampaignOverview } from "@/lib/campaign/queries";

// Rendered on the server and kept for five minutes; organiser edits refresh it at once.
export const revalidate = 300;

export default async function HomePage() {
  const campaign = await getCampaignOverview();
  const listed = campaign.countries.filter((c) => c.status === "LISTED");
  const removed = campaign.countries.filter((c) => c.status === "REMOVED");
  return (
    <>
      <h1>{campaign.title}</h1>
      <p className="lead">{campaign.ask}</p>
      <p className="stat" data-testid="listed-count">
        <strong>{listed.length}</strong> governments are on the list.{" "}
        {removed.length ? `${removed.length} ${removed.length === 1 ? "country has" : "countries have"} been removed from it.` : null}
      </p>
      <WorldMap countries={campaign.countries} />
      <section aria-labelledby="countries-heading">
        <h2 id="countries-heading">The countries on the list</h2>
        <p>Open a country to read the evidence and find how to reach its government in London.</p>
        <ul className="country-grid" data-testid="listed-countries">
          {listed.map((country) => (
            <li key={country.id}>
              <Link href={`/countries/${country.slug}`}>
                <span className="name">{country.name}</span>
                <span className="sub">
                  {country._count.evidence} {country._count.evidence === 1 ? "source" : "sources"} cited
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
                  <span className="sub"><StatusBadge status={country.status} statusDate={country.statusDate} /></span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
