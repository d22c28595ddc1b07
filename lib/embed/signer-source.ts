import { cleanLine } from "../text/clean-text";
import { allowedEmbedOrigin } from "./embed-origin";

/** Where a signer or donor came from: nothing in it identifies them. */
export type TSignerSource = {
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  /** One of PETITION_EMBED_ORIGINS, checked; null when the form was not on a partner's site. */
  embedOrigin: string | null;
};

export const NO_SOURCE: TSignerSource = { utmSource: null, utmMedium: null, utmCampaign: null, embedOrigin: null };

const tag = (params: URLSearchParams, name: string) => {
  const value = params.get(name);
  return value ? cleanLine(value.slice(0, 400)).slice(0, 100) || null : null;
};

/**
 * Read from the request that carries the form, so it works with JavaScript off too: the Referer of
 * a form posted from our own page is that page's address (same origin, so the browser sends it whole),
 * with the utm tags the supporter arrived with and the `origin` the partner's snippet gave the frame
 * (the frame's links to our other pages pass it on, so a gift made from there counts too; it is as
 * easy to forge as a utm tag, and only ever names a partner we listed). A partner's own form posting
 * JSON to us is known by its Origin header instead. Both are only kept if they name an allowed
 * origin; utm tags are free text, cleaned and cut to 100 characters.
 */
export function signerSourceFrom(headers: Pick<Headers, "get">, configured: readonly string[]): TSignerSource {
  let page: URL | null = null;
  try {
    const referer = headers.get("referer");
    page = referer && referer.length <= 2000 ? new URL(referer) : null;
  } catch {
    page = null;
  }
  const params = page?.searchParams ?? new URLSearchParams();
  return {
    utmSource: tag(params, "utm_source"),
    utmMedium: tag(params, "utm_medium"),
    utmCampaign: tag(params, "utm_campaign"),
    embedOrigin:
      allowedEmbedOrigin(headers.get("origin"), configured) ?? allowedEmbedOrigin(params.get("origin"), configured),
  };
}
