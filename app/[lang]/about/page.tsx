import type { Metadata } from "next";
import { BriefingContext } from "@/components/country/BriefingContext";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { Filled } from "@/components/ui/Filled";
import { getAboutEvidence } from "@/lib/campaign/queries";
import { langOf } from "@/lib/i18n/languages";
import { formatDateIn, messagesFor } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/share/page-metadata";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { getDb } from "@/lib/db/get-db";

export const revalidate = 300;

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const lang = await langOf(params);
  const t = messagesFor(lang).about;
  return pageMetadata({ lang, path: "/about", title: t.title, description: t.description, image: "site" });
}

export default async function AboutPage({ params }: TProps) {
  if (isBuildPrerender()) return null;
  const lang = await langOf(params);
  const t = messagesFor(lang).about;
  const campaign = await getAboutEvidence(getDb());
  if (!campaign) throw new Error("Campaign data is missing: run npm run db:seed");
  // The briefing's title and series, and the names of the bodies linked below, are quoted as they are.
  const quoted = lang === "en" ? undefined : "en-GB";
  return (
    <>
      <h1>{t.title}</h1>
      <section aria-labelledby="source-heading">
        <h2 id="source-heading">{t.sourceHeading}</h2>
        <p>
          <Filled
            text={t.source}
            values={{
              title: <cite lang={quoted}>{campaign.briefingTitle}</cite>,
              series: <span lang={quoted}>{campaign.briefingSeries}</span>,
              publisher: campaign.briefingPublisher,
              date: formatDateIn(lang, campaign.briefingDate),
            }}
          />
        </p>
        <p>
          {t.readSeries} <ExternalLink href={campaign.briefingUrl} />
        </p>
        <p>{t.research}</p>
      </section>
      <BriefingContext lang={lang} briefingUrl={campaign.briefingUrl} />
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t.contactsHeading}</h2>
        <p>{t.contacts}</p>
      </section>
      <section aria-labelledby="more-heading">
        <h2 id="more-heading">{t.moreHeading}</h2>
        <ul>
          {campaign.moreInfoLinks.map((link) => (
            <li key={link.id}>
              <span lang={quoted}>{link.label}</span>: <ExternalLink href={link.url} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
