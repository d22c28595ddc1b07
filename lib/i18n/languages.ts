// Pure: the languages the public site is written in. English is served at /…, every other language
// under its own prefix (/my/…); next.config.js rewrites English paths to the [lang] segment's "en".

export const LANGS = ["en", "my"] as const;
export type TLang = (typeof LANGS)[number];

type TLanguage = { prefix: string; htmlLang: string; hreflang: string; ogLocale: string; numberLocale: string };

export const LANGUAGES: Record<TLang, TLanguage> = {
  en: { prefix: "", htmlLang: "en-GB", hreflang: "en-GB", ogLocale: "en_GB", numberLocale: "en-GB" },
  my: { prefix: "/my", htmlLang: "my", hreflang: "my", ogLocale: "my_MM", numberLocale: "my" },
};

const MYANMAR_DIGITS = "၀၁၂၃၄၅၆၇၈၉";

/**
 * A text's digits as the language writes them (Burmese digits in Burmese). Swapped here rather than
 * left to the locale: Debian's Chromium writes Latin digits for "my" where Node writes Burmese ones,
 * and a client component's server and browser renders must agree.
 */
export const digitsIn = (lang: TLang, text: string) =>
  LANGUAGES[lang].numberLocale === "my" ? text.replace(/\d/g, (d) => MYANMAR_DIGITS[Number(d)]) : text;

/** A count as readers of the language write it; safe in client components (no catalogue). */
export const formatNumberIn = (lang: TLang, n: number) =>
  digitsIn(lang, n.toLocaleString(LANGUAGES[lang].numberLocale));

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

/** A page's language from its route's `lang` (the [lang] segment); anything else reads as English. */
export async function langOf(params: Promise<{ lang: string }>): Promise<TLang> {
  const { lang } = await params;
  return isLang(lang) ? lang : "en";
}
