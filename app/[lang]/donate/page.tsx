import type { Metadata } from "next";
import { DonateForm } from "@/components/donate/DonateForm";
import { donationConfig } from "@/lib/donations/config";
import { formatMoney } from "@/lib/i18n/format-money";
import { getEnv } from "@/lib/env";
import { fill } from "@/lib/text/fill";
import { localPath, langOf } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/share/page-metadata";

export const dynamic = "force-dynamic";

type TProps = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<TProps, "params">): Promise<Metadata> {
  const lang = await langOf(params);
  const t = messagesFor(lang).donate;
  return pageMetadata({ lang, path: "/donate", title: t.title, description: t.description, image: "site" });
}

export default async function DonatePage({ params, searchParams }: TProps) {
  const lang = await langOf(params);
  const t = messagesFor(lang).donate;
  const config = donationConfig(getEnv());
  const cancelled = (await searchParams).cancelled === "1";
  const money = (minor: number) => formatMoney(minor, config.currency);
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      {cancelled ? (
        <p className="flag flag-unverified" data-testid="donate-cancelled">
          {t.cancelled}
        </p>
      ) : null}
      {config.testMode ? (
        <p className="flag flag-test" data-testid="donate-test-mode">
          <strong>{t.testMode}</strong>
        </p>
      ) : null}
      {config.enabled ? (
        <DonateForm
          words={t.form}
          lang={lang}
          sourcePath={localPath(lang, "/donate")}
          presets={config.presetsMinor.map((minor) => ({ minor, label: money(minor) }))}
          boundsText={fill(t.bounds, { min: money(config.minMinor), max: money(config.maxMinor) })}
          giftAid={config.giftAid}
          declarationOfRecord={lang === "en" ? undefined : messagesFor("en").donate.form.giftAidDeclaration}
        />
      ) : (
        <p data-testid="donations-off">{t.off}</p>
      )}
    </>
  );
}
