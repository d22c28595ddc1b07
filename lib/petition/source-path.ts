// Pure. Where a signature was made, as one of the site's own signing pages or nothing: the form sends
// it, so anyone can send anything, and it is counted publicly (/api/public/counts) and chooses the
// language of the signer's emails. A made-up value (a URL, markup, a tag unique to one person) would
// otherwise become a public key that tells when that person confirmed (issue 26).
import { LANGUAGES, LANGS } from "../i18n/languages";

const PREFIXES = LANGS.map((lang) => LANGUAGES[lang].prefix).filter(Boolean);
const PAGE = /^(?:\/|\/petition|\/embed\/petition|(?:\/embed)?\/countries\/[a-z0-9-]{1,60})$/;

/** The path if it is one of the pages with a signing form (any language), else undefined. */
export function ownSourcePath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const prefix = PREFIXES.find((p) => path === p || path.startsWith(`${p}/`)) ?? "";
  const page = path.slice(prefix.length) || "/";
  return PAGE.test(page) ? path : undefined;
}

/** The country slug a countries path names, if any (checked against the catalogue by the caller). */
export function countrySlugOf(path: string): string | undefined {
  return /\/countries\/([a-z0-9-]+)$/.exec(path)?.[1];
}
