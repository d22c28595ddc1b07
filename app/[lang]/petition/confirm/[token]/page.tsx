import type { Metadata } from "next";
import { PageLink as Link } from "@/components/ui/PageLink";
import { confirmSignatureAction } from "../../actions";
import { getDb } from "@/lib/db/get-db";
import { isLang, localPath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { inspectConfirmToken } from "@/lib/petition/confirm-signature";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { lang } = await params;
  return { title: messagesFor(isLang(lang) ? lang : "en").confirm.title, robots: { index: false } };
}

// Public: the token in the address is the permission. Showing this page changes nothing; only the
// button does, so a mail scanner that opens the link confirms nothing.
export default async function ConfirmPage({ params }: TProps) {
  const { lang: asked, token } = await params;
  const lang = isLang(asked) ? asked : "en";
  const t = messagesFor(lang).confirm;
  const petitionPath = localPath(lang, "/petition");
  const state = await inspectConfirmToken(getDb(), token);
  return (
    <>
      <h1>{t.title}</h1>
      {state === "valid" ? (
        <form action={confirmSignatureAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="lang" value={lang} />
          <p>{t.press}</p>
          <button type="submit" className="button button-primary">
            {t.button}
          </button>
        </form>
      ) : state === "done" ? (
        <p data-testid="confirm-state">{t.done}</p>
      ) : state === "expired" ? (
        <p data-testid="confirm-state">
          {t.expired} <Link href={petitionPath}>{t.signAgain}</Link> {t.expiredAfter}
        </p>
      ) : (
        <p data-testid="confirm-state">
          {t.unknown} <Link href={petitionPath}>{t.toPetition}</Link>.
        </p>
      )}
    </>
  );
}
