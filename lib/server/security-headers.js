// Headers every response carries, from next.config.js for what Next answers and from the server
// layer for what it answers itself (lib/server/sign-fast-path.ts). Plain JS: next.config.js reads it.

/** Older browsers' own "never frame this"; pages partner sites may frame (/embed/) go without it. */
export const FRAME_DENIED = { key: "X-Frame-Options", value: "DENY" };

/**
 * @param {{ frameable?: boolean }} [options] frameable: leave out X-Frame-Options (the embed pages,
 *   whose Content-Security-Policy frame-ancestors names the partners instead)
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ frameable = false } = {}) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Also what makes a form posted from our own page carry that page's address (its utm tags and
    // partner origin, lib/embed/signer-source.ts): whole for our own origin, only the origin elsewhere.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ...(frameable ? [] : [FRAME_DENIED]),
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Browsers heed it only over HTTPS, where production runs; a year, as HSTS preload asks.
    ...(process.env.NODE_ENV === "production"
      ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
      : []),
  ];
}
