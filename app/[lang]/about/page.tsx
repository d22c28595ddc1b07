import { EnglishOnly } from "@/components/layout/EnglishOnly";
import type { Metadata } from "next";
import { BriefingContext } from "@/components/country/BriefingContext";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { formatPartialDate } from "@/lib/campaign/format-date";
import { getAboutEvidence } from "@/lib/campaign/queries";
import { pageMetadata } from "@/lib/share/page-metadata";
import { isBuildPrerender } from "@/lib/server/build-phase";

export const revalidate = 300;
export const metadata: Metadata = pageMetadata({
  path: "/about",
  title: "About the evidence",
  description:
    "Where this site's list comes from: Burma Campaign UK's Burma Briefing No. 54 of March 2021, each source it " +
    "cites linked as it cites it, and what our own research found about each.",
  image: "site",
});

export default async function AboutPage({ params }: { params: Promise<{ lang: string }> }) {
  if (isBuildPrerender()) return null;
  const campaign = await getAboutEvidence();
  if (!campaign) throw new Error("Campaign data is missing: run npm run db:seed");
  return (
    <EnglishOnly params={params}>
      <h1>About the evidence</h1>
      <section aria-labelledby="source-heading">
        <h2 id="source-heading">Where the list comes from</h2>
        <p>
          The countries on this site are those named in <cite>{campaign.briefingTitle}</cite>, {campaign.briefingSeries}
          , published by {campaign.briefingPublisher} in {formatPartialDate(campaign.briefingDate)}. For each country we
          link to the source the briefing cites, exactly as it cites it.
        </p>
        <p>
          Read the briefing series: <ExternalLink href={campaign.briefingUrl} />
        </p>
        <p>
          We add what our own research found about each source, and we say so where we could not retrieve a copy of the
          cited page. We do not add claims of our own.
        </p>
      </section>
      <BriefingContext lang="en" briefingUrl={campaign.briefingUrl} />
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">About the contact details</h2>
        <p>
          Embassy and high commission details were gathered from public web pages, each listed as a source on the
          country&apos;s page. Until a member of our team has checked a contact, the site marks it as not yet verified.
          We never guess an email address: where none was published, we offer post or phone instead.
        </p>
      </section>
      <section aria-labelledby="more-heading">
        <h2 id="more-heading">More information</h2>
        <ul>
          {campaign.moreInfoLinks.map((link) => (
            <li key={link.id}>
              {link.label}: <ExternalLink href={link.url} />
            </li>
          ))}
        </ul>
      </section>
    </EnglishOnly>
  );
}
