import { LANGUAGES, splitLangPath } from "../i18n/languages";

// A signer's emails follow the page they signed on (/my/… in Burmese): their words, and the pages
// their links open. Read from the signature's sourcePath, so the worker renders them the same way.
export const pagesPrefix = (sourcePath: string | null | undefined) =>
  LANGUAGES[splitLangPath(sourcePath ?? "/").lang].prefix;

export const emailLang = (sourcePath: string | null | undefined) => {
  const { lang } = splitLangPath(sourcePath ?? "/");
  return lang === "en" ? {} : { lang };
};
