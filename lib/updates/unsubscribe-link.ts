import { localPath, type TLang } from "../i18n/languages";

/**
 * The page with the button (in the email's text), in the reader's language, and the one-click
 * endpoint (in its headers; no page, so no language).
 */
export function unsubscribeUrls(appUrl: string, token: string, lang: TLang = "en") {
  return {
    unsubscribeUrl: `${appUrl}${localPath(lang, `/unsubscribe/${token}`)}`,
    oneClickUrl: `${appUrl}/api/unsubscribe/${token}`,
  };
}

/** The shape of our tokens; anything else is answered like an unknown token, without a query. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * What an organiser's test copy links to: shaped like a token but no signature's, so pressing it
 * shows exactly what a supporter sees and changes nothing.
 */
export const TEST_COPY_TOKEN = "test-copy-for-organisers-changes-nothing";
