// Whether an error means "the database cannot be reached right now" (restarting, down, network),
// as opposed to a bug: those are answered 503 with Retry-After, never a bare 500. Prisma wraps the
// pg driver's errors differently per path, so the whole cause chain is searched.

// SQLSTATE class 08 (connection exception; 08P01 too, which PgBouncer sends for a server it cannot
// reach or lost), 53 (insufficient resources: too many connections, out of memory or disk), 57014
// (cancelled, as by a statement timeout) and 57P01-57P03 (shutdown, crash, cannot connect now).
const SQLSTATES = /^(08[0-9A-Z]{3}|53[0-9A-Z]{3}|57014|57P0[123])$/;
const NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
// Prisma's own codes for an unreachable server, a timed-out connection and a closed one.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "DatabaseDoesNotExist",
]);
const MESSAGES = new RegExp(
  [
    /Connection terminated|connection.*(closed|terminated|refused)|Can't reach database server/.source,
    /terminating connection|the database system is (starting up|shutting down)/.source,
    /timeout exceeded when trying to connect|Client has encountered a connection error/.source,
    // pg's own query_timeout (lib/petition/signature-writer.ts): the statement did not come back.
    /^Query read timeout$/.source,
  ].join("|"),
  "i",
);

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof e.code === "string" && (SQLSTATES.test(e.code) || NODE_CODES.has(e.code) || PRISMA_CODES.has(e.code)))
    return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}
