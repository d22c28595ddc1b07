import { createHmac } from "node:crypto";
import { localPath, type TLang } from "../i18n/languages";

/*
 * The unsubscribe link's token is an HMAC of the signature id under a key derived from AUTH_SECRET
 * (no further secret to configure), so every update to a signer carries the same link without the
 * app keeping it; what is kept is its SHA-256, in SignatureToken (purpose UNSUBSCRIBE), as for every
 * other emailed token. Lookups go through that hash alone: the link names no signature, erasure
 * (which deletes a signature's tokens) makes it inert, and a changed AUTH_SECRET leaves links already
 * sent working while new ones get new tokens.
 */
export function unsubscribeToken(secret: string, signatureId: string): string {
  return createHmac("sha256", secret).update(`unsubscribe-link:${signatureId}`).digest("base64url");
}

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
