/**
 * Which database the test run has: scripts/with-db.ts sets TEST_DATABASE to "embedded" (PGlite) or
 * "server" (a real PostgreSQL). A test that needs a real server skips itself on the embedded one,
 * saying why, instead of failing on a bare machine.
 */
export const onEmbeddedDatabase = process.env.TEST_DATABASE === "embedded";

/** Why a test that ends a backend cannot run on PGlite, for its skip message. */
export const EMBEDDED_SHARES_ONE_BACKEND =
  "needs a PostgreSQL server: the embedded database (PGlite) runs every connection on one backend, " +
  "so it has no backend of its own to terminate";
