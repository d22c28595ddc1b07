/**
 * True while `next build` prerenders. A build has no database and no secrets (it must deploy
 * anywhere), so pages that read them render nothing then: that render is never served, because
 * Next's page cache (lib/server/isr-cache.js) keeps nothing from the build, and each page is
 * rendered on its first request instead.
 */
export function isBuildPrerender(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
