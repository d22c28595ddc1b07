import { fileURLToPath } from "node:url";
import { LANGUAGE_PREFIXES, PUBLIC_SECTIONS as SECTIONS } from "./lib/server/route-roots.js";
import { FRAME_DENIED, securityHeaders } from "./lib/server/security-headers.js";

// The first path segments of the public pages (the folders of app/[lang]).
const PUBLIC_SECTIONS = SECTIONS.join("|");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Node libraries, required as they are: bundling them gains nothing (and the server layer, outside
  // the bundle, shares their one copy). myanmar-tools calls `new Buffer()`, which Node warns about
  // (DEP0005) unless the call comes from node_modules; pdfkit reads its own data files at run time, and
  // harfbuzzjs its wasm, beside it.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@electric-sql/pglite",
    "prom-client",
    "pino",
    "myanmar-tools",
    "pdfkit",
    "fontkit",
    "harfbuzzjs",
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc right after its build, the route types the build
  // generates included (scripts/test-all.ts), so its build skips this copy of the same check; every
  // other build (npm start, a deployment's) still makes it.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === "1" },
  // Rendered pages are kept in memory per instance and nothing from the build is served: the build
  // has no database, so every page is rendered on its first request (lib/server/isr-cache.js).
  cacheHandler: fileURLToPath(new URL("./lib/server/isr-cache.js", import.meta.url)),
  cacheMaxMemorySize: 0,
  // forbidden() and unauthorized() answer 403 and 401 from organiser pages, actions and routes.
  experimental: { authInterrupts: true },
  // Public pages live under app/[lang]: Burmese at /my/…, English at /… (rewritten here to the "en"
  // segment before the file system is looked at). Only the public sections are rewritten, so
  // /admin, /api and the root's own routes (sitemap, images, map) are untouched. /en/… is not an
  // address of ours: it redirects to the page's one English address.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/en" },
        { source: `/:section(${PUBLIC_SECTIONS})/:rest*`, destination: "/en/:section/:rest*" },
      ],
    };
  },
  async redirects() {
    return [
      { source: "/en", destination: "/", permanent: false },
      { source: `/en/:section(${PUBLIC_SECTIONS})/:rest*`, destination: "/:section/:rest*", permanent: false },
    ];
  },
  // Content-Security-Policy is set per response by lib/server/serve-app.ts: it hashes each page's
  // inline scripts, which a static header here cannot.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders({ frameable: true }),
      },
      // The Burmese font's file is named by its content (scripts/subset-myanmar-font.sh): kept a year.
      {
        source: "/fonts/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      // Every page but the embeds (/embed/…, /my/embed/…, which partner sites may frame) refuses to
      // be framed. The server layer's isEmbedPath (lib/embed/embed-origin.ts) is the same rule for CSP.
      {
        source: `/:path((?!(?:(?:${LANGUAGE_PREFIXES.join("|")})/)?embed/).*)`,
        headers: [FRAME_DENIED],
      },
    ];
  },
};

export default nextConfig;
