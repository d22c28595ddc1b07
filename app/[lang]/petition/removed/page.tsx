import type { Metadata } from "next";
import { PageLink as Link } from "@/components/ui/PageLink";
import { localPath, langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

type TProps = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).remove.removedTitle, robots: { index: false } };
}

export default async function RemovedPage({ params }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).remove;
  return (
    <>
      <h1>{t.removedHeading}</h1>
      <p data-testid="removed">{t.removedBody}</p>
      <p>
        <Link href={localPath(lang, "/")}>{t.back}</Link>
      </p>
    </>
  );
}
