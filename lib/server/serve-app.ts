import { INTERNAL_ERROR_MESSAGE } from "../errors";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import next from "next";
import { isForeignAction, refuseForeignAction } from "./action-origin";
import { captureHtml } from "./capture-html";
import { contentSecurityPolicy, NON_HTML_POLICY } from "./content-security-policy";
import { cachedPage, isShareable, pageCacheKey, purgePageCache, storePage, type TCachedPage } from "./page-cache";
import { onPublicPagesChanged } from "../content/public-page-caches";
import { listMigrationNames } from "../db/migration-names";
import { embedOrigins, isEmbedPath } from "../embed/embed-origin";
import { getEnv } from "../env";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../http/client-address";
import { discardRest, refuseBodyEarly } from "../http/read-body";
import { errorKind, getLogger } from "../observability/logger";
import { loadRoutePatterns } from "../observability/route-pattern";
import { drainServer } from "./drain";
import { flushRateCounts } from "../rate-limit/consume";
import { getDb } from "../db/get-db";
import { observeRequest } from "./observe-request";
import { allowedHosts, hostProblem, onionLocation } from "./allowed-hosts";
import { answerOperations, OPERATIONS_PATHS } from "./operations";
import { markServedByServerLayer } from "./server-layer-mark";
import { offerSharedCache } from "./shared-cache";
import { answerSignFast } from "./sign-fast-path";
import { isOutsideOurRoutes } from "./route-roots.js";
import { isLanguageNotFoundPath, notFoundPathFor } from "./not-found-path";
import { isUnknownCountryPath } from "./unknown-country";

// Headers the cache must not replay to someone else, or that the server sets per response.
const UNCACHED_HEADERS = new Set([
  "set-cookie",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "x-request-id",
]);

const LETTER_PATH = "/api/letter";

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

// A page request Next would answer with HTML (not an asset, an API call or a client-side
// navigation's RSC payload, which Next itself compresses).
function isPageRequest(req: IncomingMessage, path: string): boolean {
  return (
    !path.startsWith("/_next/") &&
    !path.startsWith("/api/") &&
    !req.headers.rsc &&
    !req.headers["next-router-state-tree"]
  );
}

type TPage = Pick<TCachedPage, "status" | "headers" | "body"> & { gzip?: Buffer };

function sendPage(req: IncomingMessage, res: ServerResponse, page: TPage, send: (body: Buffer) => void) {
  res.statusCode = page.status;
  for (const [name, value] of page.headers) res.setHeader(name, value);
  const gzip = !!page.gzip && page.gzip.length < page.body.length;
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  const vary = String(res.getHeader("vary") ?? "");
  if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  const body = gzip ? page.gzip! : page.body;
  res.setHeader("Content-Length", body.length);
  send(req.method === "HEAD" ? Buffer.alloc(0) : body);
}

const REFUSALS = {
  411: '{"error":{"code":"LENGTH_REQUIRED","message":"Please send the request with its length."}}',
  413: '{"error":{"code":"PAYLOAD_TOO_LARGE","message":"That request is too large."}}',
};

function refuseBody(req: IncomingMessage, res: ServerResponse, status: 411 | 413) {
  discardRest(req, res);
  res
    .writeHead(status, { "Content-Type": "application/json", "Content-Security-Policy": NON_HTML_POLICY })
    .end(REFUSALS[status]);
}

function refuseHost(req: IncomingMessage, res: ServerResponse) {
  discardRest(req, res);
  res
    .writeHead(400, { "Content-Type": "application/json", "Content-Security-Policy": NON_HTML_POLICY })
    .end('{"error":{"code":"BAD_HOST","message":"This request does not name this site."}}');
}

// The words are the catalogue's (lib/reasons/reason.ts), as errorResponse's are.
const INTERNAL_BODY = JSON.stringify({ error: { code: "INTERNAL", message: INTERNAL_ERROR_MESSAGE } });

function failInLayer(res: ServerResponse, error: unknown) {
  getLogger().error(
    { ...errorKind(error), reqId: res.getHeader("x-request-id") },
    "request failed in the server layer",
  );
  if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
  res.end(INTERNAL_BODY);
}

/**
 * The app's HTTP server: Next.js's request handler behind what it cannot provide with static
 * pages, a hash-based Content-Security-Policy on every HTML response and a one-second cache of
 * public pages (lib/server/page-cache.ts), plus the signing endpoint answered without Next's
 * router (lib/server/sign-fast-path.ts), health checks and metrics (lib/server/operations.ts), a
 * request id, metrics and a log line for every request, and a drain on close.
 */
export async function serveApp(options: { port: number; hostname?: string; dev: boolean }) {
  markServedByServerLayer();
  offerSharedCache();
  // An organiser's saved change empties the page cache (lib/content calls; it does not import us).
  onPublicPagesChanged(purgePageCache);
  const app = next({ dev: options.dev, hostname: options.hostname ?? "localhost", port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const env = getEnv();
  const trustedProxies = env.TRUSTED_PROXIES;
  const routeOf = loadRoutePatterns();
  const partners = embedOrigins(env.PETITION_EMBED_ORIGINS);
  const hosts = allowedHosts(env);
  const operations = {
    expectedMigrations: listMigrationNames(),
    draining: () => draining,
    metricsToken: env.METRICS_TOKEN,
  };
  let draining = false;
  const server = createServer((req, res) => {
    // Before anything reads the target: two Host headers, or a request line naming another host.
    if (hostProblem(req, hosts)) return refuseHost(req, res);
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? "" : url.slice(q + 1);
    observeRequest(req, res, routeOf(path));
    // While draining, every answer closes its connection, so clients reconnect to another instance.
    if (draining) res.setHeader("Connection", "close");
    const fail = (error: unknown) => failInLayer(res, error);
    const onion = onionLocation(env, url);
    if (onion) res.setHeader("Onion-Location", onion);
    if (OPERATIONS_PATHS.has(path)) return void answerOperations(req, res, path, operations).catch(fail);
    // Who is asking, from the socket (and our own proxies only): whatever the client put in this
    // header is replaced, so nothing behind this layer can be told another address.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trustedProxies,
    );
    // A body its endpoint would not take is refused before a byte of it is read.
    const refusal = refuseBodyEarly(path, req.headers);
    if (refusal) return refuseBody(req, res, refusal);
    if (req.method === "POST" && path === "/api/petition/sign") return void answerSignFast(req, res).catch(fail);
    if (isForeignAction(req, path, env.APP_URL)) return refuseForeignAction(req, res, path);
    // A made-up first segment would be rendered as a made-up language and cached: one shared 404 per
    // language (in the address's language: lib/server/not-found-path.ts).
    if (isOutsideOurRoutes(path)) req.url = notFoundPathFor(path);
    // Any path that could name a country once normalised ("/x/../countries/…" too).
    if (path.includes("countries") || path.includes("%")) {
      return void isUnknownCountryPath(path)
        .then((unknown) => {
          if (unknown) req.url = notFoundPathFor(path);
          answerWithNext(req, res, path, query);
        })
        .catch(fail);
    }
    answerWithNext(req, res, path, query);
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));
  return {
    server,
    /** Drains: readiness turns 503, new connections are refused, requests under way may finish. */
    async close(graceMs = env.SHUTDOWN_GRACE_SECONDS * 1000) {
      draining = true;
      await drainServer(server, graceMs);
      // The rate-limit uses counted in memory and not yet written (lib/rate-limit/near-counts.ts), for
      // two seconds at most: a database that does not answer must not hold the shutdown.
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, 2_000)));
      await Promise.race([flushRateCounts(getDb()).catch(() => undefined), deadline]);
      clearTimeout(timer);
      await app.close();
    },
  };

  function answerWithNext(req: IncomingMessage, res: ServerResponse, path: string, query: string) {
    if (!isPageRequest(req, path)) {
      // The composer's letter page (app/api/letter/route.ts) sends its own: styles and fonts, no script.
      if (path !== LETTER_PATH) res.setHeader("Content-Security-Policy", NON_HTML_POLICY);
      return void handle(req, res);
    }
    const cacheKey = req.method === "GET" ? pageCacheKey(path, query) : undefined;
    const hit = cacheKey ? cachedPage(cacheKey) : undefined;
    const gzip = acceptsGzip(req);
    if (hit) return sendPage(req, res, gzip ? hit : { ...hit, gzip: undefined }, (body) => res.end(body));
    // The HTML is compressed here (once per cached page), so Next must not compress it first. Nor
    // may Next answer 304: that bare answer carries no hashes, and browsers copy a 304's CSP onto
    // the cached page, which would then run none of its scripts.
    delete req.headers["accept-encoding"];
    delete req.headers["if-none-match"];
    delete req.headers["if-modified-since"];
    captureHtml(res, (html, send) => {
      // Only the embed pages may be framed, and only by the listed partners.
      const frameAncestors = isEmbedPath(path) ? partners : [];
      const policy = contentSecurityPolicy(html.toString("utf8"), {
        dev: options.dev,
        frameAncestors,
        stripeApiBase: env.STRIPE_API_BASE,
      });
      res.setHeader("Content-Security-Policy", policy);
      const headers = Object.entries(res.getHeaders())
        .filter(([name]) => !UNCACHED_HEADERS.has(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]]);
      // A language's 404 page is a page to Next (and cached by it, once per language): a 404 to the client.
      if (isLanguageNotFoundPath((req.url ?? "").split("?")[0])) res.statusCode = 404;
      const cacheable =
        !!cacheKey &&
        env.PAGE_CACHE_SECONDS > 0 &&
        res.statusCode === 200 &&
        !res.hasHeader("set-cookie") &&
        isShareable(String(res.getHeader("cache-control") ?? ""));
      const page = {
        status: res.statusCode,
        headers,
        body: html,
        gzip: cacheable || gzip ? gzipSync(html, { level: 6 }) : undefined,
      };
      if (cacheable) storePage(cacheKey, { ...page, gzip: page.gzip! }, env.PAGE_CACHE_SECONDS * 1000);
      for (const name of UNCACHED_HEADERS) if (name.startsWith("content-")) res.removeHeader(name);
      sendPage(req, res, gzip ? page : { ...page, gzip: undefined }, send);
    });
    // Replaced by the hash-based policy if the answer is HTML (a redirect or JSON keeps this one).
    res.setHeader("Content-Security-Policy", NON_HTML_POLICY);
    void handle(req, res);
  }
}
