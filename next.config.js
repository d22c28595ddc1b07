import { securityHeaders } from "./lib/server/security-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The pg driver and PGlite are Node libraries; bundling them gains nothing. myanmar-tools calls
  // `new Buffer()`, which Node warns about (DEP0005) unless the call comes from node_modules; pdfkit
  // reads its own data files from beside its code at run time, which a bundle would not have.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "myanmar-tools", "pdfkit", "fontkit"],
  poweredByHeader: false,
  // forbidden() and unauthorized() answer 403 and 401 from organiser pages, actions and routes.
  experimental: { authInterrupts: true },
  // Content-Security-Policy is set per response by lib/server/serve-app.ts: it hashes each page's
  // inline scripts, which a static header here cannot.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders(),
      },
    ];
  },
};

export default nextConfig;
