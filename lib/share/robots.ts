import type { MetadataRoute } from "next";

// Kept out of search engines: the organiser area, the API, and pages opened from an emailed token
// or from a payment (their addresses are the permission, so no crawler should hold or fetch them).
const PRIVATE_PREFIXES = [
  "/admin",
  "/api/",
  "/petition/confirm/",
  "/petition/remove/",
  "/privacy/my-data/",
  "/donate/manage/",
  "/donate/thanks",
];

export function robotsRules(appUrl: string): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: PRIVATE_PREFIXES }],
    sitemap: new URL("/sitemap.xml", appUrl).href,
  };
}
