// Whether this process's Next.js runs behind our server layer (lib/server/serve-app.ts). Kept on
// globalThis, not in the environment, so nothing outside the process can claim it.
const KEY = Symbol.for("campaign.servedByServerLayer");
const holder = globalThis as unknown as { [KEY]?: true };

export function markServedByServerLayer(): void {
  holder[KEY] = true;
}

export function isServedByServerLayer(): boolean {
  return holder[KEY] === true;
}

/**
 * Why a production server refuses `next start`: Next.js alone cannot send the policy the pages rely
 * on. Its inline scripts need a nonce (which makes every page render per request) or their hashes
 * (which Next does not compute: `experimental.sri` covers only script files, not the inline ones).
 */
export const NEXT_START_REFUSAL =
  "This app must be started with `npm start` (scripts/start.ts), not `next start`.\n" +
  "Its server layer (lib/server/serve-app.ts) sends each page a Content-Security-Policy listing the\n" +
  "SHA-256 of the page's own inline scripts, which Next.js alone cannot do for cached pages; it also\n" +
  "answers the health checks and metrics, and drains requests on SIGTERM. In a container, run\n" +
  "`node --import tsx scripts/start.ts` (see Dockerfile).";
