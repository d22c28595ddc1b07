import { NON_HTML_POLICY } from "./content-security-policy";
import { securityHeaders } from "./security-headers.js";

/**
 * Headers of every answer the server layer gives itself (signing, health, metrics): what
 * next.config.js gives Next's answers, and the policy for anything that is not a page. Built once:
 * this module is loaded after NODE_ENV is settled (scripts/start.ts).
 */
export const LAYER_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": NON_HTML_POLICY,
  ...Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value])),
};
