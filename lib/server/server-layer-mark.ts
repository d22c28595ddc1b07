// Whether this process's Next.js runs behind our server layer (lib/server/serve-app.ts). Kept on
// the process (lib/process-state.js), not in the environment, so nothing outside the process can claim it.
import { processSlot } from "../process-state.js";

const mark = processSlot<true>("servedByServerLayer");

export function markServedByServerLayer(): void {
  mark.set(true);
}

export function isServedByServerLayer(): boolean {
  return mark.get() === true;
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
