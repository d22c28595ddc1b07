import type { Metadata } from "next";
import { removeSignatureAction } from "../../actions";
import { getDb } from "@/lib/db/get-db";
import { isRemoveTokenKnown } from "@/lib/petition/erase-signature";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Remove my signature", robots: { index: false } };

// Public: the token in the address is the permission. Only the button erases anything.
export default async function RemovePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const known = await isRemoveTokenKnown(getDb(), token);
  return (
    <>
      <h1>Remove my signature</h1>
      {known ? (
        <form action={removeSignatureAction}>
          <input type="hidden" name="token" value={token} />
          <p>
            This removes your signature and deletes your name, email address, country and postcode from our records. It
            cannot be undone.
          </p>
          <button type="submit" className="button button-primary">
            Remove my signature
          </button>
        </form>
      ) : (
        <p data-testid="remove-state">We do not recognise this link, or the signature has already been removed.</p>
      )}
    </>
  );
}
