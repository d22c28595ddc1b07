/**
 * CORS headers for an endpoint open to a configured list of partner origins. The request's own
 * origin (same site) is always allowed; an unlisted browser origin gets no CORS headers.
 */
export type THasHeaders = { headers: Pick<Headers, "get"> };

export function corsHeaders(request: THasHeaders, allowed: string[]): Record<string, string> {
  const origin = request.headers.get("origin");
  if (!origin || !allowed.includes(origin)) return { Vary: "Origin" };
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
}

/** Whether a browser request comes from this site or from an allowed partner origin. */
export function isOriginAllowed(request: THasHeaders, allowed: string[]): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // not a browser, or a same-origin navigation: nothing to forge
  if (allowed.includes(origin)) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
