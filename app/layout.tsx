import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";
import { isBuildPrerender } from "@/lib/server/build-phase";
import { SITE_NAME } from "@/lib/share/page-metadata";
import "./globals.css";

// Public pages add their canonical address, Open Graph and Twitter tags (lib/share/page-metadata.ts);
// relative addresses there are made absolute on the site's one public address.
export function generateMetadata(): Metadata {
  return {
    // The build has no settings (lib/server/build-phase.ts); what it renders is never served.
    metadataBase: new URL(isBuildPrerender() ? "http://localhost" : getEnv().APP_URL),
    title: {
      default: "End military ties with the Burmese military",
      template: `%s · ${SITE_NAME}`,
    },
    description:
      "The governments Burma Campaign UK's briefing of March 2021 named for military training and/or " +
      "cooperation with the Burmese military, the evidence, and how to reach them.",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="brand">
              End military ties with Burma&apos;s military
            </Link>
            <nav aria-label="Main">
              <ul>
                <li>
                  <Link href="/">Countries</Link>
                </li>
                <li>
                  <Link href="/petition">Petition</Link>
                </li>
                <li>
                  <Link href="/donate">Donate</Link>
                </li>
                <li>
                  <Link href="/about">About the evidence</Link>
                </li>
                <li>
                  <Link href="/privacy">Privacy</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              Built on Burma Campaign UK&apos;s briefing No. 54 (March 2021). Contact details are unverified until our
              team checks them. <Link href="/privacy">How we handle your data</Link>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
