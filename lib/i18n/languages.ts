// Pure: the languages the public site is written in. English is served at /…, every other language
// under its own prefix (/my/…); next.config.js rewrites English paths to the [lang] segment's "en".

export const LANGS = ["en", "my"] as const;
export type TLang = (typeof LANGS)[number];

type TLanguage = { prefix: string; htmlLang: string; hreflang: string; ogLocale: string; numberLocale: string };

export const LANGUAGES: Record<TLang, TLanguage> = {
  en: { prefix: "", htmlLang: "en-GB", hreflang: "en-GB", ogLocale: "en_GB", numberLocale: "en-GB" },
  my: { prefix: "/my", htmlLang: "my", hreflang: "my", ogLocale: "my_MM", numberLocale: "my" },
};

export const isLang = (value: string): value is TLang => (LANGS as readonly string[]).includes(value);

/** The address of a page (given as its English path, "/" or "/countries/japan") in a language. */
export function localPath(lang: TLang, path: string): string {
  const prefix = LANGUAGES[lang].prefix;
  return prefix && path === "/" ? prefix : prefix + path;
}

/** The language a request path is in, and the page's path without its language prefix. */
export function splitLangPath(path: string): { lang: TLang; path: string } {
  for (const lang of LANGS) {
    const prefix = LANGUAGES[lang].prefix;
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) {
      return { lang, path: path.slice(prefix.length) || "/" };
    }
  }
  return { lang: "en", path };
}
