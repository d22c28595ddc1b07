import type { Metadata } from "next";
import Link from "next/link";
import { confirmSignatureAction } from "../../actions";
import { getDb } from "@/lib/db/get-db";
import { inspectConfirmToken } from "@/lib/petition/confirm-signature";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your signature", robots: { index: false } };

// Public: the token in the address is the permission. Showing this page changes nothing; only the
// button does, so a mail scanner that opens the link confirms nothing.
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await inspectConfirmToken(getDb(), token);
  return (
    <>
      <h1>Confirm your signature</h1>
      {state === "valid" ? (
        <form action={confirmSignatureAction}>
          <input type="hidden" name="token" value={token} />
          <p>Press the button to add your signature to the petition.</p>
          <button type="submit" className="button button-primary">
            Confirm my signature
          </button>
        </form>
      ) : state === "done" ? (
        <p data-testid="confirm-state">This signature is already confirmed. Thank you!</p>
      ) : state === "expired" ? (
        <p data-testid="confirm-state">
          This link has expired. <Link href="/petition">Sign again</Link> and we will send you a new one.
        </p>
      ) : (
        <p data-testid="confirm-state">
          We do not recognise this link. It may have been replaced by a newer email, or the signature was removed.{" "}
          <Link href="/petition">Go to the petition</Link>.
        </p>
      )}
    </>
  );
}
