"use client";

import { usePathname } from "next/navigation";
import { PageLink as Link } from "@/components/ui/PageLink";
import { splitLangPath, type TLang } from "@/lib/i18n/languages";

type TWords = { title: string; body: string; link: string };

function Said({ lang, level, t }: { lang: TLang; level: 1 | 2; t: TWords }) {
  const Heading = level === 1 ? "h1" : "h2";
  const home = lang === "en" ? "/" : "/my";
  return (
    <div lang={lang === "en" ? "en-GB" : lang}>
      <Heading>{t.title}</Heading>
      <p>
        {t.body} <Link href={home}>{t.link}</Link>
        {lang === "en" ? "." : null}
      </p>
    </div>
  );
}

/**
 * "Not found" in both languages, the address's language first (or `first`). A not-found file is not
 * told the language; the address is (a client component is given it on the server too, so the order is
 * in the HTML, without JavaScript). The language 404 page (app/[lang]/page-not-found) says `first`.
 * The words come from the server (only these reach the browser).
 */
export function NotFoundText({ words, first: given }: { words: Record<TLang, TWords>; first?: TLang }) {
  const path = usePathname();
  const first = given ?? splitLangPath(path ?? "/").lang;
  const second: TLang = first === "en" ? "my" : "en";
  return (
    <>
      <Said lang={first} level={1} t={words[first]} />
      <Said lang={second} level={2} t={words[second]} />
    </>
  );
}
