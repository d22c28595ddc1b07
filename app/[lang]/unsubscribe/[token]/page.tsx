import { EnglishOnly } from "@/components/layout/EnglishOnly";
import type { Metadata } from "next";
import { unsubscribeAction } from "../actions";

export const dynamic = "force-dynamic";
// No referrer policy of its own: "no-referrer" would make the browser send `Origin: null` with the
// button's POST, which Next refuses; the site's own policy already keeps the path to this site.
export const metadata: Metadata = { title: "Stop campaign updates", robots: { index: false } };

// Public, and the same page for every token, known or not: it must not tell anyone who signed. Only
// the button changes anything (mail scanners open links).
export default async function UnsubscribePage({ params }: { params: Promise<{ lang: string; token: string }> }) {
  const { token } = await params;
  return (
    <EnglishOnly params={params}>
      <h1>Stop campaign updates</h1>
      <form action={unsubscribeAction}>
        <input type="hidden" name="token" value={token.slice(0, 200)} />
        <p>
          Press the button and we will send you no more campaign updates. It does not remove your signature from the
          petition.
        </p>
        <button type="submit" className="button button-primary">
          Stop sending me updates
        </button>
      </form>
    </EnglishOnly>
  );
}
