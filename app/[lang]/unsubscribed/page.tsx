import type { Metadata } from "next";
import { PageLink as Link } from "@/components/ui/PageLink";
import { Filled } from "@/components/ui/Filled";
import { localPath, langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).unsubscribe.doneTitle, robots: { index: false } };
}

export default async function UnsubscribedPage({ params }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).unsubscribe;
  return (
    <>
      <h1>{t.doneHeading}</h1>
      <p data-testid="unsubscribed">{t.done}</p>
      <p>
        <Filled
          text={t.removeToo}
          values={{ link: <Link href={localPath(lang, "/privacy/my-data")}>{t.removeTooLink}</Link> }}
        />
      </p>
      <p>
        <Link href={localPath(lang, "/")}>{t.back}</Link>
      </p>
    </>
  );
}
