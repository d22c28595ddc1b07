// Pure: the one way a public page describes itself to search engines and link previews. Relative
// addresses are made absolute by the root layout's metadataBase (APP_URL).
import type { Metadata } from "next";
import { CAMPAIGN_CARD_ALT } from "./share-card";

export const SITE_NAME = "End military ties with Burma's military";

/** The campaign's preview image (app/opengraph-image.tsx, the home page's), for pages without their own. */
const SITE_CARD = { url: "/opengraph-image", width: 1200, height: 630, alt: CAMPAIGN_CARD_ALT };

export function pageMetadata({
  path,
  title,
  description,
  image,
}: {
  path: string;
  /** Left out on the home page, which takes the layout's default title. */
  title?: string;
  description: string;
  /**
   * "own": the page's folder has an opengraph-image file, which Next adds; "site": the campaign's card
   * (app/opengraph-image.tsx, whose place at the root makes it no page's own).
   */
  image: "own" | "site";
}): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path },
    // Next puts a page's opengraph-image in only when openGraph names no images, and a page's
    // openGraph replaces its parents' whole, so pages without their own image name the site's here.
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: "en_GB",
      url: path,
      description,
      ...(image === "site" ? { images: [SITE_CARD] } : {}),
    },
    // Title, description and image are copied from openGraph by Next.
    twitter: { card: "summary_large_image" },
  };
}
