import { splitLangPath } from "../i18n/languages";
import { NOT_FOUND_PATH } from "./unknown-country";

/** The 404 page inside a language's layout (app/[lang]/page-not-found), answered with status 404. */
const LANGUAGE_NOT_FOUND = "/page-not-found";

/**
 * Where the server layer sends a request it knows to be a 404 (a made-up first segment, section or
 * country). In English, an address no route has (the root's not-found page: English first). Under
 * /my/, the Burmese 404 page, so the document is Burmese (lang="my", the font preloaded, Burmese first).
 */
export function notFoundPathFor(path: string): string {
  let lang: string;
  try {
    lang = splitLangPath(new URL(path, "http://n").pathname).lang;
  } catch {
    lang = "en";
  }
  return lang === "en" ? NOT_FOUND_PATH : `/${lang}${LANGUAGE_NOT_FOUND}`;
}

/** True for the language 404 page's own path (asked for directly, or sent there): answered 404. */
export function isLanguageNotFoundPath(path: string): boolean {
  return splitLangPath(path).path === LANGUAGE_NOT_FOUND;
}
