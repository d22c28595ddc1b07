import { mkdirSync, rmSync, existsSync, readdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { makeQueueSticky } from "./sticky-query-queue";

export type TEmbeddedPostgres = {
  url: string;
  stop: () => Promise<void>;
  /** The whole database as a tarball, to start copies of it (each test file's own database). */
  dump: () => Promise<Blob>;
};

/**
 * PostgreSQL compiled to wasm (PGlite) behind a wire-protocol socket, so the app and its scripts
 * use the same `pg` driver path as against a real server. `dataDir` undefined keeps it in memory;
 * `from` starts it as a copy of another one's dump.
 */
export async function startEmbeddedPostgres(dataDir?: string, from?: Blob): Promise<TEmbeddedPostgres> {
  const fresh = dataDir !== undefined && (!existsSync(dataDir) || readdirSync(dataDir).length === 0);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(from ? { loadDataDir: from } : {}) });
  } catch (cause) {
    // A folder left half-initialised by a failed first start would fail every later start too.
    if (fresh && dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw new Error(
      `The embedded database could not start${dataDir ? ` (data folder ${dataDir})` : ""}. ` +
        (fresh ? "Nothing was kept; run the command again." : "Check the folder, or set DATABASE_URL."),
      { cause },
    );
  }
  // All connections share one backend; the default limit of 1 would cut off the app's pool.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 64 });
  makeQueueSticky(server);
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    dump: () => db.dumpDataDir("none"),
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
