import { EnglishOnly } from "@/components/layout/EnglishOnly";
import type { Metadata } from "next";
import Link from "next/link";
import { UNSUBSCRIBED_MESSAGE } from "@/lib/updates/unsubscribe";

export const metadata: Metadata = { title: "Updates stopped", robots: { index: false } };

export default function UnsubscribedPage({ params }: { params: Promise<{ lang: string }> }) {
  return (
    <EnglishOnly params={params}>
      <h1>No more updates</h1>
      <p data-testid="unsubscribed">{UNSUBSCRIBED_MESSAGE}</p>
      <p>
        To remove your signature and the details we hold as well, use the link in the email that asked you to confirm
        it, or <Link href="/privacy/my-data">see everything we hold about your address</Link>.
      </p>
      <p>
        <Link href="/">Back to the campaign</Link>
      </p>
    </EnglishOnly>
  );
}
