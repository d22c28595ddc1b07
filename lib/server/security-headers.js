// Headers every response carries, from next.config.js for what Next answers and from the server
// layer for what it answers itself (lib/server/sign-fast-path.ts). Plain JS: next.config.js reads it.

/** @returns {{ key: string, value: string }[]} */
export function securityHeaders() {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Browsers heed it only over HTTPS, where production runs; a year, as HSTS preload asks.
    ...(process.env.NODE_ENV === "production"
      ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
      : []),
  ];
}
