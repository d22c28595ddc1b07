import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { SITE_NAME } from "@/lib/share/page-metadata";
import "./globals.css";

// Public pages add their canonical address, alternates per language, Open Graph and Twitter tags
// (lib/share/page-metadata.ts); relative addresses there are made absolute on APP_URL.
export function generateMetadata(): Metadata {
  return {
    // The build has no settings (lib/server/build-phase.ts); what it renders is never served.
    metadataBase: new URL(isBuildPrerender() ? "http://localhost" : getEnv().APP_URL),
    title: { default: "End military ties with the Burmese military", template: `%s · ${SITE_NAME}` },
    description:
      "The governments Burma Campaign UK's briefing of March 2021 named for military training and/or " +
      "cooperation with the Burmese military, the evidence, and how to reach them.",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Passes its children through: <html lang> is set by the layout of each tree below it (app/[lang],
// app/(organiser)) and by the root's 404 page, through components/layout/SiteDocument.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
