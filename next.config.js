/** @type {import('next').NextConfig} */
const nextConfig = {
  // The pg driver and PGlite are Node libraries; bundling them gains nothing.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  // forbidden() and unauthorized() answer 403 and 401 from organiser pages, actions and routes.
  experimental: { authInterrupts: true },
  // Content-Security-Policy is set per response by lib/server/serve-app.ts: it hashes each page's
  // inline scripts, which a static header here cannot.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Browsers heed it only over HTTPS, where production runs; a year, as HSTS preload asks.
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
            : []),
        ],
      },
    ];
  },
};

export default nextConfig;
