import { EnglishOnly } from "@/components/layout/EnglishOnly";
import type { Metadata } from "next";
import { DonateForm } from "@/components/donate/DonateForm";
import { donationConfig, formatMoney } from "@/lib/donations/config";
import { CURRENT_GIFT_AID_VERSION, GIFT_AID_DECLARATIONS } from "@/lib/donations/gift-aid";
import { getEnv } from "@/lib/env";
import { pageMetadata } from "@/lib/share/page-metadata";

export const metadata: Metadata = pageMetadata({
  path: "/donate",
  title: "Donate",
  description:
    "Give once or monthly to the campaign asking governments to end military training and cooperation with the " +
    "Burmese military.",
  image: "site",
});
export const dynamic = "force-dynamic";

export default async function DonatePage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const config = donationConfig(getEnv());
  const cancelled = (await searchParams).cancelled === "1";
  return (
    <EnglishOnly params={params}>
      <h1>Support the campaign</h1>
      <p className="lead">
        Your gift pays for the research behind this site and for the campaigning that keeps the pressure on governments.
      </p>
      {cancelled ? (
        <p className="flag flag-unverified" data-testid="donate-cancelled">
          You left the payment page, so nothing was charged. You can try again below.
        </p>
      ) : null}
      {config.enabled ? (
        <DonateForm
          presets={config.presetsMinor.map((minor) => ({ minor, label: formatMoney(minor, config.currency) }))}
          boundsText={
            `${formatMoney(config.minMinor, config.currency)} to ` + formatMoney(config.maxMinor, config.currency)
          }
          giftAidDeclaration={config.giftAid ? GIFT_AID_DECLARATIONS[CURRENT_GIFT_AID_VERSION] : null}
        />
      ) : (
        <p data-testid="donations-off">
          Donations are not set up on this copy of the site yet, so there is nothing to pay here. (For whoever runs it:
          set DONATIONS_ENABLED, STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET; see the README.)
        </p>
      )}
    </EnglishOnly>
  );
}
