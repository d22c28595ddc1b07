import { PageLink as Link } from "@/components/ui/PageLink";
import type { ReactNode } from "react";
import { LANGS, LANGUAGES, localPath, type TLang } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./LanguageSwitch";
import { PreloadMyanmarFont } from "./PreloadMyanmarFont";

/**
 * The page's document in one language: <html lang>, header, footer. The root layout passes its
 * children through, so each tree (public pages per language, the organiser area, the 404 pages)
 * sets its own language here.
 */
export function SiteDocument({
  lang,
  children,
  languageSwitch = true,
  bare = false,
  burmese = lang === "my",
}: {
  lang: TLang;
  children: ReactNode;
  languageSwitch?: boolean;
  /** A partner's frame (/embed/…): the page alone, without the site's header and footer. */
  bare?: boolean;
  /** Burmese text beyond the language link (the Burmese pages; the organisers', which show what supporters
   *  typed): the font is preloaded. */
  burmese?: boolean;
}) {
  const t = messagesFor(lang).layout;
  if (bare)
    return (
      <html lang={LANGUAGES[lang].htmlLang}>
        <body>
          {burmese ? <PreloadMyanmarFont /> : null}
          <main id="main" className="wrap">
            {children}
          </main>
        </body>
      </html>
    );
  const at = (path: string) => localPath(lang, path);
  const labels = Object.fromEntries(LANGS.map((l) => [l, messagesFor(l).languageName])) as Record<TLang, string>;
  return (
    <html lang={LANGUAGES[lang].htmlLang}>
      <body>
        {burmese ? <PreloadMyanmarFont /> : null}
        <a className="skip-link" href="#main">
          {t.skip}
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href={at("/")} className="brand">
              {t.brand}
            </Link>
            {languageSwitch ? <LanguageSwitch lang={lang} labels={labels} /> : null}
            {/* A disclosure, so the menu opens without JavaScript; on a wide screen the CSS shows the
                list itself and hides the button (app/globals.css, "Header"). */}
            <details className="site-menu">
              <summary>
                <span aria-hidden="true" className="menu-icon">
                  ☰
                </span>{" "}
                {t.menu}
              </summary>
              <nav aria-label={t.mainNav}>
                <ul>
                  <li>
                    <Link href={at("/")}>{t.countries}</Link>
                  </li>
                  <li>
                    <Link href={at("/petition")}>{t.petition}</Link>
                  </li>
                  <li>
                    <Link href={at("/donate")}>{t.donate}</Link>
                  </li>
                  <li>
                    <Link href={at("/about")}>{t.about}</Link>
                  </li>
                  <li>
                    <Link href={at("/privacy")}>{t.privacy}</Link>
                  </li>
                </ul>
              </nav>
            </details>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              {t.footer} <Link href={at("/privacy")}>{t.footerPrivacy}</Link>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
