import { EnglishOnly } from "@/components/layout/EnglishOnly";
import type { Metadata } from "next";
import { manageDonationAction } from "../../actions";

export const metadata: Metadata = { title: "Manage my monthly gift", robots: { index: false } };
export const dynamic = "force-dynamic";

// Public: the emailed token is checked when the button is pressed; opening the page changes nothing.
export default async function ManagePage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const failed = (await searchParams).error === "1";
  return (
    <EnglishOnly params={params}>
      <h1>Manage my monthly gift</h1>
      {failed ? (
        <p className="form-error" role="alert">
          We do not recognise this link. Please use the link in your latest receipt email.
        </p>
      ) : null}
      <form action={manageDonationAction}>
        <input type="hidden" name="token" value={token} />
        <p>Change the amount, update your card or cancel on Stripe&apos;s secure page.</p>
        <button type="submit" className="button button-primary">
          Manage my monthly gift
        </button>
      </form>
    </EnglishOnly>
  );
}
