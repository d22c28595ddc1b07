import type { IncomingMessage } from "node:http";
import type { TEnv } from "../env";

/**
 * The host names this site answers for, one list: APP_URL's (every page, email and sign-in link
 * uses it) and ONION_URL's (Tor Browser reaches the same instance under it). The server layer's Host
 * checks read it; nothing else builds its own.
 */
export function allowedHosts(env: Pick<TEnv, "APP_URL" | "ONION_URL">): ReadonlySet<string> {
  return new Set([env.APP_URL, env.ONION_URL].filter((u): u is string => !!u).map((u) => new URL(u).host));
}

/**
 * Why a request must be refused before anything answers it, or null. Two Host headers leave it to
 * each layer which one to believe; a request line naming another host (`GET http://other.example/`)
 * made Next answer with a redirect to that host. A request line naming one of ours is served as its
 * path (the request's `url` is rewritten to it).
 */
export function hostProblem(req: IncomingMessage, hosts: ReadonlySet<string>): string | null {
  let seen = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i].toLowerCase() === "host") seen++;
  if (seen > 1) return "two Host headers";
  const target = req.url ?? "/";
  if (target.startsWith("/") || target === "*") return null;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return "a request target that is neither a path nor a URL";
  }
  if (!hosts.has(url.host)) return "a request line naming another host";
  req.url = `${url.pathname}${url.search}`;
  return null;
}

/**
 * The Onion-Location header for an answer on our https address (Tor Browser then offers the onion
 * address of the same page), or null: no ONION_URL, not https, or a path we would not repeat.
 */
export function onionLocation(env: Pick<TEnv, "APP_URL" | "ONION_URL">, path: string): string | null {
  if (!env.ONION_URL || !env.APP_URL.startsWith("https://") || !/^\/[\x21-\x7e]*$/.test(path)) return null;
  return new URL(path, env.ONION_URL).href;
}
