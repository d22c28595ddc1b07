import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteDocument } from "@/components/layout/SiteDocument";
import { isLang, LANGS } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

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
  // absolute: the root layout's template (English) is not applied to this default, so the home page
  // (which names no title of its own) says the campaign once, in its language.
  return {
    title: { absolute: t.brand, template: `%s · ${t.brand}` },
    description: t.description,
  };
}

export default async function LanguageLayout({ children, params }: TProps) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return <SiteDocument lang={lang}>{children}</SiteDocument>;
}
