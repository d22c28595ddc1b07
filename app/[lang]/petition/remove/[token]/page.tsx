import type { Metadata } from "next";
import { removeSignatureAction } from "../../actions";
import { getDb } from "@/lib/db/get-db";
import { isLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { isRemoveTokenKnown } from "@/lib/petition/erase-signature";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { lang } = await params;
  return { title: messagesFor(isLang(lang) ? lang : "en").remove.title, robots: { index: false } };
}

// Public: the token in the address is the permission. Only the button erases anything.
export default async function RemovePage({ params }: TProps) {
  const { lang: asked, token } = await params;
  const lang = isLang(asked) ? asked : "en";
  const t = messagesFor(lang).remove;
  const known = await isRemoveTokenKnown(getDb(), token);
  return (
    <>
      <h1>{t.title}</h1>
      {known ? (
        <form action={removeSignatureAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="lang" value={lang} />
          <p>{t.body}</p>
          <button type="submit" className="button button-primary">
            {t.button}
          </button>
        </form>
      ) : (
        <p data-testid="remove-state">{t.unknown}</p>
      )}
    </>
  );
}
