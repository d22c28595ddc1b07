/** @type {import('next').NextConfig} */
const nextConfig = {
  // The pg driver and PGlite are Node libraries; bundling them gains nothing.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  // forbidden() and unauthorized() answer 403 and 401 from organiser pages, actions and routes.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
