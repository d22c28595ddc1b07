import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

// EMBEDDED_DATA_DIR: another folder, for a second zero-setup server beside one's own (e2e/zero-setup.spec.ts).
export const EMBEDDED_DATA_DIR = path.resolve(process.env.EMBEDDED_DATA_DIR ?? ".data/pglite");

/** Reads .env the way Next does for the server: values already in the environment win. */
export function loadDotEnv(): void {
  if (existsSync(".env")) process.loadEnvFile(".env");
}

/**
 * Runs `work` against DATABASE_URL when it is set (environment or .env), else against the embedded
 * database under .data/ (the one `npm start` uses; only one process may hold it at a time).
 */
export async function withDatabaseUrl<T>(work: (url: string) => Promise<T>): Promise<T> {
  loadDotEnv();
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const embedded = await startEmbeddedPostgres(EMBEDDED_DATA_DIR);
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
