import type { Metadata } from "next";
import Link from "next/link";
import { ShareLinks } from "@/components/share/ShareLinks";
import { getDb } from "@/lib/db/get-db";
import { getPetition } from "@/lib/petition/petition";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { petitionShareText } from "@/lib/share/share-copy";

export const metadata: Metadata = { title: "Signature confirmed", robots: { index: false } };

// Rendered on first request, then cached: the build has no database (lib/server/build-phase.ts).
export const revalidate = 300;

export default async function ConfirmedPage() {
  if (isBuildPrerender()) return null;
  const petition = await getPetition(getDb());
  return (
    <>
      <h1>Your signature is confirmed</h1>
      <p data-testid="confirmed">Thank you. Your signature now counts towards the petition.</p>
      <p>
        Next, <Link href="/">write to one of the governments on the list</Link>: it takes a minute. And ask others to
        sign.
      </p>
      <ShareLinks path="/petition" title={petition.title} text={petitionShareText(petition.title)} />
    </>
  );
}
