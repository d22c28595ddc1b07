import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireOrganiserPage } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/get-db";
import { dateRangeText } from "@/lib/handin/hand-in-pack";
import { getHandInCountry } from "@/lib/handin/hand-in-admin";
import { gatherPackFacts } from "@/lib/handin/pack-facts";
import { getPetition } from "@/lib/petition/petition";
import { DeliveryForm } from "./delivery-form";
import { Deliveries } from "./deliveries";

export const metadata: Metadata = { title: "Hand-in pack", robots: { index: false } };

export default async function HandInCountryPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganiserPage();
  const country = await getHandInCountry(getDb(), (await params).slug.slice(0, 60));
  if (!country) notFound();
  const facts = await gatherPackFacts(getDb(), (await getPetition(getDb())).id, new Date());
  const mission = country.contacts[0];
  const n = (value: number) => value.toLocaleString("en-GB");
  return (
    <>
      <h1>Hand-in pack: {country.name}</h1>
      <p>
        To: {mission ? mission.name : "no mission on record (add one under Content)"}
        {mission?.address ? `, ${mission.address}` : ""}
      </p>
      <dl className="contact-details" data-testid="pack-figures">
        <dt>Confirmed signatures</dt>
        <dd>{n(facts.confirmed)}</dd>
        <dt>Of them, asked to be named</dt>
        <dd>{n(facts.named)}</dd>
        <dt>Signed</dt>
        <dd>{dateRangeText(facts)}</dd>
      </dl>
      <p>
        <a
          className="button button-primary"
          href={`/api/export/handin?country=${country.slug}`}
          data-testid="pack-link"
        >
          Download {country.name}&apos;s pack (PDF)
        </a>
      </p>
      <p className="note">
        The pack counts confirmed signatures as at the moment it is downloaded; the figures above are as at now.
      </p>

      <h2>Mark it delivered</h2>
      <p className="note">
        Shown on {country.name}&apos;s public timeline as a dated update, with who received it and any reply.
      </p>
      <DeliveryForm slug={country.slug} signatureCount={facts.confirmed} />

      <h2>Handed in so far</h2>
      {country.handIns.length ? <Deliveries deliveries={country.handIns} /> : <p>Not yet handed in.</p>}
    </>
  );
}
