import type { Metadata } from "next";
import { PageLink as Link } from "@/components/ui/PageLink";
import { Filled } from "@/components/ui/Filled";
import { fill } from "@/lib/text/fill";
import { localPath, langOf } from "@/lib/i18n/languages";
import { formatNumberIn, messagesFor } from "@/lib/i18n/messages";
import { RETENTION } from "@/lib/privacy/retention";
import { pageMetadata } from "@/lib/share/page-metadata";

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const lang = await langOf(params);
  const t = messagesFor(lang).privacy;
  return pageMetadata({ lang, path: "/privacy", title: t.title, description: t.description, image: "site" });
}

// Plain-language notice. Each capability that stores personal data adds its section here.
export default async function PrivacyPage({ params }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).privacy;
  const days = (n: number) => formatNumberIn(lang, n);
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      <section aria-labelledby="now-heading">
        <h2 id="now-heading">{t.readingHeading}</h2>
        <p>{t.reading}</p>
      </section>
      <section aria-labelledby="sign-heading">
        <h2 id="sign-heading">{t.signHeading}</h2>
        <p>{t.sign}</p>
        <p>
          <strong>{t.whoSeesStrong}</strong> {t.whoSees}
        </p>
        <p>
          <strong>{t.nobodyStrong}</strong> {t.nobody}
        </p>
      </section>
      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">{t.updatesHeading}</h2>
        <p>{t.updates}</p>
        <p>
          <strong>{t.stopStrong}</strong> {t.stop}
        </p>
      </section>
      <section aria-labelledby="write-heading">
        <h2 id="write-heading">{t.writeHeading}</h2>
        <p>{t.write}</p>
      </section>
      <section aria-labelledby="donate-heading">
        <h2 id="donate-heading">{t.donateHeading}</h2>
        <p>{t.donate}</p>
      </section>
      <section aria-labelledby="keep-heading">
        <h2 id="keep-heading">{t.keepHeading}</h2>
        <ul>
          <li>{fill(t.keepUnconfirmed, { days: days(RETENTION.unconfirmedSignatureDays) })}</li>
          <li>{t.keepEmails}</li>
          <li>{fill(t.keepGiftAid, { days: days(RETENTION.unfinishedGiftAidDays) })}</li>
          <li>{t.keepAnonymised}</li>
          <li>{t.keepGifts}</li>
        </ul>
        <p>{t.keepJob}</p>
      </section>
      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading">{t.rightsHeading}</h2>
        <p>
          <Filled
            text={t.rights}
            values={{ link: <Link href={localPath(lang, "/privacy/my-data")}>{t.rightsLink}</Link> }}
          />
        </p>
      </section>
    </>
  );
}
