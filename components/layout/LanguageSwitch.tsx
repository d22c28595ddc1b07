"use client";

import { usePathname } from "next/navigation";
import { LANGS, LANGUAGES, localPath, splitLangPath, type TLang } from "@/lib/i18n/languages";

/**
 * A plain link to this page in the other language (works without JavaScript: the href is in the
 * server's HTML). A client component only because a layout is not told the page's path; English
 * pages are rendered under /en (next.config.js rewrites), which is taken off here.
 */
export function LanguageSwitch({ lang, labels }: { lang: TLang; labels: Record<TLang, string> }) {
  const raw = usePathname() ?? "/";
  const path = raw === "/en" ? "/" : raw.startsWith("/en/") ? raw.slice(3) : raw;
  const page = splitLangPath(path).path;
  return (
    <ul className="language-switch">
      {LANGS.filter((other) => other !== lang).map((other) => (
        <li key={other}>
          <a href={localPath(other, page)} hrefLang={LANGUAGES[other].hreflang} lang={LANGUAGES[other].htmlLang}>
            {labels[other]}
          </a>
        </li>
      ))}
    </ul>
  );
}
