// Pure: the one way a public page describes itself to search engines and link previews. Relative
// addresses are made absolute by the root layout's metadataBase (APP_URL).
import type { Metadata } from "next";
import { LANGS, LANGUAGES, localPath, type TLang } from "../i18n/languages";
import { CAMPAIGN_CARD_ALT, COUNTRY_CARD_ALT, PETITION_CARD_ALT } from "./share-card";

export const SITE_NAME = "End military ties with Burma's military";

const OWN_CARD = { width: 1200, height: 630 };
const OWN_ALT = { country: COUNTRY_CARD_ALT, petition: PETITION_CARD_ALT };

/** The campaign's preview image (app/opengraph-image.tsx, the home page's), for pages without their own. */
const SITE_CARD = { url: "/opengraph-image", width: 1200, height: 630, alt: CAMPAIGN_CARD_ALT };

/** hreflang alternates of a page (given by its English path): each language's address, English the default. */
function languageAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(LANGS.map((lang) => [LANGUAGES[lang].hreflang, localPath(lang, path)])),
    "x-default": localPath("en", path),
  };
}

export function pageMetadata({
  lang = "en",
  path,
  title,
  description,
  image,
}: {
  lang?: TLang;
  /** The page's English path ("/countries/japan"); the language's prefix is added here. */
  path: string;
  /** Left out on the home page, which takes the layout's default title. */
  title?: string;
  description: string;
  /**
   * The page's own card (its folder's opengraph-image file: a country's, the petition's), or "site": the
   * campaign's (app/opengraph-image.tsx, whose place at the root makes it no page's own).
   */
  image: "country" | "petition" | "site";
}): Metadata {
  const url = localPath(lang, path);
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    // Every page names its image: Next would name a page's own by its route, /en/… for English pages
    // (app/[lang]), which is not their address; the page's address plus /opengraph-image is. A
    // country's and the petition's cards are drawn in the page's language (Burmese shaped by HarfBuzz,
    // since next/og's satori has no shaping engine: components/share/ShareCard.tsx); the campaign's
    // ("site", the home page's) too: at the root for English, /my/opengraph-image for Burmese.
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: LANGUAGES[lang].ogLocale,
      url,
      description,
      images: [
        image === "site"
          ? { ...SITE_CARD, url: `${LANGUAGES[lang].prefix}${SITE_CARD.url}` }
          : {
              ...OWN_CARD,
              url: `${localPath(lang, path)}/opengraph-image`,
              alt: OWN_ALT[image],
            },
      ],
    },
    // Title, description and image are copied from openGraph by Next.
    twitter: { card: "summary_large_image" },
  };
}
