import type { Metadata } from "next";
import { langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { unsubscribeAction } from "../actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ lang: string; token: string }> };

// No referrer policy of its own: "no-referrer" would make the browser send `Origin: null` with the
// button's POST, which Next refuses; the site's own policy already keeps the path to this site.
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: messagesFor(await langOf(params)).unsubscribe.title, robots: { index: false } };
}

// Public, and the same page for every token, known or not: it must not tell anyone who signed. Only
// the button changes anything (mail scanners open links).
export default async function UnsubscribePage({ params }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).unsubscribe;
  const { token } = await params;
  return (
    <>
      <h1>{t.title}</h1>
      <form action={unsubscribeAction}>
        <input type="hidden" name="token" value={token.slice(0, 200)} />
        <input type="hidden" name="lang" value={lang} />
        <p>{t.body}</p>
        <button type="submit" className="button button-primary">
          {t.button}
        </button>
      </form>
    </>
  );
}
