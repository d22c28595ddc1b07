import { readFileSync } from "node:fs";
import path from "node:path";

// Metrics and logs name a request by its route's pattern (/countries/[slug]), never by its path,
// which can hold tokens (/petition/confirm/…) and would give every made-up URL its own series.

type TRoutesManifest = { staticRoutes: { page: string }[]; dynamicRoutes: { page: string; regex: string }[] };

/** Routes the server layer answers itself, before Next's router. */
const LAYER_ROUTES = ["/api/health/live", "/api/health/ready", "/api/metrics", "/api/petition/sign"];
export const OTHER_ROUTE = "(other)";

export type TRoutePattern = (path: string) => string;

/** Patterns from the build's routes manifest; without one (a dev server) only the layer's own routes. */
export function loadRoutePatterns(distDir = path.join(process.cwd(), ".next")): TRoutePattern {
  let manifest: TRoutesManifest = { staticRoutes: [], dynamicRoutes: [] };
  try {
    manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as TRoutesManifest;
  } catch {
    // A dev server writes no manifest up front: requests are counted under OTHER_ROUTE.
  }
  return routePatterns(manifest);
}

export function routePatterns(manifest: TRoutesManifest): TRoutePattern {
  const known = new Set([...LAYER_ROUTES, ...manifest.staticRoutes.map((r) => r.page)]);
  // Public pages are one route per language (app/[lang]): named without it, so /countries/japan and
  // /my/countries/japan are both "/countries/[slug]".
  const dynamic = manifest.dynamicRoutes.map((r) => ({
    page: r.page.replace(/^\/\[lang\](?=\/|$)/, "") || "/",
    regex: new RegExp(r.regex),
  }));
  return (requestPath) => {
    if (requestPath.startsWith("/_next/")) return requestPath.startsWith("/_next/static/") ? "/_next/static" : "/_next";
    const trimmed = requestPath.length > 1 && requestPath.endsWith("/") ? requestPath.slice(0, -1) : requestPath;
    if (known.has(trimmed)) return trimmed;
    // English public pages are served at /… by a rewrite to /en/… (next.config.js): "/petition" is
    // the page /[lang]/petition, not a language called "petition".
    const english = trimmed === "/" ? "/en" : `/en${trimmed}`;
    for (const route of dynamic) if (route.regex.test(english)) return route.page;
    for (const route of dynamic) if (route.regex.test(trimmed)) return route.page;
    return OTHER_ROUTE;
  };
}
