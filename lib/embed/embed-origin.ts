// Pure. Which partner site framed our page or posted to us: only ever an origin from
// PETITION_EMBED_ORIGINS, compared exactly, never the text a visitor sent.
import { splitLangPath } from "../i18n/languages";

/** Our pages that partner sites may frame (in each language: /embed/…, /my/embed/…); no other page may be. */
const EMBED_PATH_PREFIX = "/embed/";

/**
 * Whether a request path is an embed page, judged as Next will route it: "/embed/../admin" reaches
 * the admin, so it is not one. Anything percent-encoded is not one either (no embed path needs it).
 */
export function isEmbedPath(path: string): boolean {
  if (path.includes("%")) return false;
  try {
    if (new URL(path, "http://n").pathname !== path) return false;
  } catch {
    return false;
  }
  return splitLangPath(path).path.startsWith(EMBED_PATH_PREFIX);
}

function originOf(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** The configured origins in the form browsers send them (no path, no trailing slash). */
export function embedOrigins(configured: readonly string[]): string[] {
  return [...new Set(configured.map(originOf).filter((o): o is string => !!o))];
}

/** The allowed origin the text names exactly (scheme, host and port), or null. */
export function allowedEmbedOrigin(text: string | null | undefined, configured: readonly string[]): string | null {
  if (!text || text.length > 300) return null;
  const origin = originOf(text);
  if (!origin || origin !== text.replace(/\/$/, "")) return null;
  return embedOrigins(configured).includes(origin) ? origin : null;
}
