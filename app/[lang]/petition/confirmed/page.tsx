import type { Metadata } from "next";
import { PageLink as Link } from "@/components/ui/PageLink";
import { ShareLinks } from "@/components/share/ShareLinks";
import { getDb } from "@/lib/db/get-db";
import { loadTranslator } from "@/lib/i18n/content";
import { fill } from "@/lib/text/fill";
import { localPath, langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { getPetition } from "@/lib/petition/petition";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { petitionShareText } from "@/lib/share/share-copy";

// Rendered on first request, then cached: the build has no database (lib/server/build-phase.ts).
export const revalidate = 300;

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).confirm.confirmedTitle, robots: { index: false } };
}

export default async function ConfirmedPage({ params }: TProps) {
  if (isBuildPrerender()) return null;
  const lang = await langOf(params);
  const m = messagesFor(lang);
  const t = m.confirm;
  const db = getDb();
  const petition = await getPetition(db);
  const title = (await loadTranslator(db, lang, { petition: [petition.id] }))(
    "petition",
    petition.id,
    "title",
    petition.title,
  );
  const [before, after] = t.next.split("{link}");
  return (
    <>
      <h1>{t.confirmedHeading}</h1>
      <p data-testid="confirmed">{t.confirmedBody}</p>
      <p>
        {before}
        <Link href={localPath(lang, "/")}>{t.nextLink}</Link>
        {after}
      </p>
      <ShareLinks
        lang={lang}
        path="/petition"
        title={title.text}
        text={lang === "en" ? petitionShareText(petition.title) : fill(m.share.petitionText, { title: title.text })}
      />
    </>
  );
}
