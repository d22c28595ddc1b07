import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/SiteDocument";
import { isLang, LANGS } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { SITE_NAME } from "@/lib/share/page-metadata";

// Every public page, once per language: English at /… (next.config.js rewrites it to /en/…),
// Burmese at /my/…. Listing the languages keeps the pages below cached (ISR), as for country slugs.
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

type TProps = { children: ReactNode; params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Omit<TProps, "children">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = messagesFor(lang).layout;
  return {
    title: { default: t.brand, template: `%s · ${lang === "en" ? SITE_NAME : t.brand}` },
    description: t.description,
  };
}

export default async function LanguageLayout({ children, params }: TProps) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return <SiteDocument lang={lang}>{children}</SiteDocument>;
}
