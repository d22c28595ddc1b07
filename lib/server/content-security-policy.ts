import { createHash } from "node:crypto";

// Next.js sends its hydration data in inline <script> tags. A nonce would force every page to render
// per request (no ISR, no cache), so the policy lists the SHA-256 of each inline script in the very
// HTML being sent instead: the same bytes always get the same policy, and cached pages stay cached.
// User text is escaped by React (`<` becomes `&lt;` in markup and `\u003c` inside Next's payload
// scripts), so a supporter's words can never open or close a script element here.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (!match[1]) continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

const STRIPE_PAGES = ["https://checkout.stripe.com", "https://billing.stripe.com"];

/**
 * The policy for one HTML response: scripts from this origin or hashed inline ones, and framed by
 * nobody, or only by the partner origins given (the embed pages, lib/embed/embed-origin.ts).
 */
export function contentSecurityPolicy(
  html: string,
  options: { dev?: boolean; frameAncestors?: string[]; stripeApiBase?: string } = {},
): string {
  const ancestors = options.frameAncestors?.length ? options.frameAncestors.join(" ") : "'none'";
  // Forms post to us; the donation form's answer (without JavaScript too) redirects to Stripe's
  // checkout, the donor's "manage" link to its portal, and in tests to the fake Stripe's own pages.
  const formTargets = [
    "'self'",
    ...STRIPE_PAGES,
    ...(options.stripeApiBase ? [new URL(options.stripeApiBase).origin] : []),
  ];
  const scripts = ["'self'", ...inlineScriptHashes(html), ...(options.dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React sets style attributes; styles cannot run code, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // data: the Burmese language link's subset and the blank stand-in, inlined (scripts/subset-myanmar-font.sh).
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets.join(" ")}`,
    `frame-ancestors ${ancestors}`,
  ].join("; ");
}

/** Policy for anything that is not an HTML page (JSON, CSV, SVG): it may load and run nothing. */
export const NON_HTML_POLICY = "default-src 'none'; frame-ancestors 'none'";
